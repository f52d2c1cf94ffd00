import { NUMBER_FORMATS } from "./types";
import type { ReportRows, RowModel } from "./collectReportRows";
import type { Unit } from "../types";

/** The number formats of a budget table's amount and deviation columns. */
export interface AmountFormats {
  readonly amount: string;
  readonly deviation: string;
}

const WHOLE: AmountFormats = { amount: NUMBER_FORMATS.amount, deviation: NUMBER_FORMATS.deviation };
const ONE_DECIMAL: AmountFormats = {
  amount: NUMBER_FORMATS.decimal,
  deviation: NUMBER_FORMATS.deviationDecimal,
};

/** Not a whole number, beyond the noise of floating point (a source cell's cached 1 999.9999999997). */
const fractional = (value: number | undefined) =>
  value !== undefined && Math.abs(value - Math.round(value)) > 1e-6;

const hasFraction = (row: RowModel) =>
  fractional(row.budget) ||
  fractional(row.outcome) ||
  fractional(row.fullBudget) ||
  (row.forecast?.given === true && fractional(row.forecast.value)) ||
  row.priors.some(fractional) ||
  row.leading.some(fractional);

/**
 * Whole amounts for tables in tkr or kr whose source amounts are whole; one decimal for tables
 * in mnkr or mdkr and for any table whose source amounts carry decimals, so "−210,5 mnkr" is not
 * shown as "−211" beside a Kommentar that says −10,5. Computed forecasts do not decide.
 */
export function amountFormats(rows: ReportRows, unit: Unit): AmountFormats {
  return unit === "mnkr" || unit === "mdkr" || rows.rows.some(hasFraction) ? ONE_DECIMAL : WHOLE;
}
