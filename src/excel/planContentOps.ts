import type { ReportSheet } from "../core/report/types";
import { rangeAddress, type SheetOp } from "./sheetOps";
import { toCellInput } from "./toCellInput";
import { toR1C1 } from "./toR1C1";

/** A column run of one R1C1 formula shorter than this many formula cells is written with the block. */
const MIN_RUN = 3;
/** A block of cell contents is cut into pieces of about this many bytes, so no request grows too big. */
export const BLOCK_BYTES = 1_000_000;

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

/**
 * The contents of a report sheet: every long column run of one formula as a single R1C1 value for
 * the whole run, then the rest as 2-D blocks written after the runs — `null` (leave as it is) where
 * a run already wrote the formula, "" for a blank cell a run reached over, A1 formulas, numbers and
 * text elsewhere. Blocks are cut at about `BLOCK_BYTES`.
 */
export function planContentOps(sheet: ReportSheet): SheetOp[] {
  if (sheet.cells.length === 0) return [];
  // Not Math.max(...cells): a 50 000-line report has more cells than a call has room for arguments.
  const rows = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const cols = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const grid: (string | number | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | number | null>(cols).fill(""),
  );
  const formulas: FormulaCell[] = [];
  for (const cell of sheet.cells) {
    if (cell.content.kind === "formula")
      formulas.push({
        row: cell.row,
        col: cell.col,
        r1c1: toR1C1(cell.content.formula, cell.row, cell.col),
        a1: cell.content.formula,
      });
    else grid[cell.row - 1]![cell.col - 1] = toCellInput(cell.content);
  }
  const isBlank = (row: number, col: number) => grid[row - 1]![col - 1] === "";
  const runs: SheetOp[] = [];
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
  }
  const blocks: SheetOp[] = [];
  let start = 0;
  let bytes = 0;
  grid.forEach((line, i) => {
    bytes += JSON.stringify(line).length;
    if (bytes >= BLOCK_BYTES || i === grid.length - 1) {
      const block = grid.slice(start, i + 1);
      blocks.push({
        kind: "formulas",
        address: rangeAddress(start + 1, 1, block.length, cols),
        formulas: block,
      });
      start = i + 1;
      bytes = 0;
    }
  });
  return [...runs, ...blocks];
}
