/**
 * Recognition of every fixture (test/fixtures/*.json), with the fixture's title on the row above
 * its grid and without it. Expected roles, years, kinds and units are read off the fixtures'
 * headers, labels and facts by hand.
 */
import { recogniseTables } from "../../../src/core/parse/recogniseTables";
import type { CellValue, SourceTable } from "../../../src/core/types";
import { loadFixture } from "../../helpers/fixtures";

function tableOf(name: string, withTitle: boolean): SourceTable {
  const fixture = loadFixture(name);
  const cells: CellValue[][] = withTitle ? [[fixture.title], ...fixture.grid] : fixture.grid;
  const tables = recogniseTables({ name: "Blad1", cells });
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const roles = (t: SourceTable) => t.columns.map((c) => [c.address, c.role, c.year, c.fromMonth, c.toMonth]);
const kinds = (t: SourceTable) => t.lines.map((l) => l.kind);

describe.each([true, false])("fixtures, title above the grid: %s", (withTitle) => {
  const top = withTitle ? 2 : 1;

  it("000 Social omsorg: four net rows, Intäkter, Kostnader, Därav, Summa nettokostnad", () => {
    const t = tableOf("000-social-omsorg", withTitle);
    expect(t.title).toBe(withTitle ? "SOCIAL OMSORG" : undefined);
    expect(t.unit).toBe("tkr");
    expect(t.range).toBe(`A${top}:E${top + 8}`);
    expect(t.headerRows).toEqual([top]);
    expect(roles(t)).toEqual([
      ["B", "budget", 2021, 1, 12],
      ["C", "outcome", 2021, 1, 12],
      ["D", "variance", 2021, 1, 12],
      ["E", "outcome", 2020, 1, 12],
    ]);
    expect(kinds(t)).toEqual(["net", "net", "net", "net", "revenue", "cost", "ofWhich", "total"]);
    expect(t.lines[0]).toMatchObject({ row: top + 1, label: "37. Social omsorg gemensam" });
    expect(t.lines[0]!.values).toEqual({ B: 7133, C: 7458, D: -325, E: 5902 });
    expect(t.lines[7]!.values).toEqual({ B: 30839, C: 31004, D: -165, E: 29028 });
    expect(t.lines[0]!.cells["D"]).toEqual({ kind: "number", value: -325, fromText: true });
  });

  it("000 Sociala myndighetsnämnden: '– 8 814' is −8 814", () => {
    const t = tableOf("000-sociala-myndighetsnamnden", withTitle);
    expect(kinds(t)).toEqual(["net", "revenue", "cost", "ofWhich", "total"]);
    expect(t.lines[0]!.values["D"]).toBe(-8814);
    expect(t.lines[2]!.values["D"]).toBe(-9555);
  });

  it("001 Ekonomi – verksamhet: Avvikelse belongs to 2022 from the headers", () => {
    const t = tableOf("001-ekonomi-verksamhet", withTitle);
    expect(t.unit).toBe("tkr");
    expect(roles(t)).toEqual([
      ["B", "outcome", 2021, 1, 12],
      ["C", "outcome", 2022, 1, 12],
      ["D", "budget", 2022, 1, 12],
      ["E", "variance", 2022, 1, 12],
    ]);
    expect(kinds(t)).toEqual(["net", "net", "net", "net", "net", "total"]);
    expect(t.lines[5]!.values).toEqual({ B: 342640, C: 362942, D: 360906, E: 2036 });
    expect(t.lines[1]!.values["E"]).toBe(-5128);
  });

  it("001 Verksamhetsmått: key figures with units from the labels", () => {
    const t = tableOf("001-verksamhetsmatt-nyckeltal", withTitle);
    expect(t.kind).toBe("keyFigures");
    expect(t.columns.map((c) => [c.role, c.year])).toEqual(
      [2018, 2019, 2020, 2021, 2022].map((y) => ["value", y]),
    );
    expect(kinds(t)).toEqual(Array(7).fill("measure"));
    expect(t.lines.map((l) => l.unit)).toEqual([
      "count",
      "percent",
      "percent",
      "tkr",
      "count",
      "months",
      "percent",
    ]);
    expect(t.lines[5]!.values).toEqual({ B: 7.9, C: 5.3, D: 5.8, E: 5.8, F: 3.8 });
  });

  it("003 Ekonomi: transposed, newest year first, Budget and Budgetavvikelse as rows", () => {
    const t = tableOf("003-ekonomi", withTitle);
    expect(t.transposed).toBe(true);
    expect(t.kind).toBe("budget");
    expect(roles(t)).toEqual([
      ["B", "outcome", 2020, 1, 12],
      ["C", "outcome", 2019, 1, 12],
      ["D", "outcome", 2018, 1, 12],
    ]);
    expect(t.lines.map((l) => [l.label, l.kind, l.role])).toEqual([
      ["Intäkter", "revenue", undefined],
      ["Kostnader", "cost", undefined],
      ["Nettokostnader", "total", "outcome"],
      ["Budget", "net", "budget"],
      ["Budgetavvikelse", "net", "variance"],
    ]);
    expect(t.lines[4]!.values).toEqual({ B: 2719, C: 1528, D: -1431 });
  });

  it("003 Nyckeltal: 'År 2020' newest first, antal rows count though the header says tkr", () => {
    const t = tableOf("003-nyckeltal", withTitle);
    expect(t.kind).toBe("keyFigures");
    expect(t.unit).toBe("tkr");
    expect(t.columns.map((c) => c.year)).toEqual([2020, 2019, 2018]);
    expect(t.lines.map((l) => l.unit)).toEqual(["tkr", "count", "count", "count"]);
    expect(t.lines[0]!.values).toEqual({ B: 1345, C: 1666, D: 1456 });
  });

  it("synthetic delårsrapport: period budget, full-year budget, forecast and two deviations", () => {
    const t = tableOf("synthetic-delarsrapport", withTitle);
    expect(t.unit).toBe("tkr");
    expect(roles(t)).toEqual([
      ["B", "budget", 2025, 1, 8],
      ["C", "outcome", 2025, 1, 8],
      ["D", "variance", 2025, 1, 8],
      ["E", "budget", 2025, 1, 12],
      ["F", "forecast", 2025, 1, 12],
      ["G", "variance", 2025, 1, 12],
    ]);
    expect(t.columns.map((c) => c.againstForecast ?? false)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(kinds(t)).toEqual(["revenue", "cost", "cost", "cost", "total", "total"]);
    expect(t.lines[1]!.values).toEqual({ B: 80000, C: 78900, D: 1100, E: 120000, F: null, G: null });
    expect(t.lines[1]!.cells["F"]).toEqual({ kind: "empty" });
    expect(t.lines[1]!.cells["B"]).toEqual({ kind: "number", value: 80000, fromText: false });
  });
});
