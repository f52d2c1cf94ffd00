import { columnLetters } from "../core/cellAddress";
import type { ReportLayout, ReportSheet, StyleName } from "../core/report/types";
import { planContentOps } from "./planContentOps";
import { areaLists, rangeAddress, type SheetOp } from "./sheetOps";
import { toRectangles, type Rectangle } from "./toRectangles";

/** Charts colour each bar on its own up to this many bars; past it, Excel's one colour (the request stays small). */
const MAX_COLOURED_POINTS = 250;
/** Every report cell's font; a style sets only what differs from it. */
const REPORT_FONT = { name: "Calibri", size: 10 } as const;

export interface PlanOptions {
  /** ExcelApi 1.9: a style is set once on many areas (RangeAreas) instead of once per rectangle. */
  readonly areas: boolean;
}

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

/**
 * Number formats, as few ranges as possible: down each column a format reaches over text and empty
 * cells (a format does not change how text shows) and stops only at a number or formula of another
 * format or of none; equal runs of neighbouring columns are one range.
 */
function numberFormatOps(sheet: ReportSheet): SheetOp[] {
  const byColumn = new Map<number, { row: number; format: string | undefined }[]>();
  for (const cell of sheet.cells) {
    if (!cell.numFmt && cell.content.kind === "text") continue;
    const column = byColumn.get(cell.col) ?? [];
    column.push({ row: cell.row, format: cell.numFmt });
    byColumn.set(cell.col, column);
  }
  const runs = new Map<string, { top: number; bottom: number; format: string; cols: number[] }>();
  for (const [col, cells] of byColumn) {
    cells.sort((a, b) => a.row - b.row);
    let run: { top: number; bottom: number; format: string } | undefined;
    const close = () => {
      if (!run) return;
      const id = `${run.top}:${run.bottom}:${run.format}`;
      const same = runs.get(id);
      if (same) same.cols.push(col);
      else runs.set(id, { ...run, cols: [col] });
      run = undefined;
    };
    for (const cell of cells) {
      if (run && cell.format === run.format) run.bottom = cell.row;
      else {
        close();
        if (cell.format) run = { top: cell.row, bottom: cell.row, format: cell.format };
      }
    }
    close();
  }
  const ops: SheetOp[] = [];
  for (const run of runs.values()) {
    const cols = run.cols.sort((a, b) => a - b);
    let first = 0;
    cols.forEach((col, i) => {
      if (i + 1 < cols.length && cols[i + 1] === col + 1) return;
      ops.push({
        kind: "numberFormat",
        address: rangeAddress(run.top, cols[first]!, run.bottom - run.top + 1, col - cols[first]! + 1),
        format: run.format,
      });
      first = i + 1;
    });
  }
  return ops;
}

/**
 * The report font over the whole sheet, then each style once per rectangle of cells that share it —
 * or, with `areas`, once per list of such rectangles. A style with nothing beyond the font is not
 * written; a style with a border keeps its rectangles one row high (the border goes on every row).
 */
function styleOps(sheet: ReportSheet, layout: ReportLayout, areas: boolean): SheetOp[] {
  if (sheet.cells.length === 0) return [];
  const rows = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const font: SheetOp = { kind: "font", address: rangeAddress(1, 1, rows, cols), ...REPORT_FONT };
  const styled = (name: StyleName): boolean =>
    Object.entries(layout.styles[name]).some(
      ([key, value]) => value !== undefined && !(key === "size" && value === REPORT_FONT.size),
    );
  const hasBorder = (name: StyleName) =>
    Boolean(layout.styles[name].topBorder ?? layout.styles[name].bottomBorder);
  const rectangles = toRectangles(
    sheet.cells.flatMap((c) =>
      c.style && styled(c.style) ? [{ row: c.row, col: c.col, key: c.style }] : [],
    ),
    (k) => k,
    (k) => !hasBorder(k),
  );
  const address = (r: Rectangle<StyleName>) => rangeAddress(r.row, r.col, r.rows, r.cols);
  if (!areas)
    return [
      font,
      ...rectangles.map((r): SheetOp => ({
        kind: "style",
        address: address(r),
        areas: false,
        style: layout.styles[r.key],
      })),
    ];
  const byStyle = new Map<StyleName, string[]>();
  for (const r of rectangles) byStyle.set(r.key, [...(byStyle.get(r.key) ?? []), address(r)]);
  return [
    font,
    ...[...byStyle].flatMap(([name, addresses]) =>
      areaLists(addresses).map((list): SheetOp => ({
        kind: "style",
        address: list,
        areas: true,
        style: layout.styles[name],
      })),
    ),
  ];
}

/**
 * Everything a report sheet needs, as few operations as the layout allows: the contents as 2-D blocks,
 * each number format and each style once per rectangle of cells that share it, then merges, widths,
 * heights, conditional formats, frozen panes, print setup and the chart. Pure: the writer queues these.
 */
export function planSheetOps(sheet: ReportSheet, layout: ReportLayout, options: PlanOptions): SheetOp[] {
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
    ...numberFormatOps(sheet),
    ...planContentOps(sheet, options.areas),
    ...styleOps(sheet, layout, options.areas),
    ...merges,
    ...widths,
    ...heights,
    ...conditional,
    { kind: "freeze", rows: sheet.freeze.row, cols: sheet.freeze.col },
    { kind: "print", print: sheet.print },
    ...charts,
  ];
}
