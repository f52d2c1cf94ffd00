import type { CellValue, Grid, ParsedCell } from "../types";
import { parseCell } from "./parseCell";

/** A sheet's cells parsed once, with trailing empty rows and columns cut off. */
export interface ReadGrid {
  readonly rows: number;
  readonly cols: number;
  /** The cell as parsed; an empty cell outside a ragged row. */
  readonly cell: (row: number, col: number) => ParsedCell;
  /** The cell as text: a string trimmed, a number as written by String(), "" for empty. */
  readonly text: (row: number, col: number) => string;
}

const EMPTY: ParsedCell = { kind: "empty" };

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  // NaN or Infinity from a host is no number to show: the error it parses as.
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  return String(value).trim();
}

/** Parses every cell of a grid, once; rows may be ragged. */
export function readGrid(cells: Grid): ReadGrid {
  const parsed = cells.map((row) => row.map((value) => parseCell(value)));
  let rows = 0;
  let cols = 0;
  parsed.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.kind === "empty") return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  return {
    rows,
    cols,
    cell: (row, col) => parsed[row]?.[col] ?? EMPTY,
    text: (row, col) => textOf(cells[row]?.[col]),
  };
}
