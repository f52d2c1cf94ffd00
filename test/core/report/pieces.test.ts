import { buildReportLayout } from "../../../src/core/report/buildReportLayout";
import { pickSheetName } from "../../../src/core/report/pickSheetName";
import { fitSumFormula, sumFormula } from "../../../src/core/report/sumFormula";
import { DEFAULT_OPTIONS } from "../../../src/core/types";
import { makeTable } from "../../helpers/makeTable";
import { socialaAnalysis } from "../../helpers/reportAnalyses";
import { cellAt } from "../../helpers/reportCells";

describe("pickSheetName", () => {
  it("cleans a title into a tab name of at most 31 characters", () => {
    expect(pickSheetName("EKONOMI – VERKSAMHET", [])).toBe("Ekonomi – verksamhet");
    expect(pickSheetName("Budget: jan/aug [2025]?", [])).toBe("Budget jan aug 2025");
    expect(pickSheetName("Resultaträkning, delår jan-aug 2025", [])).toBe("Resultaträkning, delår jan-aug"); // cut at 31, trailing space dropped
    // Whole words where a title is too long, never a word cut in two.
    expect(pickSheetName("Resultaträkning per kostnadsställe, delår jan-aug 2025", [])).toBe(
      "Resultaträkning per",
    );
    expect(pickSheetName("Ekonomi – verksamhetsområde individ och familj", [])).toBe(
      "Ekonomi – verksamhetsområde",
    );
  });
  it("never takes a name in use, compared without case", () => {
    expect(pickSheetName("Ekonomi", ["EKONOMI"])).toBe("Ekonomi (rapport)");
    expect(pickSheetName("Ekonomi", ["ekonomi", "Ekonomi (rapport)"])).toBe("Ekonomi (rapport 2)");
  });
});

describe("sumFormula", () => {
  it("sums runs and scattered rows and subtracts the rest", () => {
    expect(
      sumFormula("B", [
        { row: 3, sign: 1 },
        { row: 4, sign: 1 },
        { row: 5, sign: 1 },
        { row: 6, sign: 1 },
      ]),
    ).toBe("=SUM(B3:B6)");
    expect(
      sumFormula("H", [
        { row: 7, sign: 1 },
        { row: 11, sign: 1 },
      ]),
    ).toBe("=SUM(H7,H11)");
    expect(
      sumFormula("C", [
        { row: 8, sign: -1 },
        { row: 9, sign: 1 },
      ]),
    ).toBe("=SUM(C9)-C8");
  });
});

describe("text that looks like a formula", () => {
  it("stays text in the layout", () => {
    const injected = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tIntäkter"];
    const table = makeTable({
      title: "SOCIALA MYNDIGHETSNÄMNDEN",
      columns: [
        { header: "Budget\n2021", role: "budget", year: 2021 },
        { header: "Bokslut\n2021", role: "outcome", year: 2021 },
      ],
      rows: injected.map((label) => ({ label, kind: "cost" as const, values: [100, 100] })),
    });
    const analysis = {
      ...socialaAnalysis(table),
      totals: [],
      variances: table.lines.map((l) => ({
        row: l.row,
        label: l.label,
        kind: l.kind,
        period: { year: 2021, fromMonth: 1, toMonth: 12 },
        against: "outcome" as const,
        budgetCell: `Blad1!B${l.row}`,
        actualCell: `Blad1!C${l.row}`,
        budget: 100,
        actual: 100,
        computed: 0,
        percentOfBudget: 0,
      })),
    };
    const sheet = buildReportLayout(
      { tables: [analysis] },
      { thresholds: DEFAULT_OPTIONS.thresholds, method: "budget-profile" },
    ).sheets[0]!;
    injected.forEach((label, i) =>
      expect(cellAt(sheet, `A${7 + i}`)?.content).toEqual({ kind: "text", text: label }),
    );
  });
});

describe("fitSumFormula", () => {
  // 300 units, each "Summa" row over the two account lines above it: rows 7–8 → 9, 10–11 → 12, …
  const units = Array.from({ length: 300 }, (_, i) => 9 + 3 * i);
  const own = new Map(
    units.map((row) => [
      row,
      [
        { row: row - 2, sign: 1 as const },
        { row: row - 1, sign: 1 as const },
      ],
    ]),
  );
  const partsOf = (row: number) => own.get(row);

  it("keeps the plain SUM while Excel accepts it", () => {
    const parts = units.slice(0, 3).map((row) => ({ row, sign: 1 as const }));
    expect(fitSumFormula("D", parts, partsOf)).toBe("=SUM(D9,D12,D15)");
  });

  it("writes a total over more subtotals than one formula may name as the block's sum halved", () => {
    const parts = units.map((row) => ({ row, sign: 1 as const }));
    expect(sumFormula("D", parts).split(",").length).toBeGreaterThan(255);
    expect(fitSumFormula("D", parts, partsOf)).toBe(`=SUM(D7:D${units.at(-1)})/2`);
  });

  it("gives up (the caller writes the value) when the subtotals do not fill their block exactly", () => {
    const parts = units.filter((_, i) => i !== 100).map((row) => ({ row, sign: 1 as const }));
    expect(fitSumFormula("D", parts, partsOf)).toBeUndefined();
  });
});
