import { isRevenueLike } from "./isRevenueLike";
import { roundingUnit } from "./roundingUnit";
import type { Column, Line, SignConvention } from "../types";

export type Part = { readonly row: number; readonly sign: 1 | -1 };

/** The sign a line is added to a total with: in the absolute convention revenues subtract from costs. */
function signOf(convention: SignConvention, total: Line, item: Line, flipped: boolean): 1 | -1 {
  if (convention !== "absolute") return 1;
  const same = isRevenueLike(item) === isRevenueLike(total);
  return same !== flipped ? 1 : -1;
}

function adds(
  total: Line,
  segment: readonly Line[],
  signs: readonly (1 | -1)[],
  columns: readonly Column[],
  exact: boolean,
) {
  let compared = 0;
  for (const column of columns) {
    const value = total.values[column.address];
    if (value == null) continue;
    const terms = segment.map((line, i) => (line.values[column.address] ?? 0) * signs[i]!);
    const sum = terms.reduce((a, b) => a + b, 0);
    const tolerance = exact ? 1e-9 : roundingUnit([value, ...terms]) * segment.length + 1e-9;
    if (Math.abs(sum - value) > tolerance) return false;
    compared++;
  }
  return compared > 0;
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
  options: { readonly minLength: number; readonly exact: boolean; readonly first: boolean },
): Part[][] {
  if (!columns.some((c) => (total.values[c.address] ?? 0) !== 0)) return [];
  const breakdowns: Part[][] = [];
  let start = 0;
  while (start < items.length) {
    let found: Part[] | undefined;
    for (let end = start + options.minLength; end <= items.length && !found; end++) {
      const segment = items.slice(start, end);
      for (const flipped of convention === "absolute" ? [false, true] : [false]) {
        const signs = segment.map((item) => signOf(convention, total, item, flipped));
        if (!adds(total, segment, signs, columns, options.exact)) continue;
        found = segment.map((line, i) => ({ row: line.row, sign: signs[i]! })).reverse();
        start = end;
        break;
      }
    }
    if (!found) break;
    breakdowns.push(found);
    if (options.first) break;
  }
  return breakdowns;
}
