import { KEY_SEPARATOR } from "./types";

/** The hidden key of a report row: what it is, and for lines their section and label. */
export function rowKey(kind: "line" | "orphan" | "summary" | "header", section = "", label = ""): string {
  return kind === "line" || kind === "orphan"
    ? `${kind}${KEY_SEPARATOR}${section}${KEY_SEPARATOR}${label}`
    : kind;
}
