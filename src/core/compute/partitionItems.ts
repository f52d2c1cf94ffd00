import { isRevenueLike } from "./isRevenueLike";
import { roundingUnit } from "./roundingUnit";
import type { Column, Line, SignConvention } from "../types";

export type Part = { readonly row: number; readonly sign: 1 | -1 };

interface PartitionOptions {
  readonly minLength: number;
  readonly exact: boolean;
  readonly first: boolean;
}

/** The sign a line is added to a total with: in the absolute convention revenues subtract from costs. */
function signOf(convention: SignConvention, total: Line, item: Line, flipped: boolean): 1 | -1 {
  if (convention !== "absolute") return 1;
  const same = isRevenueLike(item) === isRevenueLike(total);
  return same !== flipped ? 1 : -1;
}

/**
 * The shortest segment of `items` from `start` (at least `minLength` long) that adds up to the total
 * in every compared column, and where it ends. The sums and the rounding unit of the terms grow one
 * item at a time, so a search over k items costs k steps, not k² (a "Totalt" over 10 000 Summa rows).
 */
function findSegment(
  total: Line,
  items: readonly Line[],
  start: number,
  columns: readonly Column[],
  convention: SignConvention,
  options: PartitionOptions,
): { readonly parts: Part[]; readonly end: number } | undefined {
  const compared = columns.filter((c) => total.values[c.address] != null);
  const values = compared.map((c) => total.values[c.address]!);
  const flips = convention === "absolute" ? [false, true] : [false];
  const sums = flips.map(() => compared.map(() => 0));
  const units = values.map((value) => roundingUnit([value]));
  for (let end = start + 1; end <= items.length; end++) {
    const item = items[end - 1]!;
    // Plain loops: this runs for every line of a table times the lines above it.
    for (let k = 0; k < compared.length; k++) {
      const term = item.values[compared[k]!.address] ?? 0;
      if (!options.exact) units[k] = Math.min(units[k]!, roundingUnit([term]));
      for (let i = 0; i < flips.length; i++)
        sums[i]![k]! += term * signOf(convention, total, item, flips[i]!);
    }
    const length = end - start;
    if (length < options.minLength || compared.length === 0) continue;
    let f = -1;
    for (let i = 0; i < flips.length && f < 0; i++) {
      let matches = true;
      for (let k = 0; k < values.length && matches; k++) {
        const tolerance = options.exact ? 1e-9 : units[k]! * length + 1e-9;
        matches = Math.abs(sums[i]![k]! - values[k]!) <= tolerance;
      }
      if (matches) f = i;
    }
    if (f < 0) continue;
    const segment = items.slice(start, end);
    const parts = segment.map((line) => ({
      row: line.row,
      sign: signOf(convention, total, line, flips[f]!),
    }));
    return { parts: parts.reverse(), end };
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
  const breakdowns: Part[][] = [];
  let start = 0;
  while (start < items.length) {
    const found = findSegment(total, items, start, columns, convention, options);
    if (!found) break;
    breakdowns.push(found.parts);
    start = found.end;
    if (options.first) break;
  }
  return breakdowns;
}
