import type { ColumnRole, Unit } from "../types";
import { findAmountUnit } from "./findAmountUnit";
import { MONTH_WORD } from "./monthOf";
import { parsePeriod } from "./parsePeriod";

export interface HeaderInfo {
  readonly role: Exclude<ColumnRole, "label">;
  readonly year?: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  /** The header named a part of the year ("jan-aug", "T2", "delår"). */
  readonly partOfYear: boolean;
  /** The header is one month name: a column of a monthly table. */
  readonly month?: number;
  readonly budgetKind?: "original" | "adjusted";
  /** Said in the text ("Avvikelse mot prognos"); otherwise the position decides. */
  readonly againstForecast?: boolean;
  readonly unit?: Unit;
  /** Nothing but role, period and unit words: "Budget", "Budgetavvikelse 2020", not "Budget- och skuldrådgivning". */
  readonly exact: boolean;
}

const W = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, "iu");
const VARIANCE = /avvikelse|(?<![\p{L}])avv(?![\p{L}])|(?<![\p{L}])differens(?![\p{L}])/iu;
const FORECAST = /prognos/iu;
const OUTCOME = W("utfall|bokslut|redovisat|redovisning|bokfört|verkligt");
const BUDGET = /budget|(?<![\p{L}])budg(?![\p{L}])/iu;
const ADJUSTED = W(
  "justerad|just|reviderad|revid|rev|ombudgeterad|korrigerad|aktuell|inkl|inklusive|tilläggsanslag|tilläggsbudget",
);
const ORIGINAL = W("ursprunglig|urspr|fastställd|antagen|beslutad");
const TO_FORECAST = /prognos/iu;

/** Words a pure header may hold besides its role: "Avvikelse mot budget", "Belopp i tkr", "År 2020". */
const FILLER = [
  "avvikelse",
  "avv",
  "differens",
  "mot",
  "helårs",
  "helår",
  "års",
  "år",
  "prognos",
  "utfall",
  "bokslut",
  "redovisat",
  "redovisning",
  "bokfört",
  "verkligt",
  "period",
  "budget",
  "budg",
  "justerad",
  "just",
  "reviderad",
  "revid",
  "rev",
  "ombudgeterad",
  "korrigerad",
  "aktuell",
  "inkl",
  "inklusive",
  "tilläggsanslag",
  "tilläggsbudget",
  "ursprunglig",
  "urspr",
  "fastställd",
  "antagen",
  "beslutad",
  "belopp",
  "i",
  "per",
  "tom",
  "t",
  "o",
  "m",
  "och",
  "med",
  "till",
  "ack",
  "ackumulerat",
  "delår",
  "delårs",
  "halvår",
  "tertial",
  "e",
  "a",
  "tkr",
  "mnkr",
  "mkr",
  "mdkr",
  "kr",
  "kronor",
  "tusen",
  "miljoner",
];
const FILLER_WORDS = new RegExp(`(?<![\\p{L}])(?:${FILLER.join("|")})(?![\\p{L}])`, "giu");
const MONTHS = new RegExp(MONTH_WORD, "giu");

function roleOf(text: string, year: number | undefined, exact: boolean): HeaderInfo["role"] {
  if (VARIANCE.test(text)) return "variance";
  if (FORECAST.test(text)) return "forecast";
  if (OUTCOME.test(text)) return "outcome";
  if (BUDGET.test(text)) return "budget";
  return year !== undefined && exact ? "value" : "unknown";
}

function isExact(text: string): boolean {
  const rest = text
    .replace(MONTHS, " ")
    .replace(/(budget|prognos|avvikelse)/giu, " $1 ")
    .replace(FILLER_WORDS, " ");
  return !/\p{L}{2,}/u.test(rest);
}

/**
 * A column header read as a role and a period: "Budget\n2021" is the 2021 budget, "Utfall
 * jan-aug 2025" the outcome of January–August, "Avvikelse mot budget" a variance, "År 2020" or
 * "2020" a value for 2020, "Helårsprognos 2025" the full-year forecast.
 */
export function parseHeader(header: string | number): HeaderInfo {
  const text = String(header)
    .replace(/[\s\u00a0\u2009\u202f]+/g, " ")
    .trim();
  const period = parsePeriod(text);
  const exact = isExact(text);
  const role = roleOf(text, period.year, exact);
  const unit = findAmountUnit(text);
  const kind = ADJUSTED.test(text) ? "adjusted" : ORIGINAL.test(text) ? "original" : undefined;
  return {
    role,
    ...(period.year !== undefined ? { year: period.year } : {}),
    fromMonth: period.fromMonth,
    toMonth: period.toMonth,
    partOfYear: period.partOfYear,
    ...(period.month !== undefined ? { month: period.month } : {}),
    ...(role === "budget" && kind ? { budgetKind: kind } : {}),
    ...(role === "variance" && TO_FORECAST.test(text) ? { againstForecast: true } : {}),
    ...(unit ? { unit } : {}),
    exact,
  };
}
