import type { ReadGrid } from "./readGrid";

/**
 * The label column: the leftmost column, left of the first data column, whose body (0-based rows
 * `first`–`last`) is mostly text. A monthly table labels its rows with years (numbers): then the
 * column just left of the first data column. Undefined when no column lies left of the data.
 */
export function findLabelColumn(
  grid: ReadGrid,
  firstData: number,
  first: number,
  last: number,
): number | undefined {
  if (firstData <= 0) return undefined;
  for (let c = 0; c < firstData; c++) {
    let texts = 0;
    let others = 0;
    for (let r = first; r <= last; r++) {
      const kind = grid.cell(r, c).kind;
      if (kind === "text") texts++;
      else if (kind !== "empty") others++;
    }
    if (texts > 0 && texts >= others) return c;
  }
  return firstData - 1;
}
