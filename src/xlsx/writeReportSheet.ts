import type ExcelJS from "exceljs";
import { toExcelStyle } from "./toExcelStyle";
import type { ReportLayout, ReportSheet } from "../core/report/types";

const argb = (rgb: string) => ({ argb: `FF${rgb}` });

/**
 * One layout sheet into an empty worksheet: values (text stays text, whatever it starts with),
 * formulas with their cached results, styles, number formats, merges, widths, frozen header,
 * print setup and the deviation colours as formula rules.
 */
export function writeReportSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: ReportSheet,
  layout: ReportLayout,
): void {
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.row, cell.col);
    const content = cell.content;
    if (content.kind === "formula")
      target.value = { formula: content.formula.replace(/^=/, ""), result: content.result };
    else if (content.kind === "number") target.value = content.value;
    // A rich-text value is always written as an inline string: never read back as a formula.
    else
      target.value = /^[=+\-@\t\r]/.test(content.text)
        ? { richText: [{ text: content.text }] }
        : content.text;
    const style = cell.style ? toExcelStyle(layout.styles[cell.style]) : {};
    target.style = { ...style, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
    if (cell.editable) target.protection = { locked: false };
  }
  for (const range of sheet.merges) worksheet.mergeCells(range);
  sheet.columns.forEach((c, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  worksheet.views = [
    { state: "frozen", xSplit: sheet.freeze.col, ySplit: sheet.freeze.row, showGridLines: false },
  ];
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: sheet.print.orientation,
    fitToPage: true,
    fitToWidth: sheet.print.fitToWidth,
    fitToHeight: sheet.print.fitToHeight,
    paperSize: 9,
    printArea: sheet.print.area,
    printTitlesRow: sheet.print.titleRows,
  };
  let priority = 1;
  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: format.rules.map((rule) => ({
        type: "expression",
        priority: priority++,
        formulae: [rule.formula],
        style: {
          font: { color: argb(layout.colours[rule.colour].font) },
          fill: { type: "pattern", pattern: "solid", bgColor: argb(layout.colours[rule.colour].fill) },
        },
      })),
    });
  }
}
