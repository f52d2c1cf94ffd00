import { rowKey } from "./rowKey";
import type { SheetDraft } from "./createSheetDraft";
import type { PreservedComment } from "./types";

export interface SheetTail {
  /** A heading and its lines under the table (method, explanations, conventions). */
  readonly notes: readonly { readonly heading: string; readonly lines: readonly string[] }[];
  /** Comments whose line is gone: kept in their own area, never dropped. */
  readonly orphans: readonly PreservedComment[];
  readonly lastLetter: string;
  readonly commentCol: number;
  readonly keyCol: number;
}

/** Under the table from `startRow`: explanatory notes, then "Kommentarer utan rad". Returns the last row used. */
export function writeSheetTail(draft: SheetDraft, startRow: number, tail: SheetTail): number {
  let row = startRow;
  for (const note of tail.notes) {
    if (note.lines.length === 0) continue;
    row += 1;
    draft.text(row, 1, note.heading, { style: "heading" });
    for (const line of note.lines) {
      row += 1;
      draft.text(row, 1, line, { style: "note" });
      draft.merges.push(`A${row}:${tail.lastLetter}${row}`);
    }
  }
  if (tail.orphans.length > 0) {
    row += 2;
    draft.text(row, 1, "Kommentarer utan rad", { style: "heading" });
    for (const orphan of tail.orphans) {
      row += 1;
      const where = orphan.section ? `${orphan.section} › ${orphan.label}` : orphan.label;
      draft.text(row, 1, where, { style: "line" });
      draft.text(row, tail.commentCol, orphan.text, { style: "comment", editable: "comment" });
      draft.text(row, tail.keyCol, rowKey("orphan", orphan.section, orphan.label));
    }
  }
  return row;
}
