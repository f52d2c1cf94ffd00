import type { Thresholds } from "../core/types";
import { usageError } from "./CliError";

const NUMBER = /^\d+(?:[.]\d+)?$/;

/**
 * "--thresholds 5%,100": the share of budget (in percent, "%" optional) and the amount in tkr
 * that a deviation must both reach to be material. "2.5%,50" is allowed; a decimal comma is not,
 * the comma separates the two.
 */
export function parseThresholds(text: string): Thresholds {
  const parts = text.split(",").map((part) => part.trim());
  const [percentText = "", amountText = ""] = parts;
  const percent = percentText.replace(/\s*%$/, "");
  if (parts.length !== 2 || !NUMBER.test(percent) || !NUMBER.test(amountText)) {
    throw usageError(
      `--thresholds väntar PROCENT,TKR, till exempel 5%,100 (fick "${text}")`,
      `--thresholds expects PERCENT,TKR, for example 5%,100 (got "${text}")`,
    );
  }
  if (Number(percent) > 100) {
    throw usageError(
      `--thresholds: procentgränsen ska vara högst 100 (fick ${percent})`,
      `--thresholds: the percent threshold must be at most 100 (got ${percent})`,
    );
  }
  return { percent: Number(percent) / 100, amountTkr: Number(amountText) };
}
