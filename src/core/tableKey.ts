import { quoteSheetName } from "./cellAddress";
import type { SourceTable } from "./types";

/** Where a table is: `Sheet!A1:E9` (the sheet quoted where Excel would quote it), header and body. */
export function tableKey(table: Pick<SourceTable, "sheet" | "range">): string {
  return `${quoteSheetName(table.sheet)}!${table.range}`;
}

/**
 * How the settings name a table: its sheet and top-left cell, `Sheet!A1`, from a table key
 * (`Sheet!A1:E9`) or a settings key. The key stays when lines are added or removed at the bottom or
 * columns at the right, so the user's corrections stay with the table; settings saved by earlier
 * versions, keyed by the whole range, name the table at that range's top-left cell.
 */
export function settingsKey(key: string): string {
  const bang = key.lastIndexOf("!");
  const local = key.slice(bang + 1).replace(/\$/g, "");
  const colon = local.indexOf(":");
  return `${key.slice(0, bang + 1)}${(colon < 0 ? local : local.slice(0, colon)).toUpperCase()}`;
}

/**
 * What `byKey` holds for the table `key` names (a table key or a settings key): the entry under its
 * settings key, else the last one saved under a whole range with the same top-left cell.
 */
export function settingFor<T>(byKey: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (byKey === undefined) return undefined;
  const wanted = settingsKey(key);
  if (Object.hasOwn(byKey, wanted)) return byKey[wanted];
  let found: T | undefined;
  for (const [saved, value] of Object.entries(byKey)) if (settingsKey(saved) === wanted) found = value;
  return found;
}
