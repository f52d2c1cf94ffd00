import type { ColumnRole, ForecastMethod, SignConvention } from "./types";

/** What the engine is asked to do besides reading: thresholds, forecast method and the user's corrections. */
export interface Thresholds {
  /** Share of budget, 0.05 = 5 %. */
  readonly percent: number;
  /** In tkr. */
  readonly amountTkr: number;
}

export interface AnalysisOptions {
  readonly thresholds: Thresholds;
  readonly method: Exclude<ForecastMethod, "manual">;
  /** Sign conventions chosen by the user, by settings key `Sheet!A1` (a table key `Sheet!A1:E9` names the table at A1 too). */
  readonly signConventions?: Readonly<Record<string, SignConvention>>;
  /** Column roles corrected by the user: settings key `Sheet!A1` → column letters → role. */
  readonly columnRoles?: Readonly<Record<string, Readonly<Record<string, ColumnRole>>>>;
  /** Read only this range ("'Blad 1'!A1:E9", a selection the user chose); every sheet when absent. */
  readonly sourceRange?: string;
  /** Lines whose signs run against their table's convention: settings key `Sheet!A1` → line labels. */
  readonly invertedLines?: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  thresholds: { percent: 0.05, amountTkr: 100 },
  method: "budget-profile",
};
