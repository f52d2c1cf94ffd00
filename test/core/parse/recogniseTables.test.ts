import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { recogniseTables } from "../../../src/core/parse/recogniseTables";
import { toMonthlySeries } from "../../../src/core/parse/toMonthlySeries";
import { DEFAULT_OPTIONS, type CellValue } from "../../../src/core/types";
import { fixtureSheet, loadFixture } from "../../helpers/fixtures";

const sheet = (cells: CellValue[][], origin?: { row: number; col: number }) => ({
  name: "Blad1",
  cells,
  ...(origin ? { origin } : {}),
});

describe("recogniseTables: several tables on one sheet", () => {
  const ekonomi = loadFixture("003-ekonomi");
  const nyckeltal = loadFixture("003-nyckeltal");

  it("splits two tables at a blank row and takes the title line above the second", () => {
    const cells = [["Ekonomi"], ...ekonomi.grid, [], ["Nyckeltal"], ...nyckeltal.grid];
    const [first, second, ...rest] = recogniseTables(sheet(cells));
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ title: "Ekonomi", range: "A2:D7", transposed: true });
    expect(second).toMatchObject({
      title: "Nyckeltal",
      range: "A10:D14",
      kind: "keyFigures",
      headerRows: [10],
    });
    expect(second!.lines.map((l) => l.row)).toEqual([11, 12, 13, 14]);
  });

  it("splits two tables at a title line with no blank row between", () => {
    const cells = [...ekonomi.grid, ["Nyckeltal"], ...nyckeltal.grid];
    const tables = recogniseTables(sheet(cells));
    expect(tables.map((t) => t.range)).toEqual(["A1:D6", "A8:D12"]);
    expect(tables[0]!.lines).toHaveLength(5);
    expect(tables[1]!.title).toBe("Nyckeltal");
  });

  it("reads the synthetic table and the monthly table below it", () => {
    const tables = recogniseTables(fixtureSheet("synthetic-delarsrapport"));
    expect(tables.map((t) => [t.kind, t.range])).toEqual([
      ["budget", "A2:G8"],
      ["monthly", "A11:M13"],
    ]);
    const monthly = tables[1]!;
    expect(monthly.title).toBe("Personalkostnader per månad (tkr)");
    expect(monthly.unit).toBe("tkr");
    expect(monthly.columns.map((c) => [c.fromMonth, c.toMonth])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, i + 1]),
    );
    const [series, ...others] = toMonthlySeries(monthly);
    expect(others).toEqual([]);
    expect(series!.label).toBe("Personalkostnader");
    const y2024 = series!.byYear.get(2024)!;
    expect(y2024.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(118500);
    expect(y2024.slice(0, 8).reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(76400);
    expect(series!.byYear.get(2025)).toEqual([
      9700,
      9600,
      9800,
      9900,
      10000,
      12100,
      8500,
      9300,
      null,
      null,
      null,
      null,
    ]);
  });

  it("gives no monthly series for a budget table", () => {
    expect(toMonthlySeries(recogniseTables(fixtureSheet("000-social-omsorg"))[0]!)).toEqual([]);
  });
});

describe("recogniseTables: layouts", () => {
  it("counts rows and columns from the sheet origin", () => {
    const cells = loadFixture("001-ekonomi-verksamhet").grid;
    const [t] = recogniseTables(sheet(cells, { row: 4, col: 2 }));
    expect(t!.range).toBe("C5:G11");
    expect(t!.headerRows).toEqual([5]);
    expect(t!.labelColumn).toMatchObject({ index: 2, address: "C", header: "Belopp i tkr", role: "label" });
    expect(t!.columns.map((c) => [c.index, c.address])).toEqual([
      [3, "D"],
      [4, "E"],
      [5, "F"],
      [6, "G"],
    ]);
    expect(t!.lines[1]).toMatchObject({ row: 7, label: "Äldreomsorg" });
    expect(t!.lines[1]!.values["E"]).toBe(-217677);
  });

  it("merges a header split over two rows", () => {
    const cells: CellValue[][] = [
      ["(tkr)", "Budget", "Utfall", "Avvikelse"],
      ["", "2024", "2024", ""],
      ["Intäkter", "100", "120", "20"],
      ["Kostnader", "500", "480", "20"],
    ];
    const [t] = recogniseTables(sheet(cells));
    expect(t!.headerRows).toEqual([1, 2]);
    expect(t!.columns.map((c) => [c.header, c.role, c.year])).toEqual([
      ["Budget\n2024", "budget", 2024],
      ["Utfall\n2024", "outcome", 2024],
      ["Avvikelse", "variance", 2024],
    ]);
    expect(t!.range).toBe("A1:D4");
  });

  it("spreads a year over the columns under it and reads units, sections and footnotes", () => {
    const cells: CellValue[][] = [
      ["Belopp i mnkr", "2024", "", "2025", ""],
      ["", "Budget", "Utfall", "Ursprunglig budget", "Justerad budget"],
      ["Äldreomsorg"],
      ["Hemtjänst", "12,5", "13,1*", "13", "14"],
      ["Särskilt boende", "20", "19", "21", "22"],
      ["Individ- och familjeomsorg"],
      ["Barn och unga", "8", "–", "9", "9"],
      ["* Exklusive semesterlöneskuld"],
    ];
    const [t] = recogniseTables(sheet(cells));
    expect(t!.unit).toBe("mnkr");
    expect(t!.columns.map((c) => [c.role, c.year, c.budgetKind])).toEqual([
      ["budget", 2024, undefined],
      ["outcome", 2024, undefined],
      ["budget", 2025, "original"],
      ["budget", 2025, "adjusted"],
    ]);
    expect(t!.lines.map((l) => [l.label, l.kind, l.section])).toEqual([
      ["Äldreomsorg", "section", undefined],
      ["Hemtjänst", "net", "Äldreomsorg"],
      ["Särskilt boende", "net", "Äldreomsorg"],
      ["Individ- och familjeomsorg", "section", undefined],
      ["Barn och unga", "net", "Individ- och familjeomsorg"],
      ["* Exklusive semesterlöneskuld", "note", "Individ- och familjeomsorg"],
    ]);
    expect(t!.lines[1]!.notes).toEqual(["*"]);
    expect(t!.lines[1]!.values).toEqual({ B: 12.5, C: 13.1, D: 13, E: 14 });
    expect(t!.lines[4]!.cells["C"]).toEqual({ kind: "number", value: 0, fromText: true, dash: true });
  });

  it("reads a table whose outcome header shows #REF! from its other headers, that column unknown", () => {
    const cells: CellValue[][] = [
      ["", "Budget 2024", "#REF!", "Avvikelse"],
      ["Personalkostnader", 8000, 7600, 400],
      ["Köp av verksamhet", 3000, 3500, -500],
    ];
    const [table, ...rest] = recogniseTables(sheet(cells));
    expect(rest).toEqual([]);
    expect(table?.range).toBe("A1:D3");
    expect(table?.columns.map((c) => [c.address, c.role])).toEqual([
      ["B", "budget"],
      ["C", "unknown"],
      ["D", "variance"],
    ]);
    const findings = analyseWorkbook([sheet(cells)], DEFAULT_OPTIONS).tables[0]!.findings;
    expect(findings.filter((f) => f.code === "error-value").map((f) => [f.cell, f.severity])).toEqual([
      ["Blad1!C1", "warning"],
    ]);
    expect(findings.find((f) => f.cell === "Blad1!C1")?.message).toMatch(/#REF!.*okänd/);
  });

  it("tolerates ragged rows and ignores trailing empty rows and columns", () => {
    const cells: CellValue[][] = [
      ["Tkr", "Budget 2024", "Utfall 2024", "Avvikelse", null, ""],
      ["Intäkter", 100, 120],
      ["Kostnader", 500, 480, 20, null],
      [null, "", null],
      [],
    ];
    const [t, ...rest] = recogniseTables(sheet(cells));
    expect(rest).toEqual([]);
    expect(t!.range).toBe("A1:D3");
    expect(t!.lines[0]!.values).toEqual({ B: 100, C: 120, D: null });
    expect(t!.lines[0]!.cells["D"]).toEqual({ kind: "empty" });
  });

  it("gives a table's columns the title's period when their headers name none", () => {
    const cells: CellValue[][] = [
      ["Delårsrapport jan-aug 2024, tkr"],
      ["", "Budget", "Utfall", "Avvikelse", "Årsbudget"],
      ["Kostnader", 800, 750, 50, 1200],
    ];
    const [t] = recogniseTables(sheet(cells));
    expect(t!.columns.map((c) => [c.role, c.year, c.fromMonth, c.toMonth])).toEqual([
      ["budget", 2024, 1, 8],
      ["outcome", 2024, 1, 8],
      ["variance", 2024, 1, 8],
      ["budget", 2024, 1, 12],
    ]);
  });

  it.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    ["text only", [["Social omsorg"], ["Verksamheten gick bra."]]],
    ["a header without a body", [["", "Budget 2024", "Utfall 2024"]]],
    [
      "a header whose body has no number",
      [
        ["", "Budget 2024", "Utfall 2024"],
        ["Intäkter", "x", ""],
      ],
    ],
    [
      "no recognised column",
      [
        ["", "Kolumn 1", "Kolumn 2"],
        ["Intäkter", 1, 2],
      ],
    ],
    [
      "a single year column",
      [
        ["", "2024"],
        ["Antal", 1],
      ],
    ],
  ])("finds no table in %s", (_, cells) => expect(recogniseTables(sheet(cells))).toEqual([]));
});
