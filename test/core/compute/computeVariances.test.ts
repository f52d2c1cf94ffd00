import { computeVariances } from "../../../src/core/compute/computeVariances";
import { writeBudgetNote } from "../../../src/core/compute/writeBudgetNote";
import { makeTable } from "../../helpers/makeTable";
import * as F from "../../helpers/fixtureTables";

describe("computeVariances", () => {
  it("000 absolute: revenues Bokslut − Budget, costs Budget − Bokslut, against the 2021 columns only", () => {
    const variances = computeVariances(F.socialaMyndighetsnamnden(), "absolute");
    const at = (row: number) => variances.find((v) => v.row === row);
    expect(at(4)).toMatchObject({
      computed: 741,
      given: 741,
      budgetCell: "Blad1!B4",
      actualCell: "Blad1!C4",
      varianceCell: "Blad1!D4",
    });
    expect(at(5)?.computed).toBe(21246 - 30801);
    expect(at(7)?.computed).toBe(-8814);
    expect(variances.filter((v) => v.row === 3)).toHaveLength(1);
    expect(at(4)?.period).toEqual({ year: 2021, fromMonth: 1, toMonth: 12 });
  });

  it("000 Social omsorg: a unit row is a net cost, 6 621 − 4 821 = 1 800", () => {
    const v = computeVariances(F.socialOmsorg(), "absolute").find((x) => x.row === 4);
    expect(v?.computed).toBe(1800);
    expect(v?.percentOfBudget).toBeCloseTo((1800 / 6621) * 100, 10);
  });

  it("001 result: pairs Utfall 2022 with Budget 2022 from the headers, not the column order", () => {
    const v = computeVariances(F.ekonomiVerksamhet(), "result").find((x) => x.row === 4);
    expect(v).toMatchObject({ budgetCell: "Blad1!D4", actualCell: "Blad1!C4", varianceCell: "Blad1!E4" });
    expect(v?.computed).toBe(-217677 - -212549);
    expect(v?.percentOfBudget).toBeCloseTo((-5128 / 212549) * 100, 10);
  });

  it("003 transposed: Budgetavvikelse = Budget − Nettokostnader in every year column", () => {
    const variances = computeVariances(F.ekonomi003(), "absolute");
    expect(variances.map((v) => v.computed)).toEqual([2719, 1528, -1431]);
    expect(variances.map((v) => v.period.year)).toEqual([2020, 2019, 2018]);
    expect(variances[0]).toMatchObject({
      row: 5,
      label: "Nettokostnader",
      budgetCell: "Blad1!B6",
      actualCell: "Blad1!B5",
      varianceCell: "Blad1!B7",
      given: 2719,
    });
  });

  it("synthetic ledger: less revenue than budgeted is −1 500; no pair with the empty forecast column", () => {
    const variances = computeVariances(F.synthetic(), "ledger");
    expect(variances.find((v) => v.row === 3)?.computed).toBe(-20000 - -18500);
    expect(variances.find((v) => v.row === 5)?.computed).toBe(-7300);
    expect(variances.every((v) => v.against === "outcome" && v.period.toMonth === 8)).toBe(true);
    expect(variances).toHaveLength(6);
  });

  it("pairs a filled forecast column with the full-year budget and its own deviation column", () => {
    const base = F.synthetic();
    const table = {
      ...base,
      lines: base.lines.map((l) =>
        l.row === 4 ? { ...l, values: { ...l.values, F: 121000, G: -1000 } } : l,
      ),
    };
    const v = computeVariances(table, "ledger").find((x) => x.against === "forecast");
    expect(v).toMatchObject({
      row: 4,
      budget: 120000,
      actual: 121000,
      computed: -1000,
      given: -1000,
      varianceCell: "Blad1!G4",
    });
  });

  it("uses the adjusted budget when there are two, and says so", () => {
    const table = makeTable({
      columns: [
        { header: "Ursprunglig budget 2024", role: "budget", year: 2024, budgetKind: "original" },
        { header: "Budget inkl. tilläggsanslag 2024", role: "budget", year: 2024, budgetKind: "adjusted" },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
      ],
      rows: [{ label: "Köp av verksamhet", kind: "cost", values: [1000, 1200, 1150] }],
    });
    expect(computeVariances(table, "ledger")[0]).toMatchObject({
      budget: 1200,
      computed: 50,
      budgetCell: "Blad1!C3",
    });
    expect(writeBudgetNote(table)).toMatch(/justerade budgeten \(Budget inkl\. tilläggsanslag 2024\)/);
    expect(writeBudgetNote(F.synthetic())).toBeUndefined();
  });

  it("gives bare 'Avvikelse' columns without a period to the nearest pair on their left", () => {
    const base = F.synthetic();
    const bare = (c: (typeof base.columns)[number]) =>
      c.role === "variance"
        ? { index: c.index, address: c.address, header: c.header, role: c.role, fromMonth: 1, toMonth: 12 }
        : c;
    const table = {
      ...base,
      columns: base.columns.map(bare),
      lines: base.lines.map((l) =>
        l.row === 4 ? { ...l, values: { ...l.values, F: 121000, G: -1000 } } : l,
      ),
    };
    const variances = computeVariances(table, "ledger").filter((v) => v.row === 4);
    expect(variances.map((v) => [v.against, v.varianceCell, v.given])).toEqual([
      ["outcome", "Blad1!D4", 1100],
      ["forecast", "Blad1!G4", -1000],
    ]);
  });
});
