import type { Thresholds } from "../core/types";
import { usageError } from "./CliError";

/**
 * The share with a decimal point, or a decimal comma when "%" closes it (else the comma would be
 * ambiguous: is "2,5,50" 2,5 % and 50, or 2 % and 5,50?); then the amount, with a decimal point.
 */
const FORM = /^\s*(\d+(?:\.\d+)?|\d+,\d+(?=\s*%))\s*%?\s*,\s*(\d+(?:\.\d+)?)\s*$/;

const toNumber = (text: string) => Number(text.replace(",", "."));

/**
 * "--thresholds 5%,100": the share of budget (in percent, "%" optional) and the amount in tkr
 * that a deviation must both reach to be material. "2.5%,50" and, as Swedish users type it,
 * "2,5%,50" are both 2,5 % and 50 tkr.
 */
export function parseThresholds(text: string): Thresholds {
  const match = FORM.exec(text);
  if (!match) {
    throw usageError(
      `--thresholds väntar PROCENT,TKR, till exempel 5%,100 (fick "${text}")`,
      `--thresholds expects PERCENT,TKR, for example 5%,100 (got "${text}")`,
    );
  }
  const percent = toNumber(match[1]!);
  if (percent > 100) {
    throw usageError(
      `--thresholds: procentgränsen ska vara högst 100 (fick ${match[1]!})`,
      `--thresholds: the percent threshold must be at most 100 (got ${match[1]!})`,
    );
  }
  return { percent: percent / 100, amountTkr: toNumber(match[2]!) };
}
