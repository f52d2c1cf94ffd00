import { formatNumber } from "./formatNumber";
import type { Unit } from "../types";

const TKR_PER_UNIT: Partial<Record<Unit, number>> = { kr: 0.001, tkr: 1, mnkr: 1000, mdkr: 1_000_000 };

/** An amount of the given unit in tkr; null for units that are not money. */
export function toTkr(value: number, unit: Unit): number | null {
  const factor = TKR_PER_UNIT[unit];
  return factor === undefined ? null : value * factor;
}

/**
 * An amount as commentary writes it: "23,4 mnkr" from 1 mnkr up, "165 tusen kronor" below.
 * The sign is left out: the sentence says överskott or underskott.
 */
export function formatAmount(tkr: number): string {
  const magnitude = Math.abs(tkr);
  if (Math.round(magnitude / 100) >= 10) return `${formatNumber(magnitude / 1000, 1)} mnkr`;
  return `${formatNumber(magnitude, 0)} tusen kronor`;
}
