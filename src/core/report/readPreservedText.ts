import { KEY_SEPARATOR, SHEET_MARK, type PreservedComment, type PreservedSheet } from "./types";
import type { CellValue, Grid } from "../types";

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);

/**
 * What a person wrote on a report sheet, read from its values (`grid[0][0]` is A1): the summary
 * and every Kommentar that differs from the text the report put there (the hidden machine-text
 * column), keyed by section and line label from the hidden key column — never by row number.
 * Comments already in "Kommentarer utan rad" are kept as they are. Undefined for a sheet
 * without our marker.
 */
export function readPreservedText(grid: Grid, sheetName: string): PreservedSheet | undefined {
  const top = grid[0] ?? [];
  const keyCol = top.findIndex((v) => typeof v === "string" && v.startsWith(SHEET_MARK));
  if (keyCol < 0) return undefined;
  const sourceId = text(top[keyCol]).slice(SHEET_MARK.length + KEY_SEPARATOR.length);
  const machineCol = keyCol + 1;
  const headerRow = grid.find((row) => row[keyCol] === "header") ?? [];
  const commentCol = headerRow.findIndex((v) => typeof v === "string" && v.trim() === "Kommentar");
  let summary: string | undefined;
  const comments: PreservedComment[] = [];
  for (const row of grid) {
    const key = text(row[keyCol]);
    const machine = text(row[machineCol]);
    if (key === "summary") {
      const written = text(row[0]);
      if (written !== machine) summary = written;
      continue;
    }
    const [kind, section = "", label = ""] = key.split(KEY_SEPARATOR);
    if ((kind !== "line" && kind !== "orphan") || commentCol < 0) continue;
    const written = text(row[commentCol]);
    if (kind === "orphan" ? written.trim() !== "" : written !== machine)
      comments.push({ section, label, text: written });
  }
  return { sheetName, sourceId, ...(summary !== undefined ? { summary } : {}), comments };
}
