import { KEY_SEPARATOR } from "./types";

/**
 * The hidden key of a report row: what it is, and for lines their section and label. Joined, so
 * each key is one string, not a chain of pieces (see `joined` in writeBudgetBody).
 */
export function rowKey(kind: "line" | "orphan" | "summary" | "header", section = "", label = ""): string {
  return kind === "line" || kind === "orphan" ? [kind, section, label].join(KEY_SEPARATOR) : kind;
}
