import type { Line, Total } from "../types";

const isSummable = (line: Line) =>
  line.role === undefined &&
  line.kind !== "ofWhich" &&
  line.kind !== "section" &&
  line.kind !== "note" &&
  line.kind !== "measure";

/** The first row among a total's breakdowns (Infinity when it has none): folded, as a grand total has thousands. */
function firstRowOf(total: Total): number {
  let first = Infinity;
  for (const parts of total.breakdowns) for (const part of parts) first = Math.min(first, part.row);
  return first;
}

/**
 * The lines that may add up to `lines[index]`, nearest first: back to the table start or (with
 * `withinSection`) the previous section; an earlier total stands in for its own components. At
 * most `limit` items.
 */
export function collectItems(
  lines: readonly Line[],
  index: number,
  totals: ReadonlyMap<number, Total>,
  withinSection: boolean,
  limit = Infinity,
): Line[] {
  const self = lines[index];
  const items: Line[] = [];
  let skipFrom = Infinity;
  for (let j = index - 1; j >= 0 && items.length < limit; j--) {
    const line = lines[j]!;
    if (withinSection && (line.kind === "section" || line.section !== self?.section)) break;
    if (!isSummable(line)) continue;
    if (line.row >= skipFrom) continue;
    items.push(line);
    const total = totals.get(line.row);
    if (total) skipFrom = Math.min(line.row, firstRowOf(total));
  }
  return items;
}
