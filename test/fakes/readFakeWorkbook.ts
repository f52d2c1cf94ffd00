import type { FakeExcelHost } from "./FakeContext";
import { columnName, parseRect, splitSheet } from "./fakeAddress";
import {
  cellAt,
  usedRect,
  type FakeCell,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeFormat,
  type FakePageLayout,
  type FakeSheet,
} from "./fakeState";

/** One sheet of the fake as plain data, for assertions. Cells are keyed by A1 address. */
export interface FakeSheetContents {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  /** Every non-empty cell: its value, or its formula when it holds one. */
  readonly contents: Record<string, string | number | boolean>;
  /** Number formats that are not "General". */
  readonly numberFormats: Record<string, string>;
  readonly formats: Record<string, FakeFormat>;
  readonly merges: readonly string[];
  readonly freeze?: { rows: number; cols: number };
  readonly columnWidths: Record<number, number>;
  readonly hiddenColumns: readonly number[];
  readonly rowHeights: Record<number, number>;
  readonly page: FakePageLayout;
  readonly conditionalFormats: readonly FakeConditionalFormat[];
  readonly charts: readonly FakeChart[];
  readonly customProperties: Record<string, string>;
}

export interface FakeWorkbookContents {
  readonly sheets: readonly FakeSheetContents[];
  readonly sheetNames: readonly string[];
  readonly names: Record<string, string>;
  readonly settings: Record<string, unknown>;
  readonly activeSheet?: string;
  readonly selection?: string;
}

function readSheet(sheet: FakeSheet, position: number): FakeSheetContents {
  const contents: Record<string, string | number | boolean> = {};
  const numberFormats: Record<string, string> = {};
  const formats: Record<string, FakeFormat> = {};
  sheet.cells.forEach((line, r) =>
    line.forEach((cell: FakeCell | undefined, c) => {
      if (!cell) return;
      const address = `${columnName(c)}${r + 1}`;
      if (cell.formula !== undefined) contents[address] = cell.formula;
      else if (cell.value !== "") contents[address] = cell.value;
      if (cell.numberFormat !== "General") numberFormats[address] = cell.numberFormat;
      if (Object.keys(cell.format).length > 0) formats[address] = cell.format;
    }),
  );
  return {
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    contents,
    numberFormats,
    formats,
    merges: [...sheet.merges],
    ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
    columnWidths: Object.fromEntries(sheet.columnWidths),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    page: { ...sheet.page },
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f })),
    charts: sheet.charts.map((c) => ({ ...c })),
    customProperties: Object.fromEntries(sheet.customProperties),
  };
}

/** The whole fake workbook as plain data: sheets, names, settings, active sheet and selection. */
export function readFakeWorkbook(host: FakeExcelHost): FakeWorkbookContents {
  const { data } = host;
  const active = data.sheets.find((s) => s.id === data.activeSheetId);
  const selected = data.selection && data.sheets.find((s) => s.id === data.selection?.sheetId);
  return {
    sheets: data.sheets.map(readSheet),
    sheetNames: data.sheets.map((s) => s.name),
    names: Object.fromEntries(data.names),
    settings: Object.fromEntries(data.settings),
    ...(active ? { activeSheet: active.name } : {}),
    ...(selected && data.selection ? { selection: `${selected.name}!${data.selection.address}` } : {}),
  };
}

/** A sheet's used values as rows from A1 (empty cells as null): what a person sees. */
export function readFakeValues(
  host: FakeExcelHost,
  sheetName: string,
): (string | number | boolean | null)[][] {
  const sheet = host.data.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rect = usedRect(sheet, true);
  if (!rect) return [];
  return Array.from({ length: rect.row + rect.rows }, (_, r) =>
    Array.from({ length: rect.col + rect.cols }, (_, c) => {
      const cell = cellAt(sheet, r, c);
      return cell && cell.value !== "" ? cell.value : null;
    }),
  );
}

/** One cell by "Sheet!B3": its value, formula, number format and format. */
export function readFakeCell(host: FakeExcelHost, address: string): FakeCell | undefined {
  const { sheet: name, local } = splitSheet(address);
  const sheet = host.data.sheets.find((s) => s.name === name);
  if (!sheet) return undefined;
  const rect = parseRect(local);
  return cellAt(sheet, rect.row, rect.col);
}
