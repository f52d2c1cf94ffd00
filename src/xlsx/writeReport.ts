import type ExcelJS from "exceljs";
import { quoteSheetName } from "../core/cellAddress";
import { WORKBOOK_MARK_NAME, type ReportLayout } from "../core/report/types";
import { findReportSheets } from "./findReportSheets";
import { ReportNameError } from "./ReportNameError";
import { writeReportSheet } from "./writeReportSheet";

/**
 * Writes a report layout into a workbook held in memory: our earlier report sheets are removed,
 * the layout's sheets added after the user's, and the workbook's marker (a defined name naming
 * A1 of each of our sheets) rewritten. No other sheet or cell is touched. Throws
 * `ReportNameError`, before changing anything, when a layout sheet has the name of a user's sheet.
 */
export function writeReport(workbook: ExcelJS.Workbook, layout: ReportLayout): void {
  const ours = findReportSheets(workbook);
  const ourIds = new Set(ours.map((ws) => ws.id));
  const userNames = new Set(
    workbook.worksheets.filter((ws) => !ourIds.has(ws.id)).map((ws) => ws.name.toLowerCase()),
  );
  const clash = layout.sheets.find((s) => userNames.has(s.name.toLowerCase()));
  if (clash) throw new ReportNameError(clash.name);
  for (const range of workbook.definedNames.getRanges(WORKBOOK_MARK_NAME).ranges) {
    workbook.definedNames.remove(range, WORKBOOK_MARK_NAME);
  }
  for (const ws of ours) workbook.removeWorksheet(ws.id);
  for (const sheet of layout.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { properties: { tabColor: { argb: "FF2F5597" } } });
    writeReportSheet(worksheet, sheet, layout);
    workbook.definedNames.add(`${quoteSheetName(sheet.name)}!$A$1`, WORKBOOK_MARK_NAME);
  }
}
