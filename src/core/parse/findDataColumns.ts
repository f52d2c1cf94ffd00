import type { ReadGrid } from "./readGrid";

/**
 * The data columns right of the label column (0-based grid columns): every column with a header,
 * and every column without one that holds a number in the body (0-based rows `first`–`last`).
 */
export function findDataColumns(
  grid: ReadGrid,
  texts: readonly string[],
  labelCol: number,
  first: number,
  last: number,
): number[] {
  const columns: number[] = [];
  for (let c = labelCol + 1; c < grid.cols; c++) {
    let hasNumber = false;
    for (let r = first; r <= last && !hasNumber; r++) hasNumber = grid.cell(r, c).kind === "number";
    if ((texts[c] ?? "") !== "" || hasNumber) columns.push(c);
  }
  return columns;
}
