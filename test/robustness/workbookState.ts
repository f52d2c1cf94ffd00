import type ExcelJS from "exceljs";

/**
 * Everything a person put on a sheet that a report must never change: every cell's value (a
 * formula with its text), number format and merge, and which rows and columns are hidden.
 */
export function sheetState(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) cells[`row ${r}`] = "hidden";
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: cell.value, formula: cell.formula ?? null, numFmt: cell.numFmt ?? null };
    });
  });
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) cells[`column ${c}`] = "hidden";
  cells.merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
  return cells;
}

/** Each sheet's state by name, for the sheets `names` lists. */
export function workbookState(workbook: ExcelJS.Workbook, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, sheetState(workbook.getWorksheet(name)!)]));
}
