import { KEY_SEPARATOR } from "./types";

/** The key of a section heading in a table body: the lines under it take their section from its text. */
export const HEADING_KEY = "section";
/** A line's key starts with this when it holds only a checksum of its section and label. */
export const CHECKSUM_MARK = "#";

/**
 * The hidden key of a report row: what it is, and for lines their section and label. Joined, so
 * each key is one string, not a chain of pieces (see `joined` in writeBudgetBody).
 */
export function rowKey(kind: "line" | "orphan" | "summary" | "header", section = "", label = ""): string {
  return kind === "line" || kind === "orphan" ? [kind, section, label].join(KEY_SEPARATOR) : kind;
}

/** FNV-1a (32 bits) of a line's section and label, in base 36: at most seven characters. */
export function lineChecksum(section: string, label: string): string {
  let hash = 0x811c9dc5;
  const text = `${section}\u0000${label}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Keys for the rows of one table body, written in order. A section heading's key is `HEADING_KEY`.
 * A line whose section is the text of the heading above it and whose label is the text it shows
 * gets only a checksum of the two: the reader takes section and label from the sheet, and the
 * checksum tells whether a person has changed either since. Any other line gets both in full.
 * The short key is what keeps a 50 000-line report within one request to Excel on the web.
 */
export function createBodyKeys(): {
  heading(text: string): string;
  line(section: string, label: string, shown: string): string;
} {
  let heading = "";
  return {
    heading(text) {
      heading = text;
      return HEADING_KEY;
    },
    line(section, label, shown) {
      return section === heading && label === shown
        ? CHECKSUM_MARK + lineChecksum(section, label)
        : rowKey("line", section, label);
    },
  };
}
