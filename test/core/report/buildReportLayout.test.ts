import { buildReportLayout } from "../../../src/core/report/buildReportLayout";
import { NUMBER_FORMATS, type ReportOptions } from "../../../src/core/report/types";
import { DEFAULT_OPTIONS, type Finding, type Severity } from "../../../src/core/types";
import { keyFigureAnalysis, socialaAnalysis, syntheticAnalysis } from "../../helpers/reportAnalyses";
import { cellAt, formulaAt, shownValue } from "../../helpers/reportCells";

const options: ReportOptions = { thresholds: DEFAULT_OPTIONS.thresholds, method: "budget-profile" };
const only = (analysis = socialaAnalysis(), extra: Partial<ReportOptions> = {}) => {
  const layout = buildReportLayout({ tables: [analysis] }, { ...options, ...extra });
  expect(layout.sheets).toHaveLength(1);
  return layout.sheets[0]!;
};
const header = (sheet: ReturnType<typeof only>, row = 6) =>
  sheet.cells
    .filter((c) => c.row === row && (c.style === "header" || c.style === "headerLabel"))
    .sort((a, b) => a.col - b.col)
    .map(shownValue);

describe("a budget report: 000 Sociala myndighetsnämnden (absolute convention)", () => {
  const sheet = only();
  // Source rows 3–7 become report rows 7–11 under the header on row 6.
  it("orders the columns as the report does, ending with Kommentar", () => {
    expect(header(sheet)).toEqual([
      "(tkr)",
      "Budget\n2021",
      "Bokslut\n2021",
      "Avvikelse\nmot budget",
      "Avvikelse\n%",
      "Bokslut\n2020",
      "Kommentar",
    ]);
  });
  it("writes deviations as live formulas, the row's kind deciding the direction", () => {
    expect(formulaAt(sheet, "D7")).toBe("=B7-C7"); // net cost: budget − outcome
    expect(shownValue(cellAt(sheet, "D7"))).toBe(-8814);
    expect(formulaAt(sheet, "D8")).toBe("=C8-B8"); // Intäkter: outcome − budget
    expect(shownValue(cellAt(sheet, "D8"))).toBe(741);
    expect(formulaAt(sheet, "D9")).toBe("=B9-C9");
    expect(shownValue(cellAt(sheet, "D9"))).toBe(-9555);
  });
  it("sums a total over its first breakdown only, never the därav row", () => {
    expect(formulaAt(sheet, "B11")).toBe("=SUM(B9)-B8");
    expect(shownValue(cellAt(sheet, "B11"))).toBe(19121); // 21 246 − 2 125
    expect(shownValue(cellAt(sheet, "C11"))).toBe(27935); // 30 801 − 2 866
    expect(shownValue(cellAt(sheet, "F11"))).toBe(25158); // 29 847 − 4 689
    expect(formulaAt(sheet, "D11")).toBe("=B11-C11");
    expect(shownValue(cellAt(sheet, "D11"))).toBe(-8814);
  });
  it("copies inputs as numbers and guards the percentage against a zero budget", () => {
    expect(cellAt(sheet, "B7")?.content).toEqual({ kind: "number", value: 19121 });
    expect(formulaAt(sheet, "E7")).toBe('=IF(B7=0,"",D7/ABS(B7))');
    expect(shownValue(cellAt(sheet, "E7"))).toBeCloseTo(-8814 / 19121, 9);
    expect(shownValue(cellAt(sheet, "E10"))).toBe(""); // Därav kapitalkostnader: budget 0
  });
  it("formats amounts grouped, deviations signed and shares with one decimal", () => {
    expect(cellAt(sheet, "B7")?.numFmt).toBe("#,##0;-#,##0");
    expect(cellAt(sheet, "D7")?.numFmt).toBe("+#,##0;-#,##0;0");
    expect(cellAt(sheet, "E7")?.numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(cellAt(sheet, "A11")?.style).toBe("total");
    expect(cellAt(sheet, "A10")?.style).toBe("ofWhich");
  });
  it("puts a Kommentar stub on every material line and leaves the others editable and empty", () => {
    expect(shownValue(cellAt(sheet, "G7"))).toBe("Avvikelse \u22128,8 mnkr (\u221246 %). Orsak: …");
    expect(shownValue(cellAt(sheet, "G8"))).toBe("Avvikelse +741 tkr (+35 %). Orsak: …");
    expect(shownValue(cellAt(sheet, "G10"))).toBe("");
    expect(cellAt(sheet, "G10")?.editable).toBe("comment");
  });
  it("shows the engine's commentary above the table as an editable summary", () => {
    expect(shownValue(cellAt(sheet, "A4"))).toBe(
      "Årets resultat för sociala myndighetsnämnden var ett underskott på 8,8 miljoner kronor.",
    );
    expect(cellAt(sheet, "A4")?.editable).toBe("summary");
    expect(sheet.merges).toContain("A4:G4");
  });
  it("colours the deviation column by formula rules, freezes the header and prints landscape", () => {
    const format = sheet.conditionalFormats[0]!;
    expect(format.range).toBe("D7:D11");
    expect(format.rules.map((r) => r.colour)).toEqual(["neutral", "favourable", "unfavourable"]);
    expect(format.rules[1]!.formula).toBe("AND(ISNUMBER(D7),D7>0,NOT(OR(ABS(D7)<100,ABS(D7)<0.05*ABS(B7))))");
    expect(sheet.freeze).toEqual({ row: 6, col: 1 });
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "6:6",
    });
    expect(sheet.print.area).toMatch(/^A1:G\d+$/);
  });
  it("specifies a deviation bar chart of the lines, without the total or the därav row", () => {
    const chart = sheet.charts[0]!;
    expect(chart.categories).toEqual(["39. Sociala myndighetsnämnden", "Intäkter", "Kostnader"]);
    expect(chart.values).toEqual([-8814, 741, -9555]);
    expect(chart.colours).toEqual(["unfavourable", "favourable", "unfavourable"]);
  });
  it("marks the sheet as ours and names it from the title, avoiding the user's sheet names", () => {
    expect(sheet.name).toBe("Sociala myndighetsnämnden");
    expect(sheet.marker).toMatchObject({ product: "uppfoljning", kind: "table" });
    expect(only(socialaAnalysis(), { reservedNames: ["sociala MYNDIGHETSNÄMNDEN"] }).name).toBe(
      "Sociala myndighetsnäm (rapport)",
    ); // 31 characters at most
  });
});

describe("an interim report: the synthetic delårsrapport (ledger convention)", () => {
  const sheet = only(syntheticAnalysis());
  it("adds förbrukningsgrad, full-year budget, Helårsprognos and its deviation", () => {
    expect(header(sheet)).toEqual([
      "(tkr)",
      "Budget jan-aug 2025",
      "Utfall jan-aug 2025",
      "Avvikelse\nmot budget",
      "Avvikelse\n%",
      "Förbruknings-\ngrad\n(linjärt 66,7 %)",
      "Budget 2025",
      "Helårsprognos\n2025",
      "Avvikelse mot\nhelårsbudget",
      "Kommentar",
    ]);
  });
  it("aligns the line and Kommentar headers left, the number headers right, and shows three-line headers whole", () => {
    const styleAt = (col: number) => sheet.cells.find((c) => c.row === 6 && c.col === col)?.style;
    expect([styleAt(1), styleAt(2), styleAt(6), styleAt(10)]).toEqual([
      "headerLabel",
      "header",
      "header",
      "headerLabel",
    ]);
    expect(sheet.rowHeights[6]).toBe(3 * 15);
  });
  it("computes in the ledger convention on every row, revenues included", () => {
    expect(formulaAt(sheet, "D7")).toBe("=B7-C7");
    expect(shownValue(cellAt(sheet, "D7"))).toBe(-1500);
    expect(formulaAt(sheet, "F8")).toBe('=IF(G8=0,"",C8/G8)');
    expect(shownValue(cellAt(sheet, "F8"))).toBeCloseTo(78900 / 120000, 9);
    expect(cellAt(sheet, "F8")?.numFmt).toBe(NUMBER_FORMATS.percent);
  });
  it("fills the forecast by budget profile and sums the totals' forecasts", () => {
    expect(shownValue(cellAt(sheet, "H8"))).toBe(118900);
    expect(formulaAt(sheet, "H11")).toBe("=SUM(H8:H10)");
    expect(shownValue(cellAt(sheet, "H11"))).toBe(118900 + 67300 + 14100);
    expect(formulaAt(sheet, "H12")).toBe("=SUM(H7,H11)");
    expect(shownValue(cellAt(sheet, "H12"))).toBe(-28500 + 200300);
    expect(formulaAt(sheet, "I8")).toBe("=G8-H8");
    expect(shownValue(cellAt(sheet, "I8"))).toBe(1100);
  });
  it("explains the method under the table", () => {
    const texts = sheet.cells.map(shownValue);
    expect(texts).toContain("Helårsprognos");
    expect(texts.some((t) => typeof t === "string" && t.startsWith("Metod: budgetprofil"))).toBe(true);
    expect(texts).toContain("Personalkostnader: Budgetprofil för Personalkostnader.");
  });
  it("links inputs to the source cells with option link", () => {
    const linked = only(syntheticAnalysis(), { link: true });
    expect(formulaAt(linked, "B8")).toBe("=Blad1!B4");
    expect(shownValue(cellAt(linked, "B8"))).toBe(80000);
  });
});

describe("a key-figure report: 001 Verksamhetsmått och nyckeltal", () => {
  const sheet = only(keyFigureAnalysis());
  it("adds change and change % after the years", () => {
    expect(header(sheet)).toEqual([
      "",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "Förändring",
      "Förändring\n%",
      "Kommentar",
    ]);
  });
  it("computes 2021 → 2022 live: hushåll 291 → 162 is −129 (−44,3 %)", () => {
    expect(formulaAt(sheet, "G11")).toBe("=F11-E11");
    expect(shownValue(cellAt(sheet, "G11"))).toBe(-129);
    expect(formulaAt(sheet, "H11")).toBe('=IF(E11=0,"",(F11-E11)/ABS(E11))');
    expect(shownValue(cellAt(sheet, "H11"))).toBeCloseTo(-129 / 291, 9);
    expect(shownValue(cellAt(sheet, "I11"))).toBe(
      "Förändring \u2212129 (\u221244,3 %) från 2021 till 2022. Orsak: …",
    );
  });
  it("changes a percentage measure in percentage points, without a change %", () => {
    expect(shownValue(cellAt(sheet, "G8"))).toBe(1); // Beläggningsgrad totalt 80 → 81
    expect(cellAt(sheet, "G8")?.numFmt).toBe(NUMBER_FORMATS.points);
    expect(cellAt(sheet, "H8")).toBeUndefined();
  });
  it("keeps a decimal measure's decimal: bidragstid 5,8 → 3,8 months", () => {
    expect(cellAt(sheet, "F12")?.numFmt).toBe(NUMBER_FORMATS.decimal);
    expect(shownValue(cellAt(sheet, "G12"))).toBe(-2);
  });
});

describe("several tables", () => {
  it("adds an overview sheet first, linked to each table's total", () => {
    const layout = buildReportLayout({ tables: [socialaAnalysis(), syntheticAnalysis()] }, options);
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Översikt",
      "Sociala myndighetsnämnden",
      "Resultaträkning, delår jan-aug",
    ]);
    const overview = layout.sheets[0]!;
    expect(formulaAt(overview, "D7")).toBe("='Sociala myndighetsnämnden'!D11");
    expect(shownValue(cellAt(overview, "D7"))).toBe(-8814);
    expect(shownValue(cellAt(overview, "B8"))).toBe(110000);
    const summary = overview.cells.find((c) => c.editable === "summary");
    expect(shownValue(summary)).toBe(
      "Rapporten omfattar 2 tabeller. Kontrollerna fann inga fel och inga varningar.",
    );
  });
  it("counts the errors and warnings of every table in the overview's summary", () => {
    const finding = (severity: Severity): Finding => ({
      code: "sum-mismatch",
      severity,
      cell: "Blad1!B7",
      row: 7,
      label: "Summa",
      message: "",
      messageEn: "",
    });
    const sociala = {
      ...socialaAnalysis(),
      findings: [finding("error"), finding("warning"), finding("info")],
    };
    const synthetic = { ...syntheticAnalysis(), findings: [finding("warning")] };
    const overview = buildReportLayout({ tables: [sociala, synthetic] }, options).sheets[0]!;
    expect(shownValue(overview.cells.find((c) => c.editable === "summary"))).toBe(
      "Rapporten omfattar 2 tabeller. Kontrollerna fann 1 fel och 2 varningar; de står under respektive tabell.",
    );
  });
});
