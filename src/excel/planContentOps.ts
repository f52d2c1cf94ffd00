import type { ReportSheet } from "../core/report/types";
import { areaLists, rangeAddress, type SheetOp } from "./sheetOps";
import { toRectangles } from "./toRectangles";
import { toCellInput } from "./toCellInput";
import { toR1C1 } from "./toR1C1";

/** A column run of one R1C1 formula shorter than this many formula cells is written with the block. */
const MIN_RUN = 3;
/** A block of cell contents is cut into pieces of about this many bytes, so no request grows too big. */
export const BLOCK_BYTES = 1_000_000;
/** What one more block costs in a request (its range's object path and the set action), erring high. */
const GAP_BYTES = 300;
/** What an empty cell costs inside a block ("" and a comma). */
const EMPTY_BYTES = 3;

interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly r1c1: string;
  readonly a1: string;
}

interface Run {
  readonly col: number;
  readonly top: number;
  bottom: number;
  readonly r1c1: string;
  readonly cells: FormulaCell[];
}

/**
 * Runs down each column of one R1C1 formula ("=RC[-2]-RC[-1]"), reaching over cells that hold
 * nothing (a section heading's empty deviation cell): such a cell is written after the run as "",
 * so a column of lines interrupted by headings is still one operation.
 */
function formulaRuns(
  formulas: readonly FormulaCell[],
  isBlank: (row: number, col: number) => boolean,
): Run[] {
  const byColumn = new Map<number, FormulaCell[]>();
  for (const f of formulas) {
    const column = byColumn.get(f.col);
    if (column) column.push(f);
    else byColumn.set(f.col, [f]);
  }
  const runs: Run[] = [];
  for (const [col, cells] of byColumn) {
    cells.sort((a, b) => a.row - b.row);
    let run: Run | undefined;
    for (const cell of cells) {
      const joins =
        run !== undefined &&
        run.r1c1 === cell.r1c1 &&
        Array.from({ length: cell.row - run.bottom - 1 }, (_, i) => run!.bottom + 1 + i).every((row) =>
          isBlank(row, col),
        );
      if (run && joins) {
        run.bottom = cell.row;
        run.cells.push(cell);
      } else {
        run = { col, top: cell.row, bottom: cell.row, r1c1: cell.r1c1, cells: [cell] };
        runs.push(run);
      }
    }
  }
  return runs;
}

/** A cell of the contents grid: `null` a run wrote it, `undefined` nothing to write (a new sheet is empty). */
type Input = string | number | null | undefined;

/**
 * The columns of rows `top`..`bottom` that hold something to write, as spans of neighbouring
 * columns: a column with nothing to write is left out when that saves more than a new block costs
 * (`GAP_BYTES`: what Office.js sends for one more range), so a block never carries a column of
 * `null` under a formula run or of empty Kommentar cells.
 */
function liveSpans(grid: readonly Input[][], top: number, bottom: number, cols: number): [number, number][] {
  const live: boolean[] = [];
  for (let c = 0; c < cols; c++) {
    let any = false;
    for (let r = top; r <= bottom && !any; r++) {
      const v = grid[r]![c];
      any = v !== undefined && v !== null;
    }
    live.push(any);
  }
  const spans: [number, number][] = [];
  const rows = bottom - top + 1;
  for (let c = 0; c < cols; c++) {
    if (!live[c]) continue;
    const last = spans[spans.length - 1];
    // Bridging a gap writes a short value per row and gap column; a new span costs one range.
    if (last && (c - last[1] - 1) * rows * EMPTY_BYTES <= GAP_BYTES) last[1] = c;
    else spans.push([c, c]);
  }
  return spans;
}

/**
 * The contents of a report sheet: every long column run of one formula as a single R1C1 value for
 * the whole run, then the rest as 2-D blocks written after the runs — `null` (leave as it is) where
 * a run already wrote the formula, "" for a blank cell a run reached over, A1 formulas, numbers and
 * text elsewhere. Blocks are bands of rows of about `BLOCK_BYTES`, each cut into spans of the
 * columns that hold something in the band. With `areas` (RangeAreas, ExcelApi 1.9) the cells a run
 * reached over are emptied by a few `clear` operations instead, so no block carries a column under
 * a run.
 */
export function planContentOps(sheet: ReportSheet, areas: boolean): SheetOp[] {
  if (sheet.cells.length === 0) return [];
  // Not Math.max(...cells): a 50 000-line report has more cells than a call has room for arguments.
  const rows = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const grid: Input[][] = Array.from({ length: rows }, () => new Array<Input>(cols).fill(undefined));
  const formulas: FormulaCell[] = [];
  for (const cell of sheet.cells) {
    if (cell.content.kind === "formula")
      formulas.push({
        row: cell.row,
        col: cell.col,
        r1c1: toR1C1(cell.content.formula, cell.row, cell.col),
        a1: cell.content.formula,
      });
    else {
      const input = toCellInput(cell.content);
      grid[cell.row - 1]![cell.col - 1] = input === "" ? undefined : input;
    }
  }
  const isBlank = (row: number, col: number) => grid[row - 1]![col - 1] === undefined;
  const runs: SheetOp[] = [];
  const reached: { row: number; col: number; key: string }[] = [];
  for (const run of formulaRuns(formulas, isBlank)) {
    if (run.cells.length < MIN_RUN) {
      for (const f of run.cells) grid[f.row - 1]![f.col - 1] = f.a1;
      continue;
    }
    runs.push({
      kind: "formulaRun",
      address: rangeAddress(run.top, run.col, run.bottom - run.top + 1, 1),
      formulaR1C1: run.r1c1,
    });
    for (const f of run.cells) grid[f.row - 1]![f.col - 1] = null;
    // The run wrote its formula into every cell it reached over: those are emptied again, by one
    // clear of many areas where Excel has RangeAreas, else by "" in the block.
    for (let row = run.top; row <= run.bottom; row++) {
      const line = grid[row - 1]!;
      if (line[run.col - 1] === null) continue;
      if (areas) reached.push({ row, col: run.col, key: "" });
      line[run.col - 1] = areas ? null : "";
    }
  }
  const clears = areaLists(
    toRectangles(reached, () => "").map((r) => rangeAddress(r.row, r.col, r.rows, r.cols)),
  ).map((address): SheetOp => ({ kind: "clear", address }));
  const blocks: SheetOp[] = [];
  const block = (top: number, bottom: number) => {
    for (const [first, last] of liveSpans(grid, top, bottom, cols))
      blocks.push({
        kind: "formulas",
        address: rangeAddress(top + 1, first + 1, bottom - top + 1, last - first + 1),
        formulas: grid
          .slice(top, bottom + 1)
          .map((line) => line.slice(first, last + 1).map((v) => (v === undefined ? "" : v))),
      });
  };
  let start = 0;
  let bytes = 0;
  grid.forEach((line, i) => {
    bytes += JSON.stringify(line).length;
    if (bytes >= BLOCK_BYTES || i === grid.length - 1) {
      block(start, i);
      start = i + 1;
      bytes = 0;
    }
  });
  return [...runs, ...clears, ...blocks];
}
