import type ExcelJS from "exceljs";
import type { CellStyle } from "../core/report/types";

const argb = (rgb: string) => ({ argb: `FF${rgb}` });

/** A layout style as ExcelJS cell style parts. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    name: "Calibri",
    size: style.size ?? 10,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: argb(style.color) } : {}),
  };
  const border: Partial<ExcelJS.Borders> = {
    ...(style.topBorder ? { top: { style: style.topBorder } } : {}),
    ...(style.bottomBorder ? { bottom: { style: style.bottomBorder } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.wrap ? { wrapText: true } : {}),
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.indent ? { indent: style.indent } : {}),
  };
  return {
    font,
    ...(Object.keys(border).length > 0 ? { border } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: argb(style.fill) } } : {}),
  };
}
