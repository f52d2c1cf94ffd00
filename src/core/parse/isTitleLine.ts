import type { ReadGrid } from "./readGrid";

/** A row holding one text cell and nothing else: a table's title when a header follows it. */
export function isTitleLine(grid: ReadGrid, row: number): boolean {
  if (row < 0 || row >= grid.rows) return false;
  let filled = 0;
  for (let c = 0; c < grid.cols; c++) {
    const kind = grid.cell(row, c).kind;
    if (kind === "empty") continue;
    if (kind !== "text") return false;
    filled++;
  }
  return filled === 1;
}
