import type { ReportSheet } from "../../src/core/report/types";
import type { CellValue, SheetGrid } from "../../src/core/types";

/** A report sheet as a host reads it back: values only, a formula as its cached result. */
export function layoutGrid(sheet: ReportSheet): SheetGrid {
  const rows = Math.max(0, ...sheet.cells.map((c) => c.row));
  const cols = Math.max(0, ...sheet.cells.map((c) => c.col));
  const cells: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  for (const { row, col, content } of sheet.cells) {
    const value =
      content.kind === "text" ? content.text : content.kind === "number" ? content.value : content.result;
    cells[row - 1]![col - 1] = value === "" ? null : value;
  }
  return { name: sheet.name, cells };
}
