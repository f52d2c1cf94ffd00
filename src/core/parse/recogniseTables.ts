import type { SheetGrid, SourceTable } from "../types";
import { readGrid } from "./readGrid";
import { readHeader } from "./readHeader";
import { recogniseTableAt } from "./recogniseTableAt";

/**
 * Every table on a sheet, top to bottom: a header row (or two merged), the label column, each
 * data column's role and period, and the body down to a blank row, a new header, or the title
 * line of the next table. Rows are 1-based sheet rows, counted from `sheet.origin`.
 */
export function recogniseTables(sheet: SheetGrid): SourceTable[] {
  const grid = readGrid(sheet.cells);
  const place = { sheet: sheet.name, origin: sheet.origin ?? { row: 0, col: 0 } };
  const tables: SourceTable[] = [];
  let row = 0;
  while (row < grid.rows) {
    const header = readHeader(grid, row);
    const found = header ? recogniseTableAt(grid, header, place) : undefined;
    if (found) tables.push(found.table);
    row = found ? found.lastRow + 1 : row + 1;
  }
  return tables;
}
