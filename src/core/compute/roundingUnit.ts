/**
 * The decimals printed so far (`decimals`) widened to those of `value`, at most six: a number's
 * decimals are the fewest that write it whole (within 1e-6).
 */
export function widenDecimals(decimals: number, value: number): number {
  if (!Number.isFinite(value)) return decimals;
  for (let d = decimals; d < 6 && Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) > 1e-6; d++) {
    decimals = d + 1;
  }
  return decimals;
}

/** The value of one unit in the last printed digit of the numbers given: 1 for whole tkr, 0.1 for "7,9". */
export function roundingUnit(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) decimals = widenDecimals(decimals, value);
  return 10 ** -decimals;
}
