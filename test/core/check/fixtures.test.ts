/** The checks on every fixture: the errors a correct checker reports, and the ones it must not. */
import { analyse } from "../../helpers/analyse";
import * as F from "../../helpers/fixtureTables";
import type { TableAnalysis } from "../../../src/core/types";

const errorsOf = (t: TableAnalysis) => t.findings.filter((f) => f.severity === "error");
const codes = (t: TableAnalysis, code: string) => t.findings.filter((f) => f.code === code);

describe("no error on 000 and 003", () => {
  it.each([
    ["000 Sociala myndighetsnämnden", F.socialaMyndighetsnamnden],
    ["000 Social omsorg", F.socialOmsorg],
    ["003 Ekonomi", F.ekonomi003],
    ["003 Nyckeltal", F.nyckeltal003],
  ] as const)("%s", (_, make) => {
    const t = analyse(make());
    expect(errorsOf(t)).toEqual([]);
    expect(codes(t, "rounding")).toEqual([]);
    expect(codes(t, "missing-value")).toEqual([]);
  });
});

describe("001 Ekonomi – verksamhet: Totalt printed without its sign", () => {
  const t = analyse(F.ekonomiVerksamhet());

  it("is one sign-flip error on the Totalt deviation cell: −2 036 expected, 2 036 shown", () => {
    expect(errorsOf(t)).toHaveLength(1);
    expect(errorsOf(t)[0]).toMatchObject({
      code: "sign-flip",
      severity: "error",
      cell: "Blad1!E8",
      row: 8,
      label: "Totalt",
      expected: -2036,
      actual: 2036,
    });
    expect(errorsOf(t)[0]?.message).toMatch(/[Hh]ela raden saknar sitt minustecken/);
    expect(errorsOf(t)[0]?.messageEn).toMatch(/minus sign/);
  });
  it("reports no sum-mismatch on Totalt and no error on the five lines", () => {
    expect(codes(t, "sum-mismatch")).toEqual([]);
    expect(t.findings.filter((f) => f.row >= 3 && f.row <= 7 && f.severity === "error")).toEqual([]);
  });
});

describe("001 Verksamhetsmått: series breaks", () => {
  const breaks = codes(analyse(F.verksamhetsmatt()), "series-break");
  it("flags Beläggningsgrad brukartid 78 → 56 (2018 → 2019) on the 2019 cell, as a warning", () => {
    const b = breaks.find((f) => f.cell === "Blad1!C5");
    expect(b).toMatchObject({ severity: "warning", row: 5, actual: 56 });
    expect(b?.expected).toBeUndefined();
    expect(b?.message).toMatch(/procentenheter/);
  });
  it("does not flag Beläggningsgrad totalt 75, 77, 80, 80, 81, nor any other series", () => {
    expect(breaks.map((f) => f.row)).toEqual([5]);
  });
  it("needs four points: 003 Nyckeltal's three years are never a break", () => {
    expect(codes(analyse(F.nyckeltal003()), "series-break")).toEqual([]);
  });
});

describe("synthetic delårsrapport", () => {
  const t = analyse(F.synthetic());
  it("has no error", () => expect(errorsOf(t)).toEqual([]));
  it("flags material deviations ≥ 5 % and ≥ 100 tkr: Intäkter 7,5 %, Köp 18,3 %, Övriga 9 %, Resultat 6,2 %", () => {
    expect(codes(t, "material-deviation").map((f) => f.row)).toEqual([3, 5, 6, 8]);
    expect(codes(t, "material-deviation").every((f) => f.severity === "warning")).toBe(true);
    expect(codes(t, "material-deviation")[1]).toMatchObject({ cell: "Blad1!D5", actual: -7300 });
    // The side is in the word, so the amount is written without a sign: never "underskott om −7 300".
    expect(codes(t, "material-deviation")[1]?.message).toMatch(/^Köp av verksamhet: underskott om 7.300 \(/);
  });
  it("respects thresholds from the options: 1 % and 1 000 tkr flags Personalkostnader (1 100) but not Övriga (900)", () => {
    const rows = codes(
      analyse(F.synthetic(), { thresholds: { percent: 0.01, amountTkr: 1000 } }),
      "material-deviation",
    ).map((f) => f.row);
    expect(rows).toContain(4);
    expect(rows).not.toContain(6);
  });
  it("names the thresholds as set, never rounded: 2,5 % and 50 tkr", () => {
    const set = analyse(F.synthetic(), { thresholds: { percent: 0.025, amountTkr: 50 } });
    const intakter = codes(set, "material-deviation").find((f) => f.label === "Intäkter")!;
    expect(intakter.message).toContain("över väsentlighetsgränsen (2,5 % och 50 tkr)");
    expect(intakter.messageEn).toContain("(2.5 % and 50 tkr)");
  });
  it("notes the two empty forecast columns (info), without calling the rows incomplete", () => {
    expect(codes(t, "empty-column").map((f) => [f.cell, f.severity])).toEqual([
      ["Blad1!F2", "info"],
      ["Blad1!G2", "info"],
    ]);
    expect(codes(t, "missing-value")).toEqual([]);
  });
  it("has no text numbers: they were typed as numbers", () => expect(codes(t, "text-number")).toEqual([]));
  it("takes its two Avvikelse columns for the period's and the forecast's: no duplicate-column", () => {
    expect(
      t.table.columns.filter((c) => c.role === "variance").map((c) => c.againstForecast ?? false),
    ).toEqual([false, true]);
    expect(codes(t, "duplicate-column")).toEqual([]);
  });
});

describe("text-number: one finding per table", () => {
  it("000 Sociala myndighetsnämnden: 20 numbers as text, on B3", () => {
    const found = codes(analyse(F.socialaMyndighetsnamnden()), "text-number");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "Blad1!B3", severity: "info" });
    expect(found[0]?.message).toMatch(/^20 tal/);
  });
});
