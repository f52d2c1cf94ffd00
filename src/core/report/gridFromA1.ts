import type { CellValue, Grid, SheetGrid } from "../types";

/** A sheet's cells padded so that `[0][0]` is A1, whatever its origin. */
export function gridFromA1(sheet: SheetGrid): Grid {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  if (origin.row === 0 && origin.col === 0) return sheet.cells;
  const pad = new Array<CellValue>(origin.col).fill(null);
  return [...Array.from({ length: origin.row }, () => []), ...sheet.cells.map((row) => [...pad, ...row])];
}
