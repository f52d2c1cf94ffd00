/** The real errors of the seed reports, put into correct tables by hand. */
import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { analyse } from "../../helpers/analyse";
import { makeTable } from "../../helpers/makeTable";
import * as F from "../../helpers/fixtureTables";
import { DEFAULT_OPTIONS, type SourceTable, type TableAnalysis } from "../../../src/core/types";

const errorsOf = (t: TableAnalysis) => t.findings.filter((f) => f.severity === "error");
const codes = (t: TableAnalysis, code: string) => t.findings.filter((f) => f.code === code);

/** A copy of the table with one cell changed. */
function withCell(table: SourceTable, row: number, address: string, value: number | null): SourceTable {
  return {
    ...table,
    lines: table.lines.map((l) => (l.row === row ? { ...l, values: { ...l.values, [address]: value } } : l)),
  };
}

describe("one wrong cell is one finding", () => {
  it("a wrong deviation on a line (1 900 for 1 800) is reported there, not again on its total", () => {
    const t = analyse(withCell(F.socialOmsorg(), 4, "D", 1900));
    expect(errorsOf(t)).toHaveLength(1);
    expect(errorsOf(t)[0]).toMatchObject({
      code: "variance-mismatch",
      cell: "Blad1!D4",
      expected: 1800,
      actual: 1900,
    });
  });
  it("a deviation with the wrong sign on one line is a sign flip: expected = −actual", () => {
    const t = analyse(withCell(F.socialOmsorg(), 5, "D", 1454));
    expect(errorsOf(t)).toHaveLength(1);
    expect(errorsOf(t)[0]).toMatchObject({
      code: "sign-flip",
      cell: "Blad1!D5",
      expected: -1454,
      actual: 1454,
      label: "33. Individ- och familjeomsorg",
    });
  });
  it("the wrong sign in a ledger table (synthetic Köp av verksamhet shown as +7 300)", () => {
    const t = analyse(withCell(F.synthetic(), 5, "D", 7300));
    expect(errorsOf(t).map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
      ["sign-flip", "Blad1!D5", -7300, 7300],
    ]);
  });
  it("a Budgetavvikelse row cell that disagrees (003: 2 791 for 2 719) is reported on that row", () => {
    const t = analyse(withCell(F.ekonomi003(), 7, "B", 2791));
    expect(errorsOf(t)).toHaveLength(1);
    expect(errorsOf(t)[0]).toMatchObject({
      code: "variance-mismatch",
      cell: "Blad1!B7",
      row: 7,
      label: "Budgetavvikelse",
      expected: 2719,
    });
  });
});

describe("one wrong cell is one finding, read against the totals", () => {
  const columns = [
    { header: "Budget 2024", role: "budget", year: 2024 },
    { header: "Utfall 2024", role: "outcome", year: 2024 },
    { header: "Avvikelse", role: "variance", year: 2024 },
  ] as const;
  /** A, B, C and Summa on rows 3–6; net lines, so avvikelse = budget − utfall. */
  const table = (b: readonly number[], summa: readonly number[]) =>
    makeTable({
      columns: [...columns],
      rows: [
        { label: "A", kind: "net", values: [1000, 1100, -100] },
        { label: "B", kind: "net", values: b },
        { label: "C", kind: "net", values: [3000, 2950, 50] },
        { label: "Summa", kind: "total", values: summa },
      ],
    });
  const summary = (t: TableAnalysis) => errorsOf(t).map((f) => [f.code, f.cell, f.expected, f.actual]);

  it("a wrong outcome on a line (1 990): its deviation 100 and Summa 5 950 both give 1 900, one finding there", () => {
    // 2 000 − 100 = 1 900 from the deviation; 5 950 − 1 100 − 2 950 = 1 900 from the total.
    const t = analyse(table([2000, 1990, 100], [6000, 5950, 50]));
    expect(summary(t)).toEqual([["variance-mismatch", "Blad1!C4", 1900, 1990]]);
    expect(errorsOf(t)[0]?.message).toMatch(/utfallet 1\s990 .*avvikelsen 100 .*Summa.* 1\s900/);
    // With the outcome set right B is 100 under budget: 5 % of 2 000 and 100 tkr, material.
    expect(codes(t, "material-deviation").map((f) => [f.cell, f.actual])).toEqual([
      ["Blad1!D3", -100],
      ["Blad1!D4", 100],
    ]);
  });
  it("a wrong budget on a line (2 100): its deviation and Summa 6 000 both give 2 000", () => {
    const t = analyse(table([2100, 1900, 100], [6000, 5950, 50]));
    expect(summary(t)).toEqual([["variance-mismatch", "Blad1!B4", 2000, 2100]]);
  });
  it("a wrong total budget (5 000 for 6 000): one sum-mismatch; its deviation 50 fits 6 000, −950 is not material", () => {
    const t = analyse(table([2000, 1900, 100], [5000, 5950, 50]));
    expect(summary(t)).toEqual([["sum-mismatch", "Blad1!B6", 6000, 5000]]);
    expect(t.findings.filter((f) => f.row === 6).map((f) => f.code)).toEqual(["sum-mismatch"]);
  });
  it("a total whose deviation fits neither its sums nor its row is checked against the sums", () => {
    // Budget 6 000 (the sum) − outcome 5 950 = 50; the row shows 70 (and 5 000 − 5 950 = −950).
    const t = analyse(table([2000, 1900, 100], [5000, 5950, 70]));
    expect(summary(t)).toEqual([
      ["variance-mismatch", "Blad1!D6", 50, 70],
      ["sum-mismatch", "Blad1!B6", 6000, 5000],
    ]);
  });
});

describe("sums and rounding", () => {
  const columns = [
    { header: "Budget 2024", role: "budget", year: 2024 },
    { header: "Utfall 2024", role: "outcome", year: 2024 },
    { header: "Avvikelse", role: "variance", year: 2024 },
  ] as const;
  const lines = [
    { label: "Personalkostnader", kind: "cost", values: [100, 90, 10] },
    { label: "Köp av verksamhet", kind: "cost", values: [200, 210, -10] },
    { label: "Övriga kostnader", kind: "cost", values: [50, 45, 5] },
  ] as const;

  it("a Summa that leaves out a line: one sum-mismatch per wrong cell, with the sum it should have", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [...lines, { label: "Summa kostnader", kind: "total", values: [300, 300, 0] }],
    });
    const t = analyse(table);
    expect(errorsOf(t).map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
      ["sum-mismatch", "Blad1!B6", 350, 300],
      ["sum-mismatch", "Blad1!C6", 345, 300],
    ]);
  });
  it("a correct table whose line equals the two lines above has no error and its Summa adds all three", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [1000, 1100, -100] },
        { label: "Boende", kind: "net", values: [2000, 1900, 100] },
        { label: "Övrigt", kind: "net", values: [3000, 3000, 0] },
        { label: "Summa", kind: "total", values: [6000, 6000, 0] },
      ],
    });
    const t = analyse(table);
    expect(errorsOf(t)).toEqual([]);
    expect(t.totals).toEqual([
      {
        row: 6,
        label: "Summa",
        breakdowns: [[3, 4, 5].map((row) => ({ row, sign: 1 }))],
        unbalanced: false,
      },
    ]);
  });
  it("a total 1 tkr off is rounding (info), never an error", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [...lines, { label: "Summa kostnader", kind: "total", values: [351, 345, 6] }],
    });
    const t = analyse(table);
    expect(errorsOf(t)).toEqual([]);
    expect(codes(t, "rounding").map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([
      ["Blad1!B6", "info", 350, 351],
    ]);
  });
  it("a given deviation 1 off is rounding", () => {
    const t = analyse(
      makeTable({
        columns: [...columns],
        rows: [{ label: "Personalkostnader", kind: "cost", values: [100, 90, 11] }],
      }),
      {
        signConventions: { "Blad1!A2:D3": "ledger" },
      },
    );
    expect(t.signConvention.source).toBe("user");
    expect(codes(t, "rounding")).toMatchObject([{ cell: "Blad1!D3", expected: 10, actual: 11 }]);
    expect(errorsOf(t)).toEqual([]);
  });
});

describe("missing values", () => {
  it("a row with fewer values than the header has columns (000, Intäkter lacks its 2020 Bokslut)", () => {
    const t = analyse(withCell(F.socialaMyndighetsnamnden(), 4, "E", null));
    expect(codes(t, "missing-value")).toMatchObject([
      { cell: "Blad1!E4", severity: "warning", label: "Intäkter" },
    ]);
  });
  it("a logical value (TRUE) where the outcome should be is named as one", () => {
    const cells = [
      ["tkr", "Budget 2024", "Utfall 2024", "Avvikelse"],
      ["A", 1000, true, -100],
      ["B", 2000, 1900, 100],
      ["Summa", 3000, 3000, 0],
    ];
    const [t] = analyseWorkbook([{ name: "Blad1", cells }], DEFAULT_OPTIONS).tables;
    const found = codes(t!, "missing-value");
    expect(found.map((f) => [f.cell, f.label])).toEqual([["Blad1!C2", "A"]]);
    expect(found[0]?.message).toMatch(/sanningsvärdet SANT \(TRUE\)/);
    expect(found[0]?.messageEn).toMatch(/logical value TRUE/);
  });
  it("an empty budget", () => {
    const t = analyse(withCell(F.synthetic(), 6, "B", null));
    const found = codes(t, "missing-value");
    expect(found).toMatchObject([{ cell: "Blad1!B6", label: "Övriga kostnader" }]);
    expect(found[0]?.message).toMatch(/budget saknas/);
  });
});

describe("material deviation in another unit", () => {
  it("converts mnkr to tkr: 0,2 mnkr is 200 tkr, over 100 tkr", () => {
    const table = makeTable({
      unit: "mnkr",
      columns: [
        { header: "Budget 2024", role: "budget", year: 2024 },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
      ],
      rows: [
        { label: "Köp av verksamhet", kind: "cost", values: [2.0, 2.2] },
        { label: "Personalkostnader", kind: "cost", values: [0.5, 0.55] },
      ],
    });
    expect(codes(analyse(table), "material-deviation").map((f) => f.row)).toEqual([3]);
  });
});
