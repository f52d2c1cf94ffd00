/**
 * Every fact of every fixture (test/fixtures/*.json, copied from the real reports), run end to
 * end: grid → recognised table → computed and checked analysis. The expected numbers are the
 * fixtures' own, or arithmetic on them written out here.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { DEFAULT_OPTIONS, type AnalysisOptions, type TableAnalysis } from "../../src/core/types";
import { fixtureSheet } from "../helpers/fixtures";

function analyse(name: string, options: Partial<AnalysisOptions> = {}): TableAnalysis {
  const analysis = analyseWorkbook([fixtureSheet(name)], { ...DEFAULT_OPTIONS, ...options });
  expect(analysis.tables).toHaveLength(1);
  return analysis.tables[0]!;
}

const errorsOf = (t: TableAnalysis) => t.findings.filter((f) => f.severity === "error");
const lineAt = (t: TableAnalysis, row: number) => t.table.lines.find((l) => l.row === row)!;
const varianceAt = (t: TableAnalysis, row: number, against = "outcome") =>
  t.variances.find((v) => v.row === row && v.against === against);

describe("000 Sociala myndighetsnämnden", () => {
  const t = analyse("000-sociala-myndighetsnamnden");

  it("reads '– 8 814' as −8 814", () => {
    expect(lineAt(t, 3).values["D"]).toBe(-8814);
    expect(lineAt(t, 3).values["B"]).toBe(19121);
  });
  it("detects the absolute convention: revenues Bokslut − Budget, costs Budget − Bokslut", () => {
    expect(t.signConvention.convention).toBe("absolute");
    expect(varianceAt(t, 4)?.computed).toBe(2866 - 2125);
    expect(varianceAt(t, 5)?.computed).toBe(21246 - 30801);
  });
  it("sees Summa nettokostnad as Kostnader − Intäkter and the unit row, never the därav row", () => {
    expect(lineAt(t, 6).kind).toBe("ofWhich");
    const total = t.totals.find((x) => x.row === 7)!;
    const breakdowns = total.breakdowns.map((b) => b.map((part) => part.row * part.sign).sort());
    expect(breakdowns).toContainEqual([-4, 5]);
    expect(breakdowns).toContainEqual([3]);
    expect(breakdowns.flat()).not.toContain(6);
  });
  it("reports no error", () => expect(errorsOf(t)).toEqual([]));
  it("writes the year's result as the report does", () => {
    expect(t.commentary.join(" ")).toContain(
      "Årets resultat för sociala myndighetsnämnden var ett underskott på 8,8 mnkr.",
    );
  });
});

describe("000 Social omsorg: one total, two breakdowns", () => {
  const t = analyse("000-social-omsorg");

  it("finds both breakdowns of Summa nettokostnad and adds neither to the other", () => {
    const total = t.totals.find((x) => x.row === 10)!;
    expect(total.unbalanced).toBe(false);
    const breakdowns = total.breakdowns.map((b) => b.map((part) => part.row * part.sign).sort());
    expect(breakdowns).toHaveLength(2);
    expect(breakdowns).toContainEqual([3, 4, 5, 6]);
    expect(breakdowns).toContainEqual([-7, 8]);
  });
  it("reads unit rows as net costs: Avvikelse = Budget − Bokslut", () => {
    expect(["net"]).toContain(lineAt(t, 4).kind);
    expect(varianceAt(t, 4)?.computed).toBe(6621 - 4821);
  });
  it("reports no error", () => expect(errorsOf(t)).toEqual([]));
  it("writes the year's result in tusen kronor", () => {
    expect(t.commentary.join(" ")).toContain(
      "Årets resultat för social omsorg var ett underskott på 165 tusen kronor.",
    );
  });
});

describe("001 Ekonomi – verksamhet: a total printed without its sign", () => {
  const t = analyse("001-ekonomi-verksamhet");

  it("detects the result convention", () => expect(t.signConvention.convention).toBe("result"));
  it("pairs Utfall 2022 with Budget 2022 from the headers, not the column order", () => {
    const v = varianceAt(t, 4)!;
    expect(v.budgetCell).toBe("Blad1!D4");
    expect(v.actualCell).toBe("Blad1!C4");
    expect(v.computed).toBe(-217677 - -212549);
  });
  it("reports the Totalt row, once, and nothing on the five lines", () => {
    const errors = errorsOf(t);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "sign-flip", cell: "Blad1!E8", expected: -2036, actual: 2036 });
    expect(t.findings.filter((f) => f.row >= 3 && f.row <= 7 && f.severity === "error")).toEqual([]);
  });
});

describe("001 Verksamhetsmått och nyckeltal", () => {
  const t = analyse("001-verksamhetsmatt-nyckeltal");
  const change = (row: number, from: number, to: number) =>
    t.keyFigures.find((k) => k.row === row && k.fromYear === from && k.toYear === to)!;

  it("is a key-figure table whose units come from the labels", () => {
    expect(t.table.kind).toBe("keyFigures");
    expect(lineAt(t, 4).unit).toBe("percent");
    expect(lineAt(t, 6).unit).toBe("tkr");
    expect(lineAt(t, 8).unit).toBe("months");
  });
  it("reads a decimal comma: '7,9' is 7.9", () => expect(lineAt(t, 8).values["B"]).toBe(7.9));
  it("changes a percentage measure in percentage points", () => {
    expect(change(4, 2021, 2022)).toMatchObject({ change: 1, changePoints: 1 });
  });
  it("computes 2021 → 2022 changes", () => {
    expect(change(7, 2021, 2022).change).toBe(-129);
    expect(change(7, 2021, 2022).changePercent).toBeCloseTo((-129 / 291) * 100, 6);
    expect(change(6, 2021, 2022).change).toBe(-3834);
    expect(change(6, 2021, 2022).changePercent).toBeCloseTo(-41.125, 2);
  });
  it("finds Antal hushåll the largest relative change 2021 → 2022", () => {
    const changes = t.keyFigures.filter((k) => k.fromYear === 2021 && k.toYear === 2022);
    const largest = [...changes].sort(
      (a, b) => Math.abs(b.changePercent ?? 0) - Math.abs(a.changePercent ?? 0),
    )[0];
    expect(largest?.row).toBe(7);
  });
  it("flags the break in Beläggningsgrad brukartid 2018 → 2019", () => {
    const breaks = t.findings.filter((f) => f.code === "series-break");
    expect(breaks.map((f) => f.cell)).toContain("Blad1!C5");
    const finding = breaks.find((f) => f.cell === "Blad1!C5");
    expect(finding).toMatchObject({ severity: "warning", actual: 56 });
    expect(finding?.expected).toBeUndefined();
    expect(breaks.map((f) => f.row)).not.toContain(4);
  });
});

describe("003 Ekonomi: transposed, newest year first", () => {
  const t = analyse("003-ekonomi");

  it("is understood as transposed with Budget and Budgetavvikelse as rows", () => {
    expect(t.table.transposed).toBe(true);
    expect(lineAt(t, 6).role).toBe("budget");
    expect(lineAt(t, 7).role).toBe("variance");
  });
  it("computes Budgetavvikelse = Budget − Nettokostnader in every year", () => {
    const byYear = t.variances.map((v) => v.computed);
    expect(byYear).toEqual(expect.arrayContaining([2719, 1528, -1431]));
    expect(t.variances).toHaveLength(3);
  });
  it("reports no error", () => expect(errorsOf(t)).toEqual([]));
  it("orders year-over-year changes by year, not by column", () => {
    const net = t.keyFigures.filter((k) => k.row === 5);
    expect(net.map((k) => [k.fromYear, k.toYear])).toEqual(
      expect.arrayContaining([
        [2018, 2019],
        [2019, 2020],
      ]),
    );
    expect(net.find((k) => k.fromYear === 2019)?.change).toBe(129008 - 122863);
  });
  it("writes the result and its share of the net budget (2 719 / 131 727 = 2,06 %)", () => {
    const text = t.commentary.join(" ");
    expect(text).toContain("överskott på 2,7 mnkr");
    expect(text).toContain("2,1 procent av");
  });
});

describe("003 Nyckeltal", () => {
  const t = analyse("003-nyckeltal");
  it("lets a row's own unit win over the header's (tkr)", () => {
    expect(lineAt(t, 4).unit).toBe("count");
    expect(lineAt(t, 3).unit).toBe("tkr");
  });
  it("computes 2019 → 2020: 1 666 → 1 345 is −321 tkr (−19,3 %)", () => {
    const k = t.keyFigures.find((x) => x.row === 3 && x.fromYear === 2019 && x.toYear === 2020)!;
    expect(k.change).toBe(-321);
    expect(k.changePercent).toBeCloseTo((-321 / 1666) * 100, 6);
  });
});

describe("Synthetic delårsrapport jan–aug 2025", () => {
  const forecastOf = (t: TableAnalysis, row: number) =>
    t.interim!.forecasts.find((f) => f.row === row)!.forecast;

  it("uses the ledger convention: revenues below budget are unfavourable", () => {
    const t = analyse("synthetic-delarsrapport");
    expect(t.signConvention.convention).toBe("ledger");
    expect(varianceAt(t, 3)?.computed).toBe(-1500);
  });
  it("reads the period budget as 8 months and the forecast column as full year", () => {
    const t = analyse("synthetic-delarsrapport");
    const [periodBudget, , , fullBudget, forecast] = t.table.columns;
    expect(periodBudget).toMatchObject({ role: "budget", year: 2025, fromMonth: 1, toMonth: 8 });
    expect(fullBudget).toMatchObject({ role: "budget", year: 2025, fromMonth: 1, toMonth: 12 });
    expect(forecast).toMatchObject({ role: "forecast", fromMonth: 1, toMonth: 12 });
    expect(t.interim?.months).toBe(8);
  });
  it.each([
    ["run-rate", 118350],
    ["budget-profile", 118900],
    ["seasonal", 122378],
  ] as const)("forecasts Personalkostnader by %s to %d", (method, expected) => {
    const t = analyse("synthetic-delarsrapport", { method });
    const f = forecastOf(t, 4);
    expect(f.method).toBe(method);
    expect(Math.round(f.value)).toBe(expected);
    expect(f.explanation.length).toBeGreaterThan(10);
  });
  it("forecasts a sum row as the sum of its lines' forecasts", () => {
    const t = analyse("synthetic-delarsrapport", { method: "budget-profile" });
    // Budget profile: outcome + (full-year budget − period budget), line by line.
    const intakter = -18500 + (-30000 - -20000);
    const kostnader = 78900 + 40000 + (47300 + 20000) + (9100 + 5000);
    expect(forecastOf(t, 7).value).toBe(kostnader);
    expect(forecastOf(t, 8).value).toBe(intakter + kostnader);
  });
  it("shows förbrukningsgrad beside the linear share of the year", () => {
    const t = analyse("synthetic-delarsrapport");
    expect(t.interim?.linearShare).toBeCloseTo(8 / 12, 10);
    expect(t.interim?.consumption.find((c) => c.row === 4)?.share).toBeCloseTo(78900 / 120000, 10);
  });
  it("reports the period's deficit and the largest unfavourable line", () => {
    const t = analyse("synthetic-delarsrapport");
    const text = t.commentary.join(" ");
    expect(text).toContain("Periodens resultat är ett underskott om 6,8 mnkr.");
    expect(text).toMatch(/Köp av verksamhet[^.]*7,3 mnkr/);
  });
  it("flags material deviations over 5 % and 100 tkr, not Personalkostnader (1,4 %)", () => {
    const t = analyse("synthetic-delarsrapport");
    const material = t.findings.filter((f) => f.code === "material-deviation").map((f) => f.row);
    expect(material).toEqual(expect.arrayContaining([3, 5, 6]));
    expect(material).not.toContain(4);
    expect(errorsOf(t)).toEqual([]);
  });
});
