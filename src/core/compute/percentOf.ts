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
