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

/** FNV-1a (32 bits) of `text`, from `hash`. */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * FNV-1a (32 bits) of a line's section and label with a NUL between them, in base 36: at most
 * seven characters. The two are hashed one after the other, not joined first, and the digits
 * written here, not by `toString(36)` (a call into the runtime): a ledger's report has 100 000.
 */
export function lineChecksum(section: string, label: string): string {
  // The NUL's step is the multiplication alone: a XOR with 0 changes nothing.
  let n = fnv(Math.imul(fnv(0x811c9dc5, section), 0x01000193), label) >>> 0;
  let digits = "";
  do {
    const digit = n % 36;
    digits = BASE36.charAt(digit) + digits;
    n = (n - digit) / 36;
  } while (n > 0);
  return digits;
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
