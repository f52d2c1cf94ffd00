import type { Line } from "./types";

/**
 * Where the line of a sheet row stands in `lines`. The lines of a recognised table are its
 * consecutive body rows, so a row's line is found by its offset from the first, with no map of
 * every line (100 000 in a large ledger); lines that are not consecutive (a table put together
 * by hand) go through a map, the last line of a row winning as in `new Map`.
 */
export function indexLinesByRow(lines: readonly Line[]): (row: number) => number | undefined {
  const first = lines[0]?.row ?? 0;
  if (lines.every((line, i) => line.row === first + i)) {
    return (row) => (lines[row - first]?.row === row ? row - first : undefined);
  }
  const byRow = new Map<number, number>();
  lines.forEach((line, i) => byRow.set(line.row, i));
  return (row) => byRow.get(row);
}
