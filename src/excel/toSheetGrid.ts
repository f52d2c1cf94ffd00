import type { CellValue, SheetGrid } from "../core/types";

/** "'My sheet'!B2:F10" → the 0-based position of B2. */
export function originOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(local);
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A number format that shows a date or time ("yyyy-mm-dd", "d/m/yy h:mm"); quoted text and [..] parts ignored. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmyhs]/i.test(bare);
}

/** An Excel date serial as ISO text, as the ExcelJS reader gives it ("2024-05-12", or with the time). */
function serialToIso(serial: number): string {
  const iso = new Date(Math.round((serial - 25569) * 86400000)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

function toCell(value: unknown, format: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(format) ? serialToIso(value) : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

/**
 * A used range as the engine reads it: empty cells as null, dates as ISO text, error values as their
 * text ("#N/A", which is how Excel reports them), trailing empty rows and columns kept as Excel gives them.
 */
export function toSheetGrid(
  name: string,
  address: string,
  values: readonly (readonly unknown[])[],
  numberFormat: readonly (readonly unknown[])[],
): SheetGrid {
  const cells = values.map((row, r) => row.map((value, c) => toCell(value, numberFormat[r]?.[c])));
  const hasValue = cells.some((row) => row.some((v) => v !== null));
  return { name, cells: hasValue ? cells : [], origin: hasValue ? originOf(address) : { row: 0, col: 0 } };
}
