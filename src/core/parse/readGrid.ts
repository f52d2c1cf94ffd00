import type { CellValue, Grid, ParsedCell } from "../types";
import { EMPTY_CELL, parseCell } from "./parseCell";

/** A sheet's cells parsed once, with trailing empty rows and columns cut off. */
export interface ReadGrid {
  readonly rows: number;
  readonly cols: number;
  /** The cell as parsed; an empty cell outside a ragged row. */
  readonly cell: (row: number, col: number) => ParsedCell;
  /** The cell as text: a string trimmed, a number as written by String(), "" for empty. */
  readonly text: (row: number, col: number) => string;
}

/** How many numbers' cells a grid shares at most. */
const NUMBERS_SHARED = 4096;

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  // NaN or Infinity from a host is no number to show: the error it parses as.
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  return String(value).trim();
}

/**
 * Parses every cell of a grid, once; rows may be ragged. The cells are kept in one array, each
 * row found by its offset: no array per row of a 100 000-row sheet. A text that repeats (an
 * account under every unit of a ledger) is parsed once and its cell shared.
 */
export function readGrid(cells: Grid): ReadGrid {
  const offsets = new Array<number>(cells.length + 1);
  let total = 0;
  for (let r = 0; r < cells.length; r++) {
    offsets[r] = total;
    total += cells[r]?.length ?? 0;
  }
  offsets[cells.length] = total;
  const parsed = new Array<ParsedCell>(total);
  const texts = new Map<string, ParsedCell>();
  // Amounts repeat too (a ledger in tkr has the same few hundred under every unit): a number's
  // cell is shared, at most NUMBERS_SHARED of them, so a sheet of all-different numbers keeps no
  // large map.
  const numbers = new Map<number, ParsedCell>();
  let rows = 0;
  let cols = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const offset = offsets[r]!;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      let cell =
        typeof value === "string"
          ? texts.get(value)
          : typeof value === "number"
            ? numbers.get(value)
            : undefined;
      if (cell === undefined) {
        cell = parseCell(value);
        if (typeof value === "string") texts.set(value, cell);
        else if (typeof value === "number" && numbers.size < NUMBERS_SHARED) numbers.set(value, cell);
      }
      parsed[offset + c] = cell;
      if (cell.kind === "empty") continue;
      rows = r + 1;
      cols = Math.max(cols, c + 1);
    }
  }
  return {
    rows,
    cols,
    cell: (row, col) => {
      if (!(row >= 0 && row < cells.length && col >= 0)) return EMPTY_CELL;
      const at = offsets[row]! + col;
      return at < offsets[row + 1]! ? parsed[at]! : EMPTY_CELL;
    },
    text: (row, col) => textOf(cells[row]?.[col]),
  };
}
