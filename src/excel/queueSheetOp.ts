import type { CellStyle } from "../core/report/types";
import type { ExcelFeatures } from "./detectFeatures";
import { rangeAddress, type SheetOp } from "./sheetOps";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium" } as const;

/** What the style sets beyond the report font (written over the whole sheet first). */
function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.size) format.font.size = style.size;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.topBorder) {
    const border = format.borders.getItem("EdgeTop");
    border.style = "Continuous";
    border.weight = WEIGHT[style.topBorder];
  }
  if (style.bottomBorder) {
    const border = format.borders.getItem("EdgeBottom");
    border.style = "Continuous";
    border.weight = WEIGHT[style.bottomBorder];
  }
  if (style.wrap) format.wrapText = true;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.indent) format.indentLevel = style.indent;
}

function addChart(sheet: Excel.Worksheet, op: Extract<SheetOp, { kind: "chart" }>): void {
  const chart = sheet.charts.add("BarClustered", sheet.getRange(op.values), "Columns");
  chart.title.text = op.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(sheet.getRange(op.categories));
  const { row, col, rows, cols } = op.anchor;
  chart.setPosition(rangeAddress(row, col, 1, 1), rangeAddress(row + rows - 1, col + cols - 1, 1, 1));
  op.colours.forEach((colour, i) => series.points.getItemAt(i).format.fill.setSolidColor(colour));
}

/** Queues one planned operation on a new sheet; what this Excel lacks is left out (see docs/excel-adapter.md). */
export function queueSheetOp(sheet: Excel.Worksheet, op: SheetOp, features: ExcelFeatures): void {
  switch (op.kind) {
    case "formulas":
      sheet.getRange(op.address).formulas = op.formulas;
      return;
    case "numberFormat":
      // A single value (not an array) is applied to every cell of the range.
      (sheet.getRange(op.address) as unknown as { numberFormat: unknown }).numberFormat = op.format;
      return;
    case "font": {
      const font = sheet.getRange(op.address).format.font;
      font.name = op.name;
      font.size = op.size;
      return;
    }
    case "style":
      // Several areas at once when this Excel has RangeAreas (ExcelApi 1.9), which planSheetOps was told.
      applyStyle((op.areas ? sheet.getRanges(op.address) : sheet.getRange(op.address)).format, op.style);
      return;
    case "formulaRun":
      // A single value (not an array) is applied to every cell; in R1C1 it is the same for each.
      (sheet.getRange(op.address) as unknown as { formulasR1C1: unknown }).formulasR1C1 = op.formulaR1C1;
      return;
    case "clear":
      sheet.getRanges(op.address).clear("Contents");
      return;
    case "merge":
      sheet.getRange(op.address).merge(op.across);
      return;
    case "columnWidth": {
      const range = sheet.getRange(op.address);
      range.format.columnWidth = op.points;
      if (op.hidden) range.columnHidden = true;
      return;
    }
    case "rowHeight":
      sheet.getRange(op.address).format.rowHeight = op.points;
      return;
    case "conditionalFormat": {
      if (!features.api16) return;
      const format = sheet.getRange(op.address).conditionalFormats.add("Custom");
      format.custom.rule.formula = op.formula;
      format.custom.format.font.color = op.font;
      format.custom.format.fill.color = op.fill;
      return;
    }
    case "freeze":
      if (!features.api17 || (op.rows === 0 && op.cols === 0)) return;
      if (op.cols === 0) sheet.freezePanes.freezeRows(op.rows);
      else if (op.rows === 0) sheet.freezePanes.freezeColumns(op.cols);
      else sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(1, 1, op.rows, op.cols)));
      return;
    case "print": {
      if (!features.api19) return;
      const page = sheet.pageLayout;
      page.orientation = "Landscape";
      page.paperSize = "A4";
      page.zoom = { horizontalFitToPages: op.print.fitToWidth, verticalFitToPages: op.print.fitToHeight };
      page.setPrintArea(op.print.area);
      page.setPrintTitleRows(op.print.titleRows.replace(/(\d+)/g, "$$$1"));
      return;
    }
    case "chart":
      if (features.api17) addChart(sheet, op);
      return;
  }
}
