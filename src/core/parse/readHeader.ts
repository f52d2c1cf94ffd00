import { isHeaderRow } from "./isHeaderRow";
import { isYearCell } from "./isYearCell";
import { parseHeader } from "./parseHeader";
import type { ReadGrid } from "./readGrid";

/** The header of a table: one row, or two merged ("Budget" over "2021"). */
export interface HeaderBlock {
  /** 0-based grid rows. */
  readonly rows: readonly number[];
  /** Header text of every column, the lines of a two-row header joined by "\n". */
  readonly texts: readonly string[];
}

function isDataHeader(grid: ReadGrid, row: number, col: number): boolean {
  const cell = grid.cell(row, col);
  if (isYearCell(cell)) return true;
  if (cell.kind !== "text") return false;
  const header = parseHeader(cell.text);
  return header.role !== "unknown" || header.month !== undefined;
}

/** The row below a header continues it: only text and years, and something under a data header. */
function continues(grid: ReadGrid, row: number, next: number): boolean {
  if (next >= grid.rows) return false;
  if (isHeaderRow(grid, next) && !onlyPeriods(grid, next) && !onlyPeriods(grid, row)) return false;
  let underData = false;
  for (let c = 0; c < grid.cols; c++) {
    const cell = grid.cell(next, c);
    if (cell.kind === "empty") continue;
    if (cell.kind !== "text" && !isYearCell(cell)) return false;
    if (isDataHeader(grid, row, c)) underData = true;
  }
  return underData;
}

/** A row of years and periods only ("2021", "jan-aug 2025"): the second line of a header. */
function onlyPeriods(grid: ReadGrid, row: number): boolean {
  for (let c = 0; c < grid.cols; c++) {
    const cell = grid.cell(row, c);
    if (cell.kind === "empty" || isYearCell(cell)) continue;
    if (cell.kind !== "text") return false;
    const header = parseHeader(cell.text);
    if (header.role !== "value" && header.role !== "unknown") return false;
  }
  return true;
}

/**
 * The header that starts at `row`, if the row is one: merged with the row below when that row
 * only completes it ("Budget" above "2021", or years above "Budget"/"Utfall"). A year over an
 * empty top cell spans the columns to its right, as merged cells are read.
 */
export function readHeader(grid: ReadGrid, row: number): HeaderBlock | undefined {
  if (!isHeaderRow(grid, row)) return undefined;
  const top = Array.from({ length: grid.cols }, (_, c) => grid.text(row, c));
  if (!continues(grid, row, row + 1)) return { rows: [row], texts: top };
  const yearsOnly = onlyPeriods(grid, row);
  let spanned = "";
  const texts = top.map((upper, c) => {
    const lower = grid.text(row + 1, c);
    if (upper !== "") spanned = upper;
    const above = upper === "" && yearsOnly && lower !== "" ? spanned : upper;
    return [above, lower].filter((part) => part !== "").join("\n");
  });
  return { rows: [row, row + 1], texts };
}
