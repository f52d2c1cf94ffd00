import { planReport } from "../../../src/core/report/planReport";
import type { ReportSheet } from "../../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";
import type { SheetGrid } from "../../../src/core/types";
import { cellAt, formulaAt, shownValue } from "../../helpers/reportCells";
import { ORIGINAL_BUDGET_GRID, TKR_GRID } from "../../helpers/reportGrids";

const layoutOf = (sheets: SheetGrid[], link = false) => planReport(sheets, [], DEFAULT_SETTINGS, link).layout;
const row = (sheet: ReportSheet, r: number) =>
  sheet.cells
    .filter((c) => c.row === r && c.col <= 8)
    .sort((a, b) => a.col - b.col)
    .map(shownValue);

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
