/** What the in-memory Excel holds: plain data that the proxies read at `sync()` and the writes change. */

export type FakeValue = string | number | boolean;

export interface FakeFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  fontColor?: string;
  fill?: string;
  /** Border index ("EdgeTop") → weight ("Thin", "Medium"). */
  borders?: Record<string, string>;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
}

export interface FakeCell {
  /** "" for an empty cell, as Excel reports it. */
  value: FakeValue;
  /** Set when the cell holds a formula ("=B7-C7"). */
  formula?: string;
  numberFormat: string;
  format: FakeFormat;
}

export interface FakeConditionalFormat {
  readonly range: string;
  type: string;
  formula?: string;
  fontColor?: string;
  fillColor?: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  name: string;
  title?: string;
  legendVisible?: boolean;
  xAxisValues?: string;
  values?: string;
  position?: { start: string; end?: string };
  pointColours: Record<number, string>;
  seriesColour?: string;
}

export interface FakePageLayout {
  orientation: string;
  paperSize?: string;
  fitToPagesWide?: number;
  fitToPagesTall?: number;
  zoomScale?: number;
  printArea?: string;
  titleRows?: string;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: string;
  tabColor: string;
  /** Rows of cells, 0-based; holes are empty cells. */
  cells: (FakeCell | undefined)[][];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  merges: string[];
  freeze?: { rows: number; cols: number };
  page: FakePageLayout;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  customProperties: Map<string, string>;
  changeHandlers: Set<(event: { worksheetId: string; address: string; type: string }) => unknown>;
  showGridlines: boolean;
}

/** An Excel table (ListObject): its name, sheet and cells, header row included. */
export interface FakeTableData {
  readonly id: string;
  readonly name: string;
  readonly sheetId: string;
  readonly rect: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

export interface FakeWorkbookData {
  sheets: FakeSheet[];
  /** Workbook-level defined names: name → formula ("='Sheet 1'!$A$1"). */
  names: Map<string, string>;
  tables: FakeTableData[];
  /** `workbook.settings`: key → JSON-able value. */
  settings: Map<string, unknown>;
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  nextId: number;
}

export const emptyCell = (): FakeCell => ({ value: "", numberFormat: "General", format: {} });

export function newSheet(data: FakeWorkbookData, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: `{${String(data.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    merges: [],
    page: { orientation: "Portrait" },
    conditionalFormats: [],
    charts: [],
    customProperties: new Map(),
    changeHandlers: new Set(),
    showGridlines: true,
  };
  data.sheets.push(sheet);
  return sheet;
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells[row]?.[col];
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const line = (sheet.cells[row] ??= []);
  return (line[col] ??= emptyCell());
}

/** Whether a cell counts for the used range: a value, a formula, or (unless `valuesOnly`) any format. */
export function isUsed(cell: FakeCell | undefined, valuesOnly: boolean): boolean {
  if (!cell) return false;
  if (cell.value !== "" || cell.formula !== undefined) return true;
  return !valuesOnly && (cell.numberFormat !== "General" || Object.keys(cell.format).length > 0);
}

/** The used rectangle (of the cells inside `within`, when given), or undefined when it holds none. */
export function usedRect(
  sheet: FakeSheet,
  valuesOnly: boolean,
  within?: { row: number; col: number; rows: number; cols: number },
): { row: number; col: number; rows: number; cols: number } | undefined {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const inside = (r: number, c: number) =>
    !within ||
    (r >= within.row && r < within.row + within.rows && c >= within.col && c < within.col + within.cols);
  sheet.cells.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (!isUsed(cell, valuesOnly) || !inside(r, c)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
