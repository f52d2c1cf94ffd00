import { columnLetters } from "../core/cellAddress";
import type { CellStyle, ChartSpec, PrintSetup, ReportLayout, ReportSheet } from "../core/report/types";
import { toCellInput } from "./toCellInput";
import { toRectangles } from "./toRectangles";

/** One thing to do on a new report sheet; `address` is local to the sheet ("B7:D9"). */
export type SheetOp =
  | { readonly kind: "formulas"; readonly address: string; readonly formulas: (string | number)[][] }
  | { readonly kind: "numberFormat"; readonly address: string; readonly format: string }
  | { readonly kind: "style"; readonly address: string; readonly style: CellStyle }
  | { readonly kind: "merge"; readonly address: string }
  | { readonly kind: "columnWidth"; readonly address: string; readonly points: number; readonly hidden: boolean }
  | { readonly kind: "rowHeight"; readonly address: string; readonly points: number }
  | {
      readonly kind: "conditionalFormat";
      readonly address: string;
      readonly formula: string;
      readonly font: string;
      readonly fill: string;
    }
  | { readonly kind: "freeze"; readonly rows: number; readonly cols: number }
  | { readonly kind: "print"; readonly print: PrintSetup }
  | { readonly kind: "chart"; readonly chart: ChartSpec; readonly colours: readonly string[] };

/** A block of cell contents is cut into pieces of about this many bytes, so no request grows too big. */
export const BLOCK_BYTES = 1_000_000;

export const rangeAddress = (row: number, col: number, rows: number, cols: number): string => {
  const first = `${columnLetters(col - 1)}${row}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnLetters(col + cols - 2)}${row + rows - 1}`;
};

/** Excel's column width in characters (as ExcelJS and the layout give it) as points (as Office.js sets it). */
export function widthInPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(pixels * 0.75 * 100) / 100;
}

function contentOps(sheet: ReportSheet): SheetOp[] {
  if (sheet.cells.length === 0) return [];
  // Not Math.max(...cells): a 50 000-line report has more cells than a call has room for arguments.
  const rows = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const grid: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(""));
  for (const cell of sheet.cells) grid[cell.row - 1]![cell.col - 1] = toCellInput(cell.content);
  const ops: SheetOp[] = [];
  let start = 0;
  let bytes = 0;
  grid.forEach((line, i) => {
    bytes += JSON.stringify(line).length;
    const last = i === grid.length - 1;
    if (bytes >= BLOCK_BYTES || last) {
      const block = grid.slice(start, i + 1);
      ops.push({ kind: "formulas", address: rangeAddress(start + 1, 1, block.length, cols), formulas: block });
      start = i + 1;
      bytes = 0;
    }
  });
  return ops;
}

/**
 * Everything a report sheet needs, as few operations as the layout allows: the contents as 2-D blocks,
 * each number format and each style once per rectangle of cells that share it, then merges, widths,
 * heights, conditional formats, frozen panes, print setup and the chart. Pure: the writer queues these.
 */
export function planSheetOps(sheet: ReportSheet, layout: ReportLayout): SheetOp[] {
  const formats = toRectangles(
    sheet.cells.flatMap((c) => (c.numFmt ? [{ row: c.row, col: c.col, key: c.numFmt }] : [])),
    (k) => k,
  ).map((r): SheetOp => ({ kind: "numberFormat", address: rangeAddress(r.row, r.col, r.rows, r.cols), format: r.key }));
  const hasBorder = (name: string) => Boolean(layout.styles[name as keyof ReportLayout["styles"]].topBorder ?? layout.styles[name as keyof ReportLayout["styles"]].bottomBorder);
  const styles = toRectangles(
    sheet.cells.flatMap((c) => (c.style ? [{ row: c.row, col: c.col, key: c.style }] : [])),
    (k) => k,
    (k) => !hasBorder(k),
  ).map((r): SheetOp => ({ kind: "style", address: rangeAddress(r.row, r.col, r.rows, r.cols), style: layout.styles[r.key] }));
  const widths = sheet.columns.map((c, i): SheetOp => ({
    kind: "columnWidth",
    address: `${columnLetters(i)}:${columnLetters(i)}`,
    points: widthInPoints(c.width),
    hidden: c.hidden === true,
  }));
  const heights = Object.entries(sheet.rowHeights).map(([row, height]): SheetOp => ({
    kind: "rowHeight",
    address: `${row}:${row}`,
    points: height,
  }));
  const conditional = sheet.conditionalFormats.flatMap((f) =>
    f.rules.map((rule): SheetOp => ({
      kind: "conditionalFormat",
      address: f.range,
      formula: rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`,
      font: `#${layout.colours[rule.colour].font}`,
      fill: `#${layout.colours[rule.colour].fill}`,
    })),
  );
  const charts = sheet.charts.map((chart): SheetOp => ({
    kind: "chart",
    chart,
    colours: chart.colours.map((c) => `#${layout.colours[c].font}`),
  }));
  return [
    ...formats,
    ...contentOps(sheet),
    ...styles,
    ...sheet.merges.map((address): SheetOp => ({ kind: "merge", address })),
    ...widths,
    ...heights,
    ...conditional,
    { kind: "freeze", rows: sheet.freeze.row, cols: sheet.freeze.col },
    { kind: "print", print: sheet.print },
    ...charts,
  ];
}

/** About how many bytes an operation adds to a request (its JSON and some framing). */
export function opBytes(op: SheetOp): number {
  return JSON.stringify(op).length + 64;
}
