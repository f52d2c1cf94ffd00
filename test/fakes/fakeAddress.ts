import { invalidArgument } from "./fakeErrors";

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "'My sheet'" when the name needs quotes, as Excel writes addresses. */
export function quoteName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(rect: Rect): string {
  const first = `${columnName(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnName(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

type End = { row?: number; col?: number };

function parseEnd(text: string, address: string): End {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) throw invalidArgument(`address "${address}"`);
  return {
    ...(m[1] ? { col: columnIndex(m[1]) } : {}),
    ...(m[2] ? { row: Number(m[2]) - 1 } : {}),
  };
}

/** "B2", "B2:D9", "F:F", "6:6" (no sheet part) as a rectangle; InvalidArgument otherwise. */
export function parseRect(address: string): Rect {
  const parts = address.split(":");
  if (parts.length > 2 || parts[0] === undefined) throw invalidArgument(`address "${address}"`);
  const a = parseEnd(parts[0], address);
  const b = parts[1] === undefined ? a : parseEnd(parts[1], address);
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === undefined || b.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === undefined || b.col === undefined ? MAX_COLS - 1 : Math.max(a.col, b.col);
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined))
    throw invalidArgument(`address "${address}"`);
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** "'My sheet'!B2:C3" → sheet and local address; the sheet part is optional. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** "$A$1" or "$A$1:$C$9". */
export function absoluteRect(rect: Rect): string {
  return formatRect(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
