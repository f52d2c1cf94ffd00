import { rowKey } from "./rowKey";
import { SHEET_MARK, KEY_SEPARATOR } from "./types";
import type { SheetDraft } from "./createSheetDraft";

export interface SheetHead {
  readonly title: string;
  /** One line under the title: source, unit, sign convention. */
  readonly meta: string;
  /** The engine's summary sentences, shown as one paragraph. */
  readonly sentences: readonly string[];
  /** What a person wrote over the summary before, kept in place of the sentences. */
  readonly keptSummary?: string;
  readonly sourceId: string;
  /** The last visible column (Kommentar), and the hidden key and machine-text columns. */
  readonly lastCol: number;
  readonly lastLetter: string;
  readonly keyCol: number;
  readonly machineCol: number;
  /** Total width of the visible columns in characters, to size the summary row. */
  readonly width: number;
}

/** Rows 1–5: title, source line, "Sammanfattning" and the summary paragraph; the header row is 6. */
export function writeSheetHead(draft: SheetDraft, head: SheetHead): number {
  draft.text(1, 1, head.title, { style: "title" });
  draft.text(1, head.keyCol, `${SHEET_MARK}${KEY_SEPARATOR}${head.sourceId}`);
  draft.text(2, 1, head.meta, { style: "meta" });
  draft.text(3, 1, "Sammanfattning", { style: "heading" });
  const generated = head.sentences.join(" ");
  const summary = head.keptSummary ?? generated;
  draft.text(4, 1, summary, { style: "summary", editable: "summary" });
  draft.text(4, head.keyCol, rowKey("summary"));
  if (generated !== "") draft.text(4, head.machineCol, generated);
  draft.merges.push(`A4:${head.lastLetter}4`);
  const lines = summary
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / head.width)), 0);
  draft.rowHeights[4] = Math.max(2, lines) * 15;
  return 6;
}
