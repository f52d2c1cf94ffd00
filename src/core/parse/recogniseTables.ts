import { settingFor, tableKey } from "../tableKey";
import type { ColumnRole, SheetGrid, SourceTable } from "../types";
import { readGrid } from "./readGrid";
import { readHeader } from "./readHeader";
import { recogniseTableAt } from "./recogniseTableAt";

/**
 * Every table on a sheet, top to bottom: a header row (or two merged), the label column, each
 * data column's role and period, and the body down to a blank row, a new header, or the title
 * line of the next table. Rows are 1-based sheet rows, counted from `sheet.origin`. A table with
 * corrected column roles in `columnRoles` (by its settings key, `Sheet!A1`) is read again with them.
 */
export function recogniseTables(
  sheet: SheetGrid,
  columnRoles: Readonly<Record<string, Readonly<Record<string, ColumnRole>>>> = {},
): SourceTable[] {
  const grid = readGrid(sheet.cells);
  const place = { sheet: sheet.name, origin: sheet.origin ?? { row: 0, col: 0 } };
  const tables: SourceTable[] = [];
  let row = 0;
  while (row < grid.rows) {
    const header = readHeader(grid, row);
    const first = header ? recogniseTableAt(grid, header, place) : undefined;
    const roles = first ? settingFor(columnRoles, tableKey(first.table)) : undefined;
    const found = header && roles ? (recogniseTableAt(grid, header, place, roles) ?? first) : first;
    if (found) tables.push(found.table);
    row = found ? found.lastRow + 1 : row + 1;
  }
  return tables;
}
