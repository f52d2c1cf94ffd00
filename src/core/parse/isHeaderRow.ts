import { isYearCell } from "./isYearCell";
import { parseHeader } from "./parseHeader";
import type { ReadGrid } from "./readGrid";

/**
 * The filled columns of a row when each holds text or a year (an Excel error is passed over);
 * undefined as soon as one holds anything else (an amount: no header). Checked before any text is parsed as a header, so the
 * lines of a table body, which hold amounts, cost no header parsing.
 */
function headerCandidates(grid: ReadGrid, row: number): number[] | undefined {
  const columns: number[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const cell = grid.cell(row, c);
    if (cell.kind === "empty") continue;
    // An error where a header should be (#REF!) heads an unknown column; the others decide.
    if (cell.kind === "error") continue;
    if (cell.kind !== "text" && !isYearCell(cell)) return undefined;
    columns.push(c);
  }
  return columns;
}

/** The row below has something left of `col`: a label column under an empty header cell. */
function hasLabelBelow(grid: ReadGrid, row: number, col: number): boolean {
  for (let c = 0; c < col; c++) if (grid.cell(row + 1, c).kind === "text") return true;
  return false;
}

/**
 * A row that heads a table: no amounts, and column headers with a role ("Budget 2021",
 * "Avvikelse"), or at least two years ("2020", "År 2019"), or at least three month names. The
 * leftmost cell counts as a role only when a label column lies left of it below (a lone text
 * line "Budget 2025" is a title, not a header). In a table body (`inBody`), years alone head a
 * new table only when no label stands beside them.
 */
export function isHeaderRow(grid: ReadGrid, row: number, inBody = false): boolean {
  const columns = headerCandidates(grid, row);
  const first = columns?.[0];
  if (columns === undefined || first === undefined) return false;
  // One cell can only be a role over a label column (two years or three months need more cells):
  // a lone text, such as the section line of a ledger, is no header without parsing it.
  if (columns.length === 1 && !hasLabelBelow(grid, row, first)) return false;
  let roles = 0;
  let years = 0;
  let months = 0;
  for (const c of columns) {
    const cell = grid.cell(row, c);
    // Not text: a year (headerCandidates keeps nothing else).
    if (cell.kind !== "text") {
      years++;
      continue;
    }
    const header = parseHeader(cell.text);
    if (header.month !== undefined) months++;
    else if (header.role === "value") years++;
    else if (header.role !== "unknown" && (c !== first || hasLabelBelow(grid, row, c))) roles++;
  }
  if (roles >= 1 || months >= 3) return true;
  if (years < 2) return false;
  const firstCell = grid.cell(row, first);
  return !inBody || firstCell.kind !== "text" || parseHeader(firstCell.text).role === "value";
}
