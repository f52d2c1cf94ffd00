/** The value of one unit in the last printed digit of the numbers given: 1 for whole tkr, 0.1 for "7,9". */
export function roundingUnit(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    for (let d = decimals; d < 6 && Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) > 1e-6; d++) {
      decimals = d + 1;
    }
  }
  return 10 ** -decimals;
}
