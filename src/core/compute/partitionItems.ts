import { isRevenueLike } from "./isRevenueLike";
import { roundingUnit, widenDecimals } from "./roundingUnit";
import type { Column, Line, SignConvention } from "../types";

export type Part = { readonly row: number; readonly sign: 1 | -1 };

interface PartitionOptions {
  readonly minLength: number;
  readonly exact: boolean;
  readonly first: boolean;
}

/**
 * A total and what its segments are compared with: the columns where it has a number, those
 * numbers, and their rounding units; found once for all its segments.
 */
interface Target {
  readonly addresses: readonly string[];
  readonly values: readonly number[];
  readonly units: readonly number[];
  /** The ways items are signed: as they are, and (absolute convention) with revenues turned too. */
  readonly flips: 1 | 2;
  /** The total is revenue-like (read in the absolute convention only). */
  readonly revenue: boolean;
}

/**
 * The sign a line is added to a total with: in the absolute convention revenues subtract from
 * costs (`flipped`: the other way round).
 */
function signOf(convention: SignConvention, target: Target, item: Line, flipped: boolean): 1 | -1 {
  if (convention !== "absolute") return 1;
  const same = isRevenueLike(item) === target.revenue;
  return same !== flipped ? 1 : -1;
}

/**
 * The shortest segment of `items` from `start` (at least `minLength` long) that adds up to the total
 * in every compared column, and where it ends. The sums and the rounding unit of the terms grow one
 * item at a time, so a search over k items costs k steps, not k² (a "Totalt" over 10 000 Summa rows).
 * Plain loops over flat arrays: this runs for every line of a table.
 */
function findSegment(
  target: Target,
  items: readonly Line[],
  start: number,
  convention: SignConvention,
  options: PartitionOptions,
): { readonly parts: Part[]; readonly end: number } | undefined {
  const { addresses, values, flips } = target;
  const columns = addresses.length;
  // sums[flip * columns + k]: the segment's sum in column k, items signed by that flip.
  const sums = new Array<number>(flips * columns).fill(0);
  const units = [...target.units];
  for (let end = start + 1; end <= items.length; end++) {
    const item = items[end - 1]!;
    const sign0 = signOf(convention, target, item, false);
    const sign1 = flips === 2 ? signOf(convention, target, item, true) : sign0;
    for (let k = 0; k < columns; k++) {
      const term = item.values[addresses[k]!] ?? 0;
      if (!options.exact) units[k] = Math.min(units[k]!, 10 ** -widenDecimals(0, term));
      sums[k]! += term * sign0;
      if (flips === 2) sums[columns + k]! += term * sign1;
    }
    const length = end - start;
    if (length < options.minLength || columns === 0) continue;
    let f = -1;
    for (let i = 0; i < flips && f < 0; i++) {
      let matches = true;
      for (let k = 0; k < columns && matches; k++) {
        const tolerance = options.exact ? 1e-9 : units[k]! * length + 1e-9;
        matches = Math.abs(sums[i * columns + k]! - values[k]!) <= tolerance;
      }
      if (matches) f = i;
    }
    if (f < 0) continue;
    // The segment's lines, nearest the total first.
    const parts: Part[] = [];
    for (let j = end - 1; j >= start; j--) {
      const line = items[j]!;
      parts.push({ row: line.row, sign: signOf(convention, target, line, f === 1) });
    }
    return { parts, end };
  }
  return undefined;
}

/**
 * Breakdowns of a total: the items above it (nearest first) cut into contiguous segments from
 * the bottom that each add up to it in every amount column. `minLength` 2 for unlabelled rows.
 */
export function partitionItems(
  total: Line,
  items: readonly Line[],
  columns: readonly Column[],
  convention: SignConvention,
  options: PartitionOptions,
): Part[][] {
  if (!columns.some((c) => (total.values[c.address] ?? 0) !== 0)) return [];
  const compared = columns.filter((c) => total.values[c.address] != null);
  const values = compared.map((c) => total.values[c.address]!);
  const target: Target = {
    addresses: compared.map((c) => c.address),
    values,
    units: options.exact ? [] : values.map((value) => roundingUnit([value])),
    flips: convention === "absolute" ? 2 : 1,
    revenue: convention === "absolute" && isRevenueLike(total),
  };
  const breakdowns: Part[][] = [];
  let start = 0;
  while (start < items.length) {
    const found = findSegment(target, items, start, convention, options);
    if (!found) break;
    breakdowns.push(found.parts);
    start = found.end;
    if (options.first) break;
  }
  return breakdowns;
}
