/**
 * TableAnalyses written by hand for the report tests: the source tables of the fixtures
 * (fixtureTables), with the totals, deviations and forecasts the fixtures' facts state —
 * not computed by the engine, so the report is tested on its own.
 */
import { socialaMyndighetsnamnden, synthetic, verksamhetsmatt } from "./fixtureTables";
import type { LineForecast, SourceTable, TableAnalysis, Variance } from "../../src/core/types";

const year2021 = { year: 2021, fromMonth: 1, toMonth: 12 };

function variance(
  table: SourceTable,
  row: number,
  computed: number,
  period = year2021,
  budgetCol = "B",
  actualCol = "C",
): Variance {
  const line = table.lines.find((l) => l.row === row)!;
  const budget = line.values[budgetCol]!;
  const actual = line.values[actualCol]!;
  return {
    row,
    label: line.label,
    kind: line.kind,
    period,
    against: "outcome",
    budgetCell: `Blad1!${budgetCol}${row}`,
    actualCell: `Blad1!${actualCol}${row}`,
    budget,
    actual,
    computed,
    percentOfBudget: budget === 0 ? null : (computed / Math.abs(budget)) * 100,
  };
}

/** 000 Sociala myndighetsnämnden: absolute convention; Summa nettokostnad = Kostnader − Intäkter = the unit row. */
export function socialaAnalysis(table: SourceTable = socialaMyndighetsnamnden()): TableAnalysis {
  const row = (label: string) => table.lines.find((l) => l.label === label)?.row ?? -1;
  const deviations: Record<string, number> = {
    "39. Sociala myndighetsnämnden": -8814,
    Intäkter: 741,
    Kostnader: -9555,
    "Därav kapitalkostnader": 0,
    "Summa nettokostnad": -8814,
  };
  return {
    key: `Blad1!${table.range}`,
    table,
    signConvention: {
      convention: "absolute",
      source: "variance-column",
      reason: "Absoluta belopp: radens slag avgör.",
      reasonEn: "Absolute amounts: the kind of row decides.",
    },
    totals: [
      {
        row: row("Summa nettokostnad"),
        label: "Summa nettokostnad",
        unbalanced: false,
        breakdowns: [
          [
            { row: row("Intäkter"), sign: -1 },
            { row: row("Kostnader"), sign: 1 },
          ],
          [{ row: row("39. Sociala myndighetsnämnden"), sign: 1 }],
        ],
      },
    ],
    variances: table.lines
      .filter((l) => l.label in deviations)
      .map((l) => variance(table, l.row, deviations[l.label]!)),
    keyFigures: [],
    trends: [],
    commentary: ["Årets resultat för sociala myndighetsnämnden var ett underskott på 8,8 miljoner kronor."],
    findings: [],
  };
}

/** The synthetic interim table (ledger): budget-profile forecasts 78 900 + 40 000 = 118 900 and so on. */
export function syntheticAnalysis(): TableAnalysis {
  const table = synthetic();
  const period = { year: 2025, fromMonth: 1, toMonth: 8 };
  const ledger = [-1500, 1100, -7300, 900, -5300, -6800];
  const forecastOf: [number, number][] = [
    [-18500 + -10000, -30000],
    [78900 + 40000, 120000],
    [47300 + 20000, 60000],
    [9100 + 5000, 15000],
  ];
  const forecasts: LineForecast[] = table.lines.slice(0, 4).map((l, i) => ({
    row: l.row,
    label: l.label,
    kind: l.kind,
    outcome: l.values.C!,
    fullYearBudget: forecastOf[i]![1],
    forecast: {
      method: "budget-profile",
      value: forecastOf[i]![0],
      explanation: `Budgetprofil för ${l.label}.`,
    },
    deviation: forecastOf[i]![1] - forecastOf[i]![0],
  }));
  return {
    key: `Blad1!${table.range}`,
    table,
    signConvention: {
      convention: "ledger",
      source: "variance-column",
      reason: "Huvudbokens tecken: budget − utfall.",
      reasonEn: "Ledger signs: budget − outcome.",
    },
    totals: [
      {
        row: 7,
        label: "Summa kostnader",
        unbalanced: false,
        breakdowns: [
          [
            { row: 4, sign: 1 },
            { row: 5, sign: 1 },
            { row: 6, sign: 1 },
          ],
        ],
      },
      {
        row: 8,
        label: "Resultat",
        unbalanced: false,
        breakdowns: [
          [
            { row: 3, sign: 1 },
            { row: 7, sign: 1 },
          ],
        ],
      },
    ],
    variances: table.lines.map((l, i) => variance(table, l.row, ledger[i]!, period)),
    interim: {
      months: 8,
      linearShare: 8 / 12,
      consumption: [],
      forecasts,
    },
    keyFigures: [],
    trends: [],
    commentary: ["Periodens resultat är ett underskott om 6,8 mnkr.", "Orsak: [skriv orsaken]"],
    findings: [],
  };
}

/** 001 Verksamhetsmått och nyckeltal: a key-figure table, years oldest first. */
export function keyFigureAnalysis(): TableAnalysis {
  const table = verksamhetsmatt();
  return {
    key: `Blad1!${table.range}`,
    table,
    signConvention: { convention: "ledger", source: "data", reason: "", reasonEn: "" },
    totals: [],
    variances: [],
    keyFigures: [],
    trends: [],
    commentary: [],
    findings: [],
  };
}
