import type { ReadGrid } from "./readGrid";

/** A row with nothing in it. */
export function isBlankRow(grid: ReadGrid, row: number): boolean {
  for (let c = 0; c < grid.cols; c++) if (grid.cell(row, c).kind !== "empty") return false;
  return true;
}
