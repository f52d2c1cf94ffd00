import { planReport } from "../../../src/core/report/planReport";
import type { ReportSheet } from "../../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";
import type { SheetGrid } from "../../../src/core/types";
import { fixtureSheet } from "../../helpers/fixtures";
import { cellAt, formulaAt, shownValue } from "../../helpers/reportCells";
import { ORIGINAL_BUDGET_GRID, TKR_GRID } from "../../helpers/reportGrids";

const layoutOf = (sheets: SheetGrid[], link = false) => planReport(sheets, [], DEFAULT_SETTINGS, link).layout;
const row = (sheet: ReportSheet, r: number) =>
  sheet.cells
    .filter((c) => c.row === r && c.col <= 8)
    .sort((a, b) => a.col - b.col)
    .map(shownValue);

describe("a transposed table: 003 Ekonomi (years in columns, budget and deviation as lines)", () => {
  // One row per year, newest first as in the source: 2020 on row 7, 2019 on 8, 2018 on 9.
  const sheet = layoutOf([fixtureSheet("003-ekonomi")]).sheets[0]!;

  it("keeps Intäkter and Kostnader as columns before the budget", () => {
    expect(row(sheet, 6)).toEqual([
      "(tkr)",
      "Intäkter",
      "Kostnader",
      "Budget",
      "Nettokostnader",
      "Avvikelse\nmot budget",
      "Avvikelse\n%",
      "Kommentar",
    ]);
    expect(cellAt(sheet, "B7")?.content).toEqual({ kind: "number", value: 55773 });
    expect(cellAt(sheet, "C7")?.content).toEqual({ kind: "number", value: 184781 });
    expect(row(sheet, 9).slice(0, 5)).toEqual(["2018", 66101, 187309, 119777, 121208]);
  });

  it("widens a column to its header's longest word: Nettokostnader is 14 characters", () => {
    expect(sheet.columns.slice(1, 5).map((c) => c.width)).toEqual([13, 13, 13, 16]);
  });

  it("shows every number of the source: its lines as inputs, Budgetavvikelse as the live deviation", () => {
    // Net costs, absolute convention: avvikelse = budget − nettokostnader (131 727 − 129 008).
    expect(formulaAt(sheet, "F7")).toBe("=D7-E7");
    expect([7, 8, 9].map((r) => shownValue(cellAt(sheet, `F${r}`)))).toEqual([2719, 1528, -1431]);
    const shown = new Set(sheet.cells.filter((c) => c.row >= 7 && c.row <= 9).map(shownValue));
    for (const value of [
      ...[55773, 60240, 66101], // Intäkter
      ...[184781, 183103, 187309], // Kostnader
      ...[129008, 122863, 121208], // Nettokostnader
      ...[131727, 124391, 119777], // Budget
      ...[2719, 1528, -1431], // Budgetavvikelse
    ]) {
      expect({ value, shown: shown.has(value) }).toEqual({ value, shown: true });
    }
  });

  it("links every input to its source cell with option link, where the source holds numbers", () => {
    const numbers: SheetGrid = {
      name: "Blad1",
      cells: [
        ["Ekonomi"],
        ["(tkr)", "Bokslut\n2020", "Bokslut\n2019"],
        ["Intäkter", 55773, 60240],
        ["Kostnader", 184781, 183103],
        ["Nettokostnader", 129008, 122863],
        ["Budget", 131727, 124391],
        ["Budgetavvikelse", 2719, 1528],
      ],
    };
    const linked = layoutOf([numbers], true).sheets[0]!;
    // 2020 is column B of the source: Intäkter row 3, Kostnader 4, Nettokostnader 5, Budget 6.
    expect(["B7", "C7", "D7", "E7"].map((a) => formulaAt(linked, a))).toEqual([
      "=Blad1!B3",
      "=Blad1!B4",
      "=Blad1!B6",
      "=Blad1!B5",
    ]);
    expect(formulaAt(linked, "B8")).toBe("=Blad1!C3");
    expect(shownValue(cellAt(linked, "B8"))).toBe(60240);
  });

  it("colours the deviation against the budget column, and says what became of the lines", () => {
    expect(sheet.conditionalFormats[0]!.range).toBe("F7:F9");
    expect(sheet.conditionalFormats[0]!.rules[0]!.formula).toContain("ABS(D7)");
    expect(sheet.cells.map(shownValue)).toContain(
      "Tabellen har år i kolumnerna i underlaget; här visas en rad per år, med Intäkter och Kostnader som egna kolumner.",
    );
  });
});

describe("a table with an original and an adjusted budget", () => {
  // Hemtjänst on row 7, Boende on 8, Summa on 9.
  const sheet = layoutOf([{ name: "S", cells: ORIGINAL_BUDGET_GRID }]).sheets[0]!;

  it("shows the original budget as its own column, before the adjusted one", () => {
    expect(row(sheet, 6).slice(0, 5)).toEqual([
      "(tkr)",
      "Ursprunglig budget 2024",
      "Budget inkl. tilläggsanslag 2024",
      "Utfall 2024",
      "Avvikelse\nmot budget",
    ]);
    expect(row(sheet, 7).slice(0, 4)).toEqual(["Hemtjänst", 1000, 1200, 1150]);
    expect(formulaAt(sheet, "B9")).toBe("=SUM(B7:B8)");
    expect(shownValue(cellAt(sheet, "B9"))).toBe(3000); // 1 000 + 2 000
  });

  it("keeps the deviations against the adjusted budget", () => {
    expect(formulaAt(sheet, "E7")).toBe("=C7-D7");
    // 1 200 − 1 150, 2 100 − 2 200, 3 300 − 3 350: the source's Avvikelse column.
    expect([7, 8, 9].map((r) => shownValue(cellAt(sheet, `E${r}`)))).toEqual([50, -100, -50]);
    expect(shownValue(cellAt(sheet, "F7"))).toBeCloseTo(50 / 1200, 9);
    expect(sheet.conditionalFormats[0]!.rules[0]!.formula).toBe(
      "AND(ISNUMBER(E7),OR(ABS(E7)<100,ABS(E7)<0.05*ABS(C7)))",
    );
  });

  it("links the original budget to its source cell with option link", () => {
    const linked = layoutOf([{ name: "S", cells: ORIGINAL_BUDGET_GRID }], true).sheets[0]!;
    expect(formulaAt(linked, "B7")).toBe("=S!B2");
    expect(formulaAt(linked, "C7")).toBe("=S!C2");
  });

  it("takes the adjusted budget, outcome and deviation to the overview", () => {
    const layout = layoutOf([
      { name: "S", cells: ORIGINAL_BUDGET_GRID },
      { name: "T", cells: TKR_GRID },
    ]);
    const overview = layout.sheets[0]!;
    expect(overview.name).toBe("Översikt");
    expect(row(overview, 7).slice(1, 4)).toEqual([3300, 3350, -50]);
    expect(formulaAt(overview, "B7")).toBe("='S (rapport)'!C9");
    expect(formulaAt(overview, "D7")).toBe("='S (rapport)'!E9");
    expect(formulaAt(overview, "B8")).toBe("='T (rapport)'!B9"); // no original budget: as before
  });
});
