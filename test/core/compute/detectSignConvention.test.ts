import { detectSignConvention } from "../../../src/core/compute/detectSignConvention";
import { makeTable } from "../../helpers/makeTable";
import * as F from "../../helpers/fixtureTables";
import type { SourceTable } from "../../../src/core/types";

/** The same table without its deviation column(s): the convention must come from the signs. */
const withoutVariance = (table: SourceTable): SourceTable => ({
  ...table,
  columns: table.columns.filter((c) => c.role !== "variance"),
});

describe("detectSignConvention from the given deviation", () => {
  it.each([
    ["000 Sociala myndighetsnämnden", "absolute", F.socialaMyndighetsnamnden],
    ["000 Social omsorg", "absolute", F.socialOmsorg],
    ["001 Ekonomi – verksamhet", "result", F.ekonomiVerksamhet],
    ["synthetic delårsrapport", "ledger", F.synthetic],
    ["003 Ekonomi (a Budgetavvikelse row)", "absolute", F.ekonomi003],
  ] as const)("%s is %s", (_, expected, make) => {
    const choice = detectSignConvention(make());
    expect(choice.convention).toBe(expected);
    expect(choice.source).toBe("variance-column");
    expect(choice.reason).toMatch(/stämmer med/);
    expect(choice.reason).not.toContain("\n");
  });

  it("counts the rows that match: 001 matches utfall − budget on all six", () => {
    expect(detectSignConvention(F.ekonomiVerksamhet()).reason).toContain("6 av 6 rader");
  });
  it("counts rows, not budget/outcome pairs: two deviations on each of three rows is 3 of 3 rows", () => {
    const table = makeTable({
      columns: [
        { header: "Budget jan-aug 2025", role: "budget", year: 2025, toMonth: 8 },
        { header: "Utfall jan-aug 2025", role: "outcome", year: 2025, toMonth: 8 },
        { header: "Avvikelse", role: "variance", year: 2025, toMonth: 8 },
        { header: "Budget 2025", role: "budget", year: 2025 },
        { header: "Helårsprognos 2025", role: "forecast", year: 2025 },
        { header: "Avvikelse mot budget", role: "variance", year: 2025, againstForecast: true },
      ],
      rows: [
        { label: "Intäkter", kind: "revenue", values: [-20000, -18500, -1500, -30000, -28000, -2000] },
        { label: "Personal", kind: "cost", values: [80000, 78900, 1100, 120000, 121000, -1000] },
        { label: "Summa", kind: "total", values: [60000, 60400, -400, 90000, 93000, -3000] },
      ],
    });
    const choice = detectSignConvention(table);
    expect(choice.convention).toBe("ledger");
    expect(choice.reason).toContain("på 3 av 3 rader");
    expect(choice.reasonEn).toBe(
      "The given deviation matches budget − outcome on every row (ledger signs) on 3 of 3 rows.",
    );
  });
  it("in a transposed table counts the columns of its Budgetavvikelse row (003: three years)", () => {
    const choice = detectSignConvention(F.ekonomi003());
    expect(choice.reason).toContain("i 3 av 3 kolumner");
    expect(choice.reasonEn).toContain("in 3 of 3 columns");
  });
  it("gives every reason in English too", () => {
    for (const make of [F.synthetic, F.ekonomiVerksamhet, F.socialOmsorg]) {
      for (const table of [make(), withoutVariance(make())]) {
        const { reasonEn } = detectSignConvention(table);
        expect(reasonEn).toMatch(/^[A-Z][^åäö]*\.$/);
      }
    }
  });
});

describe("detectSignConvention from the signs of the amounts", () => {
  it("revenues negative, costs positive: ledger (synthetic)", () => {
    const choice = detectSignConvention(withoutVariance(F.synthetic()));
    expect(choice).toMatchObject({ convention: "ledger", source: "data" });
  });
  it("net costs negative: result (001)", () => {
    expect(detectSignConvention(withoutVariance(F.ekonomiVerksamhet())).convention).toBe("result");
  });
  it("every amount positive: absolute (000)", () => {
    expect(detectSignConvention(withoutVariance(F.socialaMyndighetsnamnden())).convention).toBe("absolute");
  });
  it("a tie between ledger and absolute (cost rows only) goes to absolute when all amounts are positive", () => {
    const table = makeTable({
      columns: [
        { header: "Budget 2024", role: "budget", year: 2024 },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
        { header: "Avvikelse", role: "variance", year: 2024 },
      ],
      rows: [{ label: "Personalkostnader", kind: "cost", values: [100, 90, 10] }],
    });
    expect(detectSignConvention(table).convention).toBe("absolute");
  });
  it("a tie goes to ledger when the revenue rows are negative", () => {
    const table = makeTable({
      columns: [
        { header: "Budget 2024", role: "budget", year: 2024 },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
        { header: "Avvikelse", role: "variance", year: 2024 },
      ],
      rows: [
        { label: "Intäkter", kind: "revenue", values: [-50, -60, null] },
        { label: "Personalkostnader", kind: "cost", values: [100, 90, 10] },
      ],
    });
    expect(detectSignConvention(table).convention).toBe("ledger");
  });
});
