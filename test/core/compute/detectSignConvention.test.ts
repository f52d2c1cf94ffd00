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
