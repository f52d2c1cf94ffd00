import type { Period } from "../types";

/** Same months, and the same year unless one side does not name it. */
export function isSamePeriod(a: Period, b: Period): boolean {
  const sameYear = a.year === undefined || b.year === undefined || a.year === b.year;
  return sameYear && a.fromMonth === b.fromMonth && a.toMonth === b.toMonth;
}
