import { quoteSheetName } from "./cellAddress";
import type { SourceTable } from "./types";

/** How settings name a table: `Sheet!A1:E9` (the sheet quoted where Excel would quote it). */
export function tableKey(table: Pick<SourceTable, "sheet" | "range">): string {
  return `${quoteSheetName(table.sheet)}!${table.range}`;
}
