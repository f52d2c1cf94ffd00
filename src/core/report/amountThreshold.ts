import type { Thresholds, Unit } from "../types";

const PER_TKR: Partial<Record<Unit, number>> = { kr: 1000, tkr: 1, mnkr: 0.001, mdkr: 0.000001 };

/** The materiality amount (given in tkr) in a table's own unit; tkr for units that are not money. */
export function amountThreshold(thresholds: Thresholds, unit: Unit): number {
  return thresholds.amountTkr * (PER_TKR[unit] ?? 1);
}
