import type { ReportCell, ReportSheet } from "../../src/core/report/types";
import type { CellValue } from "../../src/core/types";

/** The layout cell at an A1 address ("D7"). */
export function cellAt(sheet: ReportSheet, address: string): ReportCell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.cells.find((c) => c.row === Number(match[2]) && c.col === col);
}

/** What the cell shows before formatting: text, number, or a formula's result. */
export function shownValue(cell: ReportCell | undefined): CellValue {
  if (!cell) return null;
  const c = cell.content;
  return c.kind === "text" ? c.text : c.kind === "number" ? c.value : c.result;
}

export function formulaAt(sheet: ReportSheet, address: string): string | undefined {
  const c = cellAt(sheet, address)?.content;
  return c?.kind === "formula" ? c.formula : undefined;
}

/** The sheet as a person's spreadsheet would hand it back: values only, `[0][0]` at A1. */
export function gridOf(sheet: ReportSheet): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const cell of sheet.cells) {
    const row = (grid[cell.row - 1] ??= []);
    row[cell.col - 1] = shownValue(cell);
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
}

/** The row of the first cell in column A with this text. */
export function rowOf(sheet: ReportSheet, label: string): number {
  const found = sheet.cells.find((c) => c.col === 1 && c.content.kind === "text" && c.content.text === label);
  if (!found) throw new Error(`no row "${label}"`);
  return found.row;
}
