import { planReport } from "../../src/core/report/planReport";
import type { ReportLayout } from "../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import type { CellValue } from "../../src/core/types";

/**
 * The baseline the adapter is measured against: the report made the way a first Office.js
 * add-in makes it. The source is read in one sync (even naive code does that), the report
 * planned, then every cell of the layout written on its own with a `context.sync()` after it
 * (value or formula, number format, font and fill), so each cell is a round trip.
 */
export async function writeNaively(context: Excel.RequestContext, sourceName: string): Promise<void> {
  const used = context.workbook.worksheets.getItem(sourceName).getUsedRange();
  used.load("values");
  await context.sync();
  const cells = used.values as CellValue[][];
  const layout: ReportLayout = planReport([{ name: sourceName, cells }], [], DEFAULT_SETTINGS).layout;
  for (const sheet of layout.sheets) {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    await context.sync();
    for (const cell of sheet.cells) {
      const range = worksheet.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1);
      const { content } = cell;
      if (content.kind === "formula") range.formulas = [[content.formula]];
      else if (content.kind === "number") range.values = [[content.value]];
      else range.values = [[content.text]];
      if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
      const style = cell.style ? layout.styles[cell.style] : undefined;
      if (style?.bold) range.format.font.bold = true;
      if (style?.italic) range.format.font.italic = true;
      if (style?.color) range.format.font.color = `#${style.color}`;
      if (style?.fill) range.format.fill.color = `#${style.fill}`;
      await context.sync();
    }
  }
}
