import { splitSheetRef } from "../cellAddress";
import type { SheetGrid } from "../types";

/** "AB" → 27 (0-based). */
const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "'Blad 1'!B2:E9", "Blad1!B2" (a single cell), `$` allowed; undefined for anything else. */
export function parseRangeAddress(
  address: string,
): { sheet: string; top: number; left: number; bottom: number; right: number } | undefined {
  const ref = splitSheetRef(address);
  if (!ref) return undefined;
  const { sheet } = ref;
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.local.toUpperCase());
  if (!match) return undefined;
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const [left, right] = [columnIndex(c1), columnIndex(c2)].sort((a, b) => a - b) as [number, number];
  const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b) as [number, number];
  return { sheet, top, left, bottom, right };
}

/**
 * Only the part of the workbook the user chose to read ("'Blad 1'!A1:E9", the selection saved in
 * the settings): that sheet's cells inside the range, with their origin, so rows and cells keep their
 * addresses. Every sheet when `address` is undefined; none when it names no sheet of the workbook.
 */
export function cropToRange(sheets: readonly SheetGrid[], address: string | undefined): readonly SheetGrid[] {
  if (address === undefined) return sheets;
  const range = parseRangeAddress(address);
  const sheet = range && sheets.find((s) => s.name === range.sheet);
  if (!range || !sheet) return [];
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const cells = sheet.cells
    .slice(Math.max(0, range.top - origin.row), Math.max(0, range.bottom - origin.row + 1))
    .map((row) => row.slice(Math.max(0, range.left - origin.col), Math.max(0, range.right - origin.col + 1)));
  return [
    {
      name: sheet.name,
      cells,
      origin: { row: Math.max(range.top, origin.row), col: Math.max(range.left, origin.col) },
    },
  ];
}
