import type ExcelJS from "exceljs";
import { splitSheetRef } from "../core/cellAddress";
import { SHEET_MARK, WORKBOOK_MARK_NAME } from "../core/report/types";

/** A sheet carries our mark when a cell of its row 1 starts with SHEET_MARK (the hidden key column). */
function isMarked(worksheet: ExcelJS.Worksheet): boolean {
  let marked = false;
  worksheet.getRow(1).eachCell((cell) => {
    if (typeof cell.value === "string" && cell.value.startsWith(SHEET_MARK)) marked = true;
  });
  return marked;
}

/**
 * The report sheets this product wrote: named by the workbook's marker (a defined name pointing
 * at A1 of each) *and* marked in their own row 1. A user's sheet that merely has the same name
 * as one of ours is never taken for ours.
 */
export function findReportSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const names = workbook.definedNames
    .getRanges(WORKBOOK_MARK_NAME)
    .ranges.flatMap((range) => splitSheetRef(range)?.sheet ?? []);
  return names
    .map((name) => workbook.getWorksheet(name))
    .filter((ws): ws is ExcelJS.Worksheet => ws !== undefined && isMarked(ws));
}
