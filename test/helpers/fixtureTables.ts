/**
 * The seven fixtures (test/fixtures/*.json) as recognition should hand them over, typed in by
 * hand from the fixtures' grids: the title on row 1, the header on row 2, lines from row 3.
 */
import { makeTable, type ColumnSpec } from "./makeTable";
import type { MonthlySeries, SourceTable } from "../../src/core/types";

const annual2021: ColumnSpec[] = [
  { header: "Budget\n2021", role: "budget", year: 2021 },
  { header: "Bokslut\n2021", role: "outcome", year: 2021 },
  { header: "Avvikelse\nmot budget", role: "variance", year: 2021 },
  { header: "Bokslut\n2020", role: "outcome", year: 2020 },
];

export const socialaMyndighetsnamnden = (): SourceTable =>
  makeTable({
    title: "SOCIALA MYNDIGHETSNÄMNDEN",
    fromText: true,
    columns: annual2021,
    rows: [
      { label: "39. Sociala myndighetsnämnden", kind: "net", values: [19121, 27935, -8814, 25158] },
      { label: "Intäkter", kind: "revenue", values: [2125, 2866, 741, 4689] },
      { label: "Kostnader", kind: "cost", values: [21246, 30801, -9555, 29847] },
      { label: "Därav kapitalkostnader", kind: "ofWhich", values: [0, 0, 0, 0] },
      { label: "Summa nettokostnad", kind: "total", values: [19121, 27935, -8814, 25158] },
    ],
  });

export const socialOmsorg = (): SourceTable =>
  makeTable({
    title: "SOCIAL OMSORG",
    fromText: true,
    columns: annual2021,
    rows: [
      { label: "37. Social omsorg gemensam", kind: "net", values: [7133, 7458, -325, 5902] },
      { label: "32. Arbetsmarknadsenheten", kind: "net", values: [6621, 4821, 1800, 6380] },
      { label: "33. Individ- och familjeomsorg", kind: "net", values: [17033, 18487, -1454, 16298] },
      { label: "36. Flyktingenheten", kind: "net", values: [52, 238, -186, 448] },
      { label: "Intäkter", kind: "revenue", values: [5517, 6156, 639, 8721] },
      { label: "Kostnader", kind: "cost", values: [36356, 37160, -804, 37749] },
      { label: "Därav kapitalkostnader", kind: "ofWhich", values: [0, 0, 0, 0] },
      { label: "Summa nettokostnad", kind: "total", values: [30839, 31004, -165, 29028] },
    ],
  });

export const ekonomiVerksamhet = (): SourceTable =>
  makeTable({
    title: "EKONOMI – VERKSAMHET",
    fromText: true,
    columns: [
      { header: "Utfall\n2021", role: "outcome", year: 2021 },
      { header: "Utfall\n2022", role: "outcome", year: 2022 },
      { header: "Budget\n2022", role: "budget", year: 2022 },
      { header: "Avvikelse", role: "variance" },
    ],
    rows: [
      { label: "Förvaltningsgemensamt", kind: "net", values: [2479, -4564, -5515, 951] },
      { label: "Äldreomsorg", kind: "net", values: [-209080, -217677, -212549, -5128] },
      { label: "Verksamheten för funktionshindrade", kind: "net", values: [-81227, -85506, -83908, -1598] },
      { label: "Individ– och familjeomsorg", kind: "net", values: [-50084, -51901, -54575, 2674] },
      { label: "Arbetsmarknad och integration", kind: "net", values: [-4728, -3294, -4359, 1065] },
      { label: "Totalt", kind: "total", values: [342640, 362942, 360906, 2036] },
    ],
  });

const years = (from: number, to: number): ColumnSpec[] =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => {
    const year = from <= to ? from + i : from - i;
    return { header: String(year), role: "value", year };
  });

export const verksamhetsmatt = (): SourceTable =>
  makeTable({
    title: "VERKSAMHETSMÅTT OCH NYCKELTAL",
    kind: "keyFigures",
    unit: "count",
    fromText: true,
    columns: years(2018, 2022),
    rows: [
      {
        label: "Antal brukare i hemtjänst (exklusive larm, mattjänst)",
        kind: "measure",
        unit: "count",
        values: [230, 235, 270, 286, 302],
      },
      {
        label: "Beläggningsgrad totalt, i genomsnitt, %",
        kind: "measure",
        unit: "percent",
        values: [75, 77, 80, 80, 81],
      },
      {
        label: "Beläggningsgrad brukartid, i genomsnitt, %",
        kind: "measure",
        unit: "percent",
        values: [78, 56, 60, 61, 62],
      },
      {
        label: "Försörjningsstöd, belopp, tkr",
        kind: "measure",
        unit: "tkr",
        values: [4442, 6997, 10219, 9323, 5489],
      },
      {
        label: "Antal hushåll med försörjningsstöd under året",
        kind: "measure",
        unit: "count",
        values: [296, 255, 264, 291, 162],
      },
      {
        label: "Genomsnittlig bidragstid med försörjningsstöd, månader",
        kind: "measure",
        unit: "months",
        values: [7.9, 5.3, 5.8, 5.8, 3.8],
      },
      {
        label: "Andel heltidsarbetande i förvaltningen, %",
        kind: "measure",
        unit: "percent",
        values: [59, 63, 73, 75, 77],
      },
    ],
  });

export const ekonomi003 = (): SourceTable =>
  makeTable({
    title: "Ekonomi",
    transposed: true,
    fromText: true,
    columns: [2020, 2019, 2018].map((year) => ({ header: `Bokslut\n${year}`, role: "outcome", year })),
    rows: [
      { label: "Intäkter", kind: "revenue", values: [55773, 60240, 66101] },
      { label: "Kostnader", kind: "cost", values: [184781, 183103, 187309] },
      { label: "Nettokostnader", kind: "total", values: [129008, 122863, 121208] },
      { label: "Budget", kind: "net", role: "budget", values: [131727, 124391, 119777] },
      { label: "Budgetavvikelse", kind: "net", role: "variance", values: [2719, 1528, -1431] },
    ],
  });

export const nyckeltal003 = (): SourceTable =>
  makeTable({
    title: "Nyckeltal",
    kind: "keyFigures",
    fromText: true,
    columns: [2020, 2019, 2018].map((year) => ({ header: `År ${year}`, role: "value", year })),
    rows: [
      {
        label: "Försörjningsstöd, nettokostnad, Tkr",
        kind: "measure",
        unit: "tkr",
        values: [1345, 1666, 1456],
      },
      {
        label: "Socialpsykiatri, antal insatser daglig sysselsättning",
        kind: "measure",
        unit: "count",
        values: [16, 17, 13],
      },
      {
        label: "Antal personer som har hemtjänst under året",
        kind: "measure",
        unit: "count",
        values: [178, 174, 181],
      },
      {
        label: "Öppenvård, antal insatser barn och familj",
        kind: "measure",
        unit: "count",
        values: [44, 44, 64],
      },
    ],
  });

export const synthetic = (): SourceTable =>
  makeTable({
    title: "Resultaträkning, delår jan-aug 2025",
    columns: [
      { header: "Budget jan-aug 2025", role: "budget", year: 2025, toMonth: 8 },
      { header: "Utfall jan-aug 2025", role: "outcome", year: 2025, toMonth: 8 },
      { header: "Avvikelse", role: "variance", year: 2025, toMonth: 8 },
      { header: "Budget 2025", role: "budget", year: 2025 },
      { header: "Helårsprognos 2025", role: "forecast", year: 2025 },
      { header: "Avvikelse", role: "variance", year: 2025, againstForecast: true },
    ],
    rows: [
      { label: "Intäkter", kind: "revenue", values: [-20000, -18500, -1500, -30000, null, null] },
      { label: "Personalkostnader", kind: "cost", values: [80000, 78900, 1100, 120000, null, null] },
      { label: "Köp av verksamhet", kind: "cost", values: [40000, 47300, -7300, 60000, null, null] },
      { label: "Övriga kostnader", kind: "cost", values: [10000, 9100, 900, 15000, null, null] },
      { label: "Summa kostnader", kind: "total", values: [130000, 135300, -5300, 195000, null, null] },
      { label: "Resultat", kind: "total", values: [110000, 116800, -6800, 165000, null, null] },
    ],
  });

export const syntheticMonthly: readonly MonthlySeries[] = [
  {
    label: "Personalkostnader per månad (tkr)",
    byYear: new Map([
      [2024, [9400, 9300, 9500, 9600, 9700, 11800, 8200, 8900, 9800, 9900, 9900, 12500]],
      [2025, [9700, 9600, 9800, 9900, 10000, 12100, 8500, 9300, null, null, null, null]],
    ]),
  },
];
