import {
  DEFAULT_OPTIONS,
  type ColumnRole,
  type ForecastMethod,
  type SignConvention,
  type Thresholds,
} from "../types";

/**
 * What the user chose in the side panel, saved in the workbook so the ribbon button regenerates
 * exactly what the panel showed. Tables are named by their settings key, the sheet and the table's
 * top-left cell (`Sheet!A1`, unchanged when the table grows or shrinks at the bottom or right; a key
 * saved with the whole range, `Sheet!A1:E9`, names the same table), columns by their letters.
 */
export interface Settings {
  readonly version: 1;
  readonly thresholds: Thresholds;
  readonly method: Exclude<ForecastMethod, "manual">;
  readonly signConventions: Readonly<Record<string, SignConvention>>;
  readonly columnRoles: Readonly<Record<string, Readonly<Record<string, ColumnRole>>>>;
  /** Lines whose signs run against their table's convention (settings key → line labels): deviations turned. */
  readonly invertedLines: Readonly<Record<string, readonly string[]>>;
  /**
   * Read only this range: an address ("'Blad 1'!A1:E9", the selection, saved) or the name of an Excel
   * table or named range, which the host resolves to its address; the whole workbook when absent.
   */
  readonly sourceRange?: string;
  /** Tables the user chose not to report (by settings key); every other recognised table is reported. */
  readonly excludedTables: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  thresholds: DEFAULT_OPTIONS.thresholds,
  method: DEFAULT_OPTIONS.method,
  signConventions: {},
  columnRoles: {},
  invertedLines: {},
  excludedTables: [],
};
