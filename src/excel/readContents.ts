import { WORKBOOK_MARK_NAME } from "../core/report/types";
import { parseSettings } from "../core/settings/parseSettings";
import type { Settings } from "../core/settings/types";
import type { SheetGrid } from "../core/types";
import { hasSheetMark, sheetsOfMarker } from "./reportMarker";
import type { HostMessage } from "./ExcelHostError";
import { loadNamedSources, type NamedSource } from "./namedSources";
import { LAST_ERROR_KEY, SETTINGS_KEY } from "./settingsKey";
import { isResponseTooLarge, queueLook, readUsedRanges } from "./readUsedRanges";
import { toSheetGrid } from "./toSheetGrid";

/** A sheet as listed in the first sync. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
}

/** What one read of the workbook gives: the grids, the settings, and what a later write needs to know. */
export interface WorkbookState {
  /** The user's sheets (not ours), as values. */
  readonly sources: SheetGrid[];
  /** Our earlier report sheets, as values (only their row 1 when read with `reports: "row 1"`). */
  readonly reports: SheetGrid[];
  readonly settings: Settings;
  /** Every sheet, in order, before anything was written. */
  readonly sheets: readonly SheetInfo[];
  /** The ids of our report sheets (a subset of `sheets`). */
  readonly reportIds: readonly string[];
  /** The marker name's formula before the write, if the workbook had one. */
  readonly markerFormula?: string;
  /** What the ribbon button left when it last failed (it has no window of its own to say it in). */
  readonly ribbonError?: HostMessage;
  /** The workbook's tables and named ranges: the pane can read one of them alone. */
  readonly namedSources: readonly NamedSource[];
}

/** The ribbon's saved failure, `{ sv, en, at }` as JSON; undefined for anything else. */
function ribbonErrorFrom(value: unknown): HostMessage | undefined {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : undefined;
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { sv, en } = parsed as Record<string, unknown>;
    return typeof sv === "string" && typeof en === "string" ? { sv, en } : undefined;
  } catch {
    return undefined;
  }
}

function settingsFrom(value: unknown): Settings {
  if (typeof value !== "string") return parseSettings(value);
  try {
    return parseSettings(JSON.parse(value));
  } catch {
    return parseSettings(undefined);
  }
}

/**
 * The first request: the sheet list, the marker, the settings, the lists of tables and names, and
 * (unless `look` is false) a first look at the active sheet.
 */
async function readFirst(context: Excel.RequestContext, look: boolean) {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  const active = look ? context.workbook.worksheets.getActiveWorksheet() : undefined;
  active?.load("id");
  const activeLook = active && queueLook(active);
  const marker = context.workbook.names.getItemOrNullObject(WORKBOOK_MARK_NAME);
  marker.load("formula");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const lastError = context.workbook.settings.getItemOrNullObject(LAST_ERROR_KEY);
  lastError.load("value");
  const namedRanges = loadNamedSources(context);
  await context.sync();
  const index = active ? worksheets.items.findIndex((ws) => ws.id === active.id) : -1;
  const firstLook = activeLook && index >= 0 ? { index, look: activeLook } : undefined;
  return { worksheets: worksheets.items, firstLook, marker, setting, lastError, namedRanges };
}

/**
 * Reads the whole workbook, in two round trips unless a sheet is too large for them: (1) the sheets,
 * the marker name, the settings, the lists of tables and names, and the used cells of the active
 * sheet within its first look (`lookWindows`); (2) what is left of the active sheet and the other
 * sheets' used ranges (`readUsedRanges`: blocks under Excel on the web's 5 MB for a response, more
 * requests only where they need more), and each table's and named range's address. A workbook of
 * one sheet that the first look read whole, without tables or names, needs no second request. Our
 * own report sheets are told apart exactly as the ExcelJS adapter does: named by the workbook's
 * marker *and* marked in row 1; with `reports: "row 1"` (the checks need no more) only that row of
 * them is read.
 */
export async function readContents(
  context: Excel.RequestContext,
  { reports: reportCells }: { readonly reports: "whole" | "row 1" } = { reports: "whole" },
): Promise<WorkbookState> {
  const first = await readFirst(context, true).catch((error: unknown) => {
    if (isResponseTooLarge(error)) return readFirst(context, false);
    throw error;
  });
  const { worksheets, marker, setting, lastError } = first;
  const sheets = worksheets.map((ws) => ({ id: ws.id, name: ws.name }));
  const formula: unknown = marker.isNullObject ? undefined : marker.formula;
  const markerFormula = typeof formula === "string" ? formula : undefined;
  const named = new Set(sheetsOfMarker(markerFormula ?? "").map((n) => n.toLowerCase()));
  const skim = new Set(
    reportCells === "row 1"
      ? sheets.flatMap((sheet, i) => (named.has(sheet.name.toLowerCase()) ? [i] : []))
      : [],
  );
  let namedAddresses: () => NamedSource[] = () => [];
  const used = await readUsedRanges(context, worksheets, first.firstLook, {
    skim,
    withFirstRequest: () => {
      const { queued, read } = first.namedRanges();
      namedAddresses = read;
      return queued;
    },
  });

  const sources: SheetGrid[] = [];
  const reports: SheetGrid[] = [];
  const reportIds: string[] = [];
  sheets.forEach((sheet, i) => {
    const range = used[i];
    const grid = range
      ? toSheetGrid(sheet.name, range.address, range.values, range.numberFormat)
      : { name: sheet.name, cells: [], origin: { row: 0, col: 0 } };
    if (named.has(sheet.name.toLowerCase()) && hasSheetMark(grid)) {
      reports.push(grid);
      reportIds.push(sheet.id);
    } else sources.push(grid);
  });
  const saved: unknown = setting.isNullObject ? undefined : setting.value;
  const settings = settingsFrom(saved);
  const ribbonError = lastError.isNullObject ? undefined : ribbonErrorFrom(lastError.value);
  return {
    sources,
    reports,
    settings,
    sheets,
    reportIds,
    namedSources: namedAddresses(),
    ...(markerFormula ? { markerFormula } : {}),
    ...(ribbonError ? { ribbonError } : {}),
  };
}
