import type { ColumnRole, Severity, SignConvention, Unit } from "../core/types";
import { UNIT_NAMES } from "../core/format/unitNames";
import type { Lang } from "./CliError";

/** The words of the human-readable output, in Swedish and English. */
export interface Texts {
  readonly unit: string;
  readonly units: Readonly<Record<Unit, string>>;
  readonly signConvention: string;
  readonly conventions: Readonly<Record<SignConvention, string>>;
  readonly columns: string;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly adjustedBudget: string;
  readonly originalBudget: string;
  readonly varianceAgainstForecast: string;
  readonly months: readonly string[];
  readonly severities: Readonly<Record<Severity, string>>;
  readonly count: (severity: Severity, n: number) => string;
  readonly noFindings: string;
  readonly expected: string;
  readonly actual: string;
  readonly tables: (n: number) => string;
}

const SV: Texts = {
  unit: "Enhet",
  units: UNIT_NAMES.sv,
  signConvention: "Teckenkonvention",
  conventions: {
    ledger: "bokföring (kostnader +, intäkter −)",
    result: "resultat (kostnader −, intäkter +)",
    absolute: "absoluta belopp (alla belopp +)",
  },
  columns: "Kolumner",
  roles: {
    label: "radnamn",
    budget: "budget",
    outcome: "utfall",
    forecast: "prognos",
    variance: "avvikelse",
    value: "värde",
    unknown: "okänd",
  },
  adjustedBudget: "justerad budget",
  originalBudget: "ursprunglig budget",
  varianceAgainstForecast: "avvikelse mot prognos",
  months: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  severities: { error: "Fel", warning: "Varningar", info: "Info" },
  count: (severity, n) =>
    `${n} ${severity === "error" ? "fel" : severity === "warning" ? (n === 1 ? "varning" : "varningar") : "info"}`,
  noFindings: "Inga anmärkningar.",
  expected: "väntat",
  actual: "faktiskt",
  tables: (n) => `${n} ${n === 1 ? "tabell" : "tabeller"}`,
};

const EN: Texts = {
  unit: "Unit",
  units: UNIT_NAMES.en,
  signConvention: "Sign convention",
  conventions: {
    ledger: "ledger (costs +, revenues −)",
    result: "result (costs −, revenues +)",
    absolute: "absolute amounts (all amounts +)",
  },
  columns: "Columns",
  roles: {
    label: "label",
    budget: "budget",
    outcome: "outcome",
    forecast: "forecast",
    variance: "variance",
    value: "value",
    unknown: "unknown",
  },
  adjustedBudget: "adjusted budget",
  originalBudget: "original budget",
  varianceAgainstForecast: "variance against forecast",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  severities: { error: "Errors", warning: "Warnings", info: "Info" },
  count: (severity, n) =>
    `${n} ${severity === "error" ? (n === 1 ? "error" : "errors") : severity === "warning" ? (n === 1 ? "warning" : "warnings") : "info"}`,
  noFindings: "No findings.",
  expected: "expected",
  actual: "actual",
  tables: (n) => `${n} ${n === 1 ? "table" : "tables"}`,
};

export function textsFor(lang: Lang): Texts {
  return lang === "sv" ? SV : EN;
}
