import { toTkr } from "../format/formatAmount";
import { formatNumber, formatSigned } from "../format/formatNumber";
import { isMaterial } from "./amountThreshold";
import type { Thresholds, Unit } from "../types";

export const CAUSE_PLACEHOLDER = "Orsak: …";

/**
 * The Kommentar stub of a material line — "Avvikelse −11,7 mnkr (−26 %). Orsak: …" — or
 * undefined when the deviation is within the thresholds (|avvikelse| under the amount, or under
 * the share of the budget).
 */
export function writeCommentStub(
  deviation: number,
  budget: number,
  unit: Unit,
  thresholds: Thresholds,
): string | undefined {
  if (!isMaterial(deviation, budget, unit, thresholds)) return undefined;
  const tkr = toTkr(deviation, unit) ?? deviation;
  const sign = deviation < 0 ? "\u2212" : "+";
  const amount =
    Math.abs(tkr) >= 1000
      ? `${sign}${formatNumber(Math.abs(tkr) / 1000, 1)} mnkr`
      : `${formatSigned(tkr, 0)} tkr`;
  const share =
    budget === 0 ? "" : ` (${formatSigned(Math.round((deviation / Math.abs(budget)) * 100), 0)} %)`;
  return `Avvikelse ${amount}${share}. ${CAUSE_PLACEHOLDER}`;
}
