import { checkSeriesBreaks } from "../../../src/core/check/checkSeriesBreaks";
import { makeTable, type RowSpec } from "../../helpers/makeTable";
import type { Unit } from "../../../src/core/types";

/** A key-figure table 2019–2023 (columns B–F, rows from 3). */
const keyFigures = (rows: readonly RowSpec[]) =>
  makeTable({
    kind: "keyFigures",
    unit: "count",
    columns: [2019, 2020, 2021, 2022, 2023].map((year) => ({
      header: String(year),
      role: "value" as const,
      year,
    })),
    rows,
  });
const measure = (label: string, unit: Unit, values: readonly number[]): RowSpec => ({
  label,
  kind: "measure",
  unit,
  values,
});
const flagged = (rows: readonly RowSpec[]) =>
  checkSeriesBreaks(keyFigures(rows)).map((f) => [f.cell, f.actual]);

describe("series-break: a single year far outside its series", () => {
  it("flags 82 → 40 → 83 (%) once, on the 2022 cell: 42 and 43 away from its neighbours, the other changes 1", () => {
    const findings = checkSeriesBreaks(
      keyFigures([measure("Andel nöjda, %", "percent", [80, 81, 82, 40, 83])]),
    );
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.actual])).toEqual([
      ["series-break", "warning", "Blad1!E3", 40],
    ]);
    expect(findings[0]?.message).toMatch(/2022/);
  });
  it("flags 510 → 1 500 → 520 (tkr) on the 2022 cell", () => {
    expect(flagged([measure("Kostnad per plats, tkr", "tkr", [500, 505, 510, 1500, 520])])).toEqual([
      ["Blad1!E3", 1500],
    ]);
  });
  it("flags a spike in the second year (80 → 40 → 81 → 82 → 83) on that year only", () => {
    expect(flagged([measure("Andel, %", "percent", [80, 40, 81, 82, 83])])).toEqual([["Blad1!C3", 40]]);
  });
  it("does not flag a last-year jump again as a spike of the year before it (99 → 101 → 300)", () => {
    expect(flagged([measure("Antal ärenden", "count", [100, 102, 99, 101, 300])])).toEqual([
      ["Blad1!F3", 300],
    ]);
  });
  it("does not flag a level that moves on (230, 235, 270, 286, 302) nor a small wobble", () => {
    expect(
      flagged([
        measure("Antal brukare", "count", [230, 235, 270, 286, 302]),
        measure("Andel, %", "percent", [80, 82, 80, 82, 80]),
        measure("Antal hushåll", "count", [296, 255, 264, 291, 162]),
      ]),
    ).toEqual([]);
  });
});
