import { cleanNumber } from "./cleanNumber";

/**
 * `part` as a percent of |`whole`|; null when there is no share to speak of: a zero whole, or
 * one so small (a stray 1E-300) that the share overflows.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const percent = (part / Math.abs(whole)) * 100;
  return Number.isFinite(percent) ? cleanNumber(percent) : null;
}

/** `part` ÷ `whole`, signs kept (förbrukningsgrad); null on a missing or zero whole, or overflow. */
export function ratioOf(part: number, whole: number | null): number | null {
  if (!whole) return null;
  const ratio = part / whole;
  return Number.isFinite(ratio) ? cleanNumber(ratio) : null;
}
