import { columnLetters } from "../core/cellAddress";
import type { CellStyle, ChartSpec, PrintSetup, ReportLayout, ReportSheet } from "../core/report/types";
import { toCellInput } from "./toCellInput";
import { toR1C1 } from "./toR1C1";
import { toRectangles } from "./toRectangles";

/** One thing to do on a new report sheet; `address` is local to the sheet ("B7:D9"). */
export type SheetOp =
  | { readonly kind: "formulas"; readonly address: string; readonly formulas: (string | number)[][] }
  /** One R1C1 formula for every cell of a column run ("=RC[-2]-RC[-1]"). */
  | { readonly kind: "formulaRun"; readonly address: string; readonly formulaR1C1: string }
  | { readonly kind: "numberFormat"; readonly address: string; readonly format: string }
  | { readonly kind: "style"; readonly address: string; readonly style: CellStyle }
  /** `across`: each row of the range merged on its own (one operation for a column of row merges). */
  | { readonly kind: "merge"; readonly address: string; readonly across: boolean }
  | {
      readonly kind: "columnWidth";
      readonly address: string;
      readonly points: number;
      readonly hidden: boolean;
    }
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
  | {
      readonly kind: "chart";
      readonly title: string;
      /** Local ranges: the first to the last cell the spec names. */
      readonly categories: string;
      readonly values: string;
      readonly anchor: ChartSpec["anchor"];
      /** A colour per bar, or none when there are too many bars to colour one by one. */
      readonly colours: readonly string[];
    };

/** Charts colour each bar on its own up to this many bars; past it, Excel's one colour (the request stays small). */
const MAX_COLOURED_POINTS = 250;
/** A run of identical R1C1 formulas shorter than this is written with the block. */
const MIN_RUN = 3;

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

/** "'Blad'!$A$7,'Blad'!$A$8,…" → one local range ("A7:A9"), from the first cell to the last. */
function spanOf(union: string): string {
  // Sheet names may hold commas: take the cell after each "!".
  const cells = [...union.matchAll(/!\$?([A-Z]+)\$?(\d+)/g)].map((m) => `${m[1]}${m[2]}`);
  const first = cells[0] ?? "A1";
  const last = cells[cells.length - 1] ?? first;
  return first === last ? first : `${first}:${last}`;
}

function contentOps(sheet: ReportSheet): SheetOp[] {
  if (sheet.cells.length === 0) return [];
  // Not Math.max(...cells): a 50 000-line report has more cells than a call has room for arguments.
  const rows = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const grid: (string | number)[][] = Array.from({ length: rows }, () =>
    new Array<string | number>(cols).fill(""),
  );
  const formulas: { row: number; col: number; key: string; a1: string }[] = [];
  for (const cell of sheet.cells) {
    if (cell.content.kind === "formula")
      formulas.push({
        row: cell.row,
        col: cell.col,
        key: toR1C1(cell.content.formula, cell.row, cell.col),
        a1: cell.content.formula,
      });
    else grid[cell.row - 1]![cell.col - 1] = toCellInput(cell.content);
  }
  const runs: SheetOp[] = [];
  for (const run of toRectangles(formulas, (k) => k)) {
    if (run.rows * run.cols >= MIN_RUN)
      runs.push({
        kind: "formulaRun",
        address: rangeAddress(run.row, run.col, run.rows, run.cols),
        formulaR1C1: run.key,
      });
    else
      for (let r = run.row; r < run.row + run.rows; r++)
        for (let c = run.col; c < run.col + run.cols; c++) grid[r - 1]![c - 1] = "\u0000";
  }
  // Formulas outside long runs go with the block, in A1 as the layout has them.
  for (const f of formulas) if (grid[f.row - 1]![f.col - 1] === "\u0000") grid[f.row - 1]![f.col - 1] = f.a1;
  const ops: SheetOp[] = [];
  let start = 0;
  let bytes = 0;
  grid.forEach((line, i) => {
    bytes += JSON.stringify(line).length;
    const last = i === grid.length - 1;
    if (bytes >= BLOCK_BYTES || last) {
      const block = grid.slice(start, i + 1);
      ops.push({
        kind: "formulas",
        address: rangeAddress(start + 1, 1, block.length, cols),
        formulas: block,
      });
      start = i + 1;
      bytes = 0;
    }
  });
  return [...ops, ...runs];
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
  ).map((r): SheetOp => ({
    kind: "numberFormat",
    address: rangeAddress(r.row, r.col, r.rows, r.cols),
    format: r.key,
  }));
  const hasBorder = (name: string) =>
    Boolean(
      layout.styles[name as keyof ReportLayout["styles"]].topBorder ??
      layout.styles[name as keyof ReportLayout["styles"]].bottomBorder,
    );
  const styles = toRectangles(
    sheet.cells.flatMap((c) => (c.style ? [{ row: c.row, col: c.col, key: c.style }] : [])),
    (k) => k,
    (k) => !hasBorder(k),
  ).map((r): SheetOp => ({
    kind: "style",
    address: rangeAddress(r.row, r.col, r.rows, r.cols),
    style: layout.styles[r.key],
  }));
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
    title: chart.title,
    categories: spanOf(chart.categoriesRange),
    values: spanOf(chart.valuesRange),
    anchor: chart.anchor,
    colours:
      chart.colours.length <= MAX_COLOURED_POINTS
        ? chart.colours.map((c) => `#${layout.colours[c].font}`)
        : [],
  }));
  const merges = toRectangles(
    sheet.merges.map((address) => {
      const [from = "", to = from] = address.split(":");
      const a = /^([A-Z]+)(\d+)$/.exec(from);
      const b = /^([A-Z]+)(\d+)$/.exec(to);
      const oneRow = a !== null && b !== null && a[2] === b[2];
      return { row: oneRow ? Number(a[2]) : 0, col: 0, key: oneRow ? `${a[1]}:${b[1]}` : address };
    }),
    (k) => k,
  ).map((r): SheetOp => {
    if (r.row === 0) return { kind: "merge", address: r.key, across: false };
    const [left = "", right = ""] = r.key.split(":");
    return { kind: "merge", address: `${left}${r.row}:${right}${r.row + r.rows - 1}`, across: r.rows > 1 };
  });
  return [
    ...formats,
    ...contentOps(sheet),
    ...styles,
    ...merges,
    ...widths,
    ...heights,
    ...conditional,
    { kind: "freeze", rows: sheet.freeze.row, cols: sheet.freeze.col },
    { kind: "print", print: sheet.print },
    ...charts,
  ];
}

const UTF8 = new TextEncoder();

/** About how many bytes an operation adds to a request (its JSON in UTF-8, and some framing). */
export function opBytes(op: SheetOp): number {
  return UTF8.encode(JSON.stringify(op)).length + 64;
}
