import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { toAnalysisJson } from "../../src/core/toAnalysisJson";
import { DEFAULT_OPTIONS, type CellValue } from "../../src/core/types";

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
