import { computeInterim } from "../../../src/core/compute/computeInterim";
import { findTotals } from "../../../src/core/compute/findTotals";
import { forecastBudgetProfile } from "../../../src/core/compute/forecastBudgetProfile";
import { forecastManual } from "../../../src/core/compute/forecastManual";
import { forecastRunRate } from "../../../src/core/compute/forecastRunRate";
import { forecastSeasonal } from "../../../src/core/compute/forecastSeasonal";
import * as F from "../../helpers/fixtureTables";

const personal = {
  label: "Personalkostnader",
  kind: "cost" as const,
  outcome: 78900,
  months: 8,
  year: 2025,
  periodBudget: 80000,
  fullYearBudget: 120000,
};

describe("the three forecasts of Personalkostnader (synthetic delårsrapport)", () => {
  it("run rate: 78 900 × 12/8 = 118 350, warning of semesterlöneskuld and invoice lag in August", () => {
    const f = forecastRunRate(personal);
    expect(f).toMatchObject({ method: "run-rate", value: 118350 });
    expect(f.explanation).toMatch(/semesterlöneskuld/);
    expect(f.explanation).toMatch(/fakturor/);
    expect(f.explanation).toMatch(/augusti/);
  });
  it("budget profile: 78 900 + (120 000 − 80 000) = 118 900", () => {
    const f = forecastBudgetProfile(personal);
    expect(f).toMatchObject({ method: "budget-profile", value: 118900 });
  });
  it("seasonal: 78 900 ÷ (76 400 / 118 500) = 122 378 in whole tkr", () => {
    const f = forecastSeasonal(personal, F.syntheticMonthly);
    expect(f.method).toBe("seasonal");
    expect(Math.round(f.value)).toBe(122378);
    expect(f.explanation).toContain("2024");
  });
  it("every explanation is one line", () => {
    for (const f of [
      forecastRunRate(personal),
      forecastBudgetProfile(personal),
      forecastSeasonal(personal, F.syntheticMonthly),
    ]) {
      expect(f.explanation).not.toContain("\n");
      expect(f.explanation.length).toBeGreaterThan(20);
    }
  });
});

describe("forecast pitfalls and fallbacks", () => {
  it("a placement costs the same each month: said for Köp av verksamhet", () => {
    const f = forecastBudgetProfile({
      ...personal,
      label: "Köp av verksamhet",
      outcome: 47300,
      periodBudget: 40000,
      fullYearBudget: 60000,
    });
    expect(f.value).toBe(47300 + 20000);
    expect(f.explanation).toMatch(/placering kostar lika mycket varje månad/);
  });
  it("statsbidrag arrive in lumps: said for a grant line", () => {
    expect(forecastRunRate({ ...personal, label: "Statsbidrag", kind: "revenue" }).explanation).toMatch(
      /statsbidrag kommer klumpvis/,
    );
  });
  it("seasonal without a series for the line falls back to the budget profile and says so", () => {
    const f = forecastSeasonal(
      { ...personal, label: "Övriga kostnader", outcome: 9100, periodBudget: 10000, fullYearBudget: 15000 },
      F.syntheticMonthly,
    );
    expect(f).toMatchObject({ method: "budget-profile", value: 9100 + 5000 });
    expect(f.explanation).toMatch(/budgetprofil används i stället/);
  });
  it("budget profile without a period budget takes twelfths of the year's", () => {
    expect(forecastBudgetProfile({ ...personal, periodBudget: null }).value).toBe(78900 + 120000 * (4 / 12));
  });
  it("a manual forecast is kept", () => {
    expect(forecastManual(125000)).toMatchObject({ method: "manual", value: 125000 });
  });
});

describe("computeInterim on the synthetic delårsrapport", () => {
  const table = F.synthetic();
  const totals = findTotals(table, "ledger");
  const forecastAt = (method: "run-rate" | "budget-profile" | "seasonal", row: number) =>
    computeInterim(table, "ledger", totals, method, F.syntheticMonthly)!.forecasts.find(
      (f) => f.row === row,
    )!;

  it("is 8 months into the year, linear share 8/12, förbrukningsgrad outcome ÷ full-year budget", () => {
    const interim = computeInterim(table, "ledger", totals, "budget-profile", F.syntheticMonthly)!;
    expect(interim.months).toBe(8);
    expect(interim.linearShare).toBeCloseTo(8 / 12, 12);
    expect(interim.consumption.find((c) => c.row === 4)?.share).toBeCloseTo(78900 / 120000, 12);
    expect(interim.consumption.find((c) => c.row === 3)?.share).toBeCloseTo(18500 / 30000, 12);
  });
  it.each([
    ["run-rate", 118350],
    ["budget-profile", 118900],
    ["seasonal", 122378],
  ] as const)("forecasts Personalkostnader by %s to %d", (method, expected) => {
    const f = forecastAt(method, 4);
    expect(f.forecast.method).toBe(method);
    expect(Math.round(f.forecast.value)).toBe(expected);
    expect(f.fullYearBudget).toBe(120000);
  });
  it("a sum row's forecast is the sum of its lines' (budget profile)", () => {
    const intakter = -18500 + (-30000 - -20000);
    const kostnader = 78900 + 40000 + (47300 + 20000) + (9100 + 5000);
    expect(forecastAt("budget-profile", 7).forecast.value).toBe(kostnader);
    expect(forecastAt("budget-profile", 8).forecast.value).toBe(intakter + kostnader);
    expect(forecastAt("budget-profile", 8).deviation).toBe(165000 - (intakter + kostnader));
  });
  it("a sum row's run-rate forecast is also the sum of its lines', not the sum extrapolated", () => {
    const lines = [78900, 47300, 9100].map((x) => (x * 12) / 8);
    expect(forecastAt("run-rate", 7).forecast.value).toBeCloseTo(lines[0]! + lines[1]! + lines[2]!, 6);
  });
  it("seasonal falls back per line: Köp av verksamhet has no series", () => {
    expect(forecastAt("seasonal", 5).forecast).toMatchObject({
      method: "budget-profile",
      value: 47300 + 20000,
    });
  });
  it("a sum row's method is the one its lines used: budget profile when every seasonal line fell back", () => {
    const interim = computeInterim(table, "ledger", totals, "seasonal", [])!;
    expect(interim.forecasts.map((f) => f.forecast.method)).toEqual(Array(6).fill("budget-profile"));
  });
  it("a sum row whose lines used different methods says sum (Personalkostnader seasonal, the rest budget profile)", () => {
    expect(forecastAt("seasonal", 4).forecast.method).toBe("seasonal");
    expect(forecastAt("seasonal", 7).forecast.method).toBe("sum");
    expect(forecastAt("seasonal", 8).forecast.method).toBe("sum");
  });
  it("keeps a forecast already in the table (manual)", () => {
    const manual = {
      ...table,
      lines: table.lines.map((l) => (l.row === 4 ? { ...l, values: { ...l.values, F: 121000 } } : l)),
    };
    const f = computeInterim(manual, "ledger", totals, "run-rate", [])!.forecasts.find((x) => x.row === 4)!;
    expect(f.forecast).toMatchObject({ method: "manual", value: 121000 });
    expect(f.deviation).toBe(120000 - 121000);
  });
  it("is absent from an annual table", () => {
    expect(computeInterim(F.socialOmsorg(), "absolute", [], "run-rate", [])).toBeUndefined();
  });
});
