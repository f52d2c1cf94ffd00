import type { SheetDraft } from "./createSheetDraft";

/**
 * The table's header row: the line column and Kommentar left-aligned over their text, the number
 * columns right-aligned over their numbers, and a height that shows every header whole (its own
 * line breaks and the words wrapped at the column's width, 15 points a line, at least two lines).
 */
export function writeHeaderRow(
  draft: SheetDraft,
  row: number,
  headers: readonly { readonly col: number; readonly text: string; readonly width: number }[],
): void {
  const first = Math.min(...headers.map((h) => h.col));
  let lines = 2;
  for (const { col, text, width } of headers) {
    const left = col === first || text === "Kommentar";
    draft.text(row, col, text, { style: left ? "headerLabel" : "header" });
    const wrapped = text
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / Math.max(1, width - 1))), 0);
    lines = Math.max(lines, wrapped);
  }
  draft.rowHeights[row] = lines * 15;
}
