import { parseHeader } from "../../../src/core/parse/parseHeader";

describe("parseHeader: role and period of a column header", () => {
  it.each<[string | number, object]>([
    ["Budget\n2021", { role: "budget", year: 2021, fromMonth: 1, toMonth: 12 }],
    ["Budg. 2024", { role: "budget", year: 2024 }],
    ["Periodbudget", { role: "budget" }],
    ["Ursprunglig budget 2024", { role: "budget", year: 2024, budgetKind: "original" }],
    ["Justerad budget 2024", { role: "budget", year: 2024, budgetKind: "adjusted" }],
    ["Budget inkl. tilläggsanslag", { role: "budget", budgetKind: "adjusted" }],
    ["Revid. budget", { role: "budget", budgetKind: "adjusted" }],
    ["Bokslut\n2020", { role: "outcome", year: 2020, fromMonth: 1, toMonth: 12 }],
    ["Utfall 2022", { role: "outcome", year: 2022 }],
    ["Redovisat 2023", { role: "outcome", year: 2023 }],
    ["Prognos", { role: "forecast", fromMonth: 1, toMonth: 12 }],
    ["Helårsprognos 2025", { role: "forecast", year: 2025, fromMonth: 1, toMonth: 12 }],
    ["Årsprognos 2024", { role: "forecast", year: 2024, fromMonth: 1, toMonth: 12 }],
    ["Avvikelse", { role: "variance", partOfYear: false }],
    ["Avvikelse\nmot budget", { role: "variance" }],
    ["Budgetavvikelse", { role: "variance" }],
    ["Avv.", { role: "variance" }],
    ["Avvikelse mot prognos", { role: "variance", againstForecast: true }],
    ["2020", { role: "value", year: 2020 }],
    [2019, { role: "value", year: 2019 }],
    ["År 2020", { role: "value", year: 2020 }],
    ["Nettokostnad 2020", { role: "unknown", year: 2020 }],
    ["(tkr)", { role: "unknown", unit: "tkr" }],
    ["Belopp i tkr", { role: "unknown", unit: "tkr" }],
    ["Tkr", { role: "unknown", unit: "tkr" }],
    ["Utfall (mnkr)", { role: "outcome", unit: "mnkr" }],
    ["Budget, Mkr", { role: "budget", unit: "mnkr" }],
    ["Budget mdkr", { role: "budget", unit: "mdkr" }],
    ["Kommentar", { role: "unknown" }],
  ])("%j", (header, expected) => expect(parseHeader(header)).toMatchObject(expected));

  it.each<[string, number, number, number | undefined]>([
    ["Budget jan-aug 2025", 1, 8, 2025],
    ["Budget jan- aug 2024", 1, 8, 2024],
    ["Utfall januari–augusti", 1, 8, undefined],
    ["Utfall T1 2024", 1, 4, 2024],
    // Tertial reports are cumulative: T2 is January–August.
    ["Utfall T2", 1, 8, undefined],
    ["Utfall T3 2023", 1, 12, 2023],
    ["Utfall delår 2024", 1, 8, 2024],
    ["Utfall per augusti", 1, 8, undefined],
    ["Utfall per 31 augusti 2024", 1, 8, 2024],
    ["Utfall jan-jun", 1, 6, undefined],
    ["Utfall halvår 2024", 1, 6, 2024],
    ["Budget helår 2024", 1, 12, 2024],
  ])("%j covers months %d–%d of %s", (header, fromMonth, toMonth, year) => {
    const info = parseHeader(header);
    expect([info.fromMonth, info.toMonth, info.year]).toEqual([fromMonth, toMonth, year]);
    expect(info.partOfYear).toBe(toMonth - fromMonth + 1 < 12);
  });

  it("reads a lone month name as that month (a monthly table's column)", () => {
    expect(parseHeader("aug")).toMatchObject({ month: 8, fromMonth: 8, toMonth: 8 });
    expect(parseHeader("Januari")).toMatchObject({ month: 1 });
  });

  it("tells a pure header from a label that only starts like one", () => {
    expect(parseHeader("Budget").exact).toBe(true);
    expect(parseHeader("Budgetavvikelse").exact).toBe(true);
    expect(parseHeader("Budget- och skuldrådgivning").exact).toBe(false);
  });
});
