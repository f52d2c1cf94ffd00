import { isBlankRow } from "./isBlankRow";
import { isHeaderRow } from "./isHeaderRow";
import { isTitleLine } from "./isTitleLine";
import { readHeader } from "./readHeader";
import type { ReadGrid } from "./readGrid";

/**
 * The last 0-based row of a table body that starts at `start` (start − 1 for an empty body). The
 * body ends before a blank row, before a new header row, and before a title line that stands
 * right above a header (the next table's title).
 */
export function findBodyEnd(grid: ReadGrid, start: number): number {
  let row = start;
  while (row < grid.rows) {
    if (isBlankRow(grid, row) || isHeaderRow(grid, row, true)) break;
    if (isTitleLine(grid, row) && readHeader(grid, row + 1) !== undefined) break;
    row++;
  }
  return row - 1;
}
