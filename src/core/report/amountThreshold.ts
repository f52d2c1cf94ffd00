import type { Thresholds, Unit } from "../types";

const PER_TKR: Partial<Record<Unit, number>> = { kr: 1000, tkr: 1, mnkr: 0.001, mdkr: 0.000001 };

/** The materiality amount (given in tkr) in a table's own unit; tkr for units that are not money. */
export function amountThreshold(thresholds: Thresholds, unit: Unit): number {
  return thresholds.amountTkr * (PER_TKR[unit] ?? 1);
}

/** Whether a deviation is material: at least the amount (in the table's unit) and the share of the budget. */
export function isMaterial(deviation: number, budget: number, unit: Unit, thresholds: Thresholds): boolean {
  const magnitude = Math.abs(deviation);
  return (
    magnitude > 0 &&
    magnitude >= amountThreshold(thresholds, unit) &&
    magnitude >= thresholds.percent * Math.abs(budget)
  );
}
