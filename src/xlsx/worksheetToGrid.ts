import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../core/types";
import { toCellValue } from "./toCellValue";

/**
 * A worksheet's used range as a `SheetGrid`: the smallest rectangle holding every value, with
 * `origin` its 0-based top-left position. A merged range's value sits in its top-left cell only;
 * hidden rows and columns are read like any other.
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const found: { row: number; col: number; value: CellValue }[] = [];
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null) return;
      found.push({ row: rowNumber, col: colNumber, value });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  if (found.length === 0) return { name: worksheet.name, cells: [], origin: { row: 0, col: 0 } };

  const cells: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<CellValue>(right - left + 1).fill(null),
  );
  for (const { row, col, value } of found) cells[row - top]![col - left] = value;
  return { name: worksheet.name, cells, origin: { row: top - 1, col: left - 1 } };
}
