import { CHECKSUM_MARK, HEADING_KEY, lineChecksum } from "./rowKey";
import { KEY_SEPARATOR, SHEET_MARK, type PreservedComment, type PreservedSheet } from "./types";
import type { CellValue, Grid } from "../types";

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);

/**
 * What a person wrote on a report sheet, read from its values (`grid[0][0]` is A1): the summary
 * and every Kommentar that differs from the text the report put there (the hidden machine-text
 * column), keyed by section and line label from the hidden key column — never by row number.
 * A line keyed by a checksum takes its label from column A and its section from the heading above;
 * when the checksum no longer fits (a person changed the label or the heading, or deleted the
 * heading), its comment is `unmatched`: kept, but given to no line. Comments already in
 * "Kommentarer utan rad" are kept as they are. Undefined for a sheet without our marker.
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
  let heading = "";
  const comments: PreservedComment[] = [];
  const unmatched: PreservedComment[] = [];
  for (const row of grid) {
    const key = text(row[keyCol]);
    const machine = text(row[machineCol]);
    if (key === "summary") {
      const written = text(row[0]);
      if (written !== machine) summary = written;
      continue;
    }
    if (key === HEADING_KEY) {
      heading = text(row[0]);
      continue;
    }
    const checked = key.startsWith(CHECKSUM_MARK);
    const [kind, section = "", label = ""] = checked
      ? ["line", heading, text(row[0])]
      : key.split(KEY_SEPARATOR);
    if ((kind !== "line" && kind !== "orphan") || commentCol < 0) continue;
    const written = text(row[commentCol]);
    if (kind === "orphan" ? written.trim() === "" : written === machine) continue;
    const comment = { section, label, text: written };
    if (checked && key.slice(CHECKSUM_MARK.length) !== lineChecksum(section, label)) unmatched.push(comment);
    else comments.push(comment);
  }
  return {
    sheetName,
    sourceId,
    ...(summary !== undefined ? { summary } : {}),
    comments,
    ...(unmatched.length > 0 ? { unmatched } : {}),
  };
}
