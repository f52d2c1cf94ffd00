/** A computed number without float dust (7.9 − 5.3 is 2.6, not 2.6000000000000005). */
export function cleanNumber(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Whole numbers (most amounts in tkr) carry no dust: no string round trip.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value === 0 ? 0 : value;
  const cleaned = Number.parseFloat(value.toPrecision(12));
  return Object.is(cleaned, -0) ? 0 : cleaned;
}
