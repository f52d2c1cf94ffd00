import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { toAnalysisJson } from "../../src/core/toAnalysisJson";
import { DEFAULT_OPTIONS, type CellValue } from "../../src/core/types";
import { fixtureSheet } from "../helpers/fixtures";

const jsonOf = (cells: CellValue[][]) =>
  toAnalysisJson(analyseWorkbook([{ name: "Blad1", cells }], DEFAULT_OPTIONS)).tables;

describe("toAnalysisJson: footnote marks", () => {
  const [table] = jsonOf([
    ["tkr", "Budget 2024", "Utfall 2024"],
    ["Hemtjänst", "1 000*", 1100],
    ["Boende", 2000, "1 900¹"],
    ["Övrigt", 500, 450],
    ["* inkl. statsbidrag"],
    ["¹ exkl. moms"],
  ]);
  const rows = table!.rows;

  it("gives each row the marks of its numbers by column, only where a number has one", () => {
    expect(rows.map((r) => [r.label, r.values, r.notes])).toEqual([
      ["Hemtjänst", { B: 1000, C: 1100 }, { B: "*" }],
      ["Boende", { B: 2000, C: 1900 }, { C: "¹" }],
      ["Övrigt", { B: 500, C: 450 }, undefined],
      ["* inkl. statsbidrag", { B: null, C: null }, undefined],
      ["¹ exkl. moms", { B: null, C: null }, undefined],
    ]);
    expect(Object.keys(rows[2]!)).not.toContain("notes");
  });
  it("keeps the footnote lines as note rows", () => {
    expect(rows.slice(3).map((r) => r.kind)).toEqual(["note", "note"]);
  });
});

describe("toAnalysisJson: a transposed table (003 Ekonomi)", () => {
  const [table] = toAnalysisJson(analyseWorkbook([fixtureSheet("003-ekonomi")], DEFAULT_OPTIONS)).tables;

  it("says it is transposed; a table with budget and outcome columns does not", () => {
    expect(table!.transposed).toBe(true);
    const [plain] = jsonOf([
      ["tkr", "Budget 2024", "Utfall 2024"],
      ["Hemtjänst", 1000, 1100],
    ]);
    expect(plain!.transposed).toBe(false);
  });
  it("gives the Budget and Budgetavvikelse rows their role, and Nettokostnader the outcome's", () => {
    // Budget 131 727 − Nettokostnader 129 008 = Budgetavvikelse 2 719: the rows the table compares.
    expect(table!.rows.map((r) => [r.label, r.role])).toEqual([
      ["Intäkter", undefined],
      ["Kostnader", undefined],
      ["Nettokostnader", "outcome"],
      ["Budget", "budget"],
      ["Budgetavvikelse", "variance"],
    ]);
    expect(Object.keys(table!.rows[0]!)).not.toContain("role");
  });
});
