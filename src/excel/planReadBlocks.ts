import { parseRangeAddress } from "../core/parse/cropToRange";

/** A rectangle of a sheet: 0-based first row and column, and its size. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * A first look at a sheet whose size is not known yet reads its used cells within two windows from
 * A1: the first eight columns down to row `rows` (a ledger's label and amounts), and columns I to AX
 * down to row 1 000 at most (a wide table). The look of the request that lists the sheets goes down
 * to row 14 000: 152 000 cells, ~3.2 MB as a ledger's numbers and formats come back (21 bytes a cell).
 */
export function lookWindows(rows: number): Block[] {
  return [
    { row: 0, col: 0, rows, cols: 8 },
    { row: 0, col: 8, rows: Math.min(rows, 1_000), cols: 42 },
  ];
}

/** How far down the first look goes: it is made with the sheet list, before any sheet's size is known. */
export const FIRST_LOOK_ROWS = 14_000;

/** What one request may bring back, by our reckoning: as a write may send, under 4 MB and Excel on the web's 5 MB. */
export const RESPONSE_BUDGET_BYTES = 3_900_000;

/** "'Blad 1'!B2:F10" (or "Blad1!B2") as a block; undefined for anything else. */
export function blockOf(address: string): Block | undefined {
  const range = parseRangeAddress(address);
  if (!range) return undefined;
  const { top, left, bottom, right } = range;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** `block` without the cells of `cut`: none, itself, or the parts above, below, left and right of their overlap. */
function without(block: Block, cut: Block): Block[] {
  const top = Math.max(block.row, cut.row);
  const bottom = Math.min(block.row + block.rows, cut.row + cut.rows);
  const left = Math.max(block.col, cut.col);
  const right = Math.min(block.col + block.cols, cut.col + cut.cols);
  if (top >= bottom || left >= right) return [block];
  const parts: Block[] = [];
  const end = block.col + block.cols;
  if (top > block.row) parts.push({ ...block, rows: top - block.row });
  if (left > block.col) parts.push({ row: top, col: block.col, rows: bottom - top, cols: left - block.col });
  if (right < end) parts.push({ row: top, col: right, rows: bottom - top, cols: end - right });
  if (bottom < block.row + block.rows)
    parts.push({ ...block, row: bottom, rows: block.row + block.rows - bottom });
  return parts;
}

/** What of `used` lies outside every window: the blocks still to read once a look has read those. */
export function outsideWindows(used: Block, windows: readonly Block[]): Block[] {
  return windows.reduce<Block[]>((parts, cut) => parts.flatMap((part) => without(part, cut)), [used]);
}

/**
 * The first blocks of `blocks`, whole or cut at a row, whose cells take at most `room` bytes in all
 * (`cellBytes`: what a cell of the block's sheet takes); and what is left. A block is cut only when
 * at least one of its rows fits.
 */
export function takeBlocks<T extends { readonly block: Block }>(
  blocks: readonly T[],
  room: number,
  cellBytes: (item: T) => number = () => 1,
): { readonly taken: T[]; readonly left: T[] } {
  const taken: T[] = [];
  let free = room;
  let i = 0;
  for (; i < blocks.length; i++) {
    const item = blocks[i]!;
    const { block } = item;
    const rowBytes = block.cols * cellBytes(item);
    if (block.rows * rowBytes <= free) {
      taken.push(item);
      free -= block.rows * rowBytes;
      continue;
    }
    const rows = Math.floor(free / rowBytes);
    if (rows < 1) break;
    taken.push({ ...item, block: { ...block, rows } });
    const rest = { ...item, block: { ...block, row: block.row + rows, rows: block.rows - rows } };
    return { taken, left: [rest, ...blocks.slice(i + 1)] };
  }
  return { taken, left: blocks.slice(i) };
}
