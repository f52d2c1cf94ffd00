import type { PreservedComment, PreservedSheet } from "./types";

/** The comments a person wrote on a sheet, handed out by (section, label) once each. */
export interface CommentBook {
  take(section: string, label: string): string | undefined;
  /** The comments no line asked for (their line is gone) and those no line can be told for. Cleared ones ("") are dropped. */
  leftovers(): PreservedComment[];
}

const keyOf = (section: string, label: string) =>
  `${section.trim().toLowerCase()}\u0000${label.trim().toLowerCase()}`;

export function createCommentBook(sheets: readonly (PreservedSheet | undefined)[]): CommentBook {
  const open = new Map<string, PreservedComment>();
  const unmatched = sheets.flatMap((sheet) => sheet?.unmatched ?? []);
  for (const sheet of sheets) for (const c of sheet?.comments ?? []) open.set(keyOf(c.section, c.label), c);
  return {
    take(section, label) {
      // A first report, or every comment handed out: nothing to look up for the lines left.
      if (open.size === 0) return undefined;
      const key = keyOf(section, label);
      const found = open.get(key);
      open.delete(key);
      return found?.text;
    },
    leftovers: () => [...open.values(), ...unmatched].filter((c) => c.text.trim() !== ""),
  };
}
