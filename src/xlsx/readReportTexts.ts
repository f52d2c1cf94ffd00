import type ExcelJS from "exceljs";
import { readPreservedText } from "../core/report/readPreservedText";
import type { PreservedText } from "../core/report/types";
import type { CellValue } from "../core/types";
import { findReportSheets } from "./findReportSheets";
import { worksheetToGrid } from "./worksheetToGrid";

/** A worksheet's values with `[0][0]` at A1. */
function gridFromA1(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid = worksheetToGrid(worksheet);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const pad = new Array<CellValue>(origin.col).fill(null);
  return [
    ...Array.from({ length: origin.row }, () => [] as CellValue[]),
    ...grid.cells.map((row) => [...pad, ...row]),
  ];
}

/** What people wrote on our report sheets in this workbook: read before the sheets are replaced. */
export function readReportTexts(workbook: ExcelJS.Workbook): PreservedText {
  const sheets = findReportSheets(workbook).flatMap((ws) => {
    const preserved = readPreservedText(gridFromA1(ws), ws.name);
    return preserved ? [preserved] : [];
  });
  return { sheets };
}
