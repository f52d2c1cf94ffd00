import type { Settings } from "../../core/settings/types";
import type { SheetGrid } from "../../core/types";

/** A message in both of the pane's languages. */
export interface Message {
  readonly sv: string;
  readonly en: string;
}

/** What the pane reads from the workbook in one go. */
export interface WorkbookContents {
  /** The user's sheets (not ours), as values. */
  readonly sources: readonly SheetGrid[];
  /** Our earlier report sheets, as values. */
  readonly reports: readonly SheetGrid[];
  readonly settings: Settings;
}

export interface GeneratedReport {
  readonly sheetNames: readonly string[];
  readonly firstSheet: string;
}

/**
 * Everything the pane asks of Excel. Components get it through `useHost()` and never call
 * `Excel.run` themselves; the Office.js adapter (src/excel) provides the real one, the tests a fake.
 */
export interface Host {
  readWorkbook(): Promise<WorkbookContents>;
  /** `onProgress` gets a share done, 0–1. */
  generateReport(settings: Settings, onProgress?: (done: number) => void): Promise<GeneratedReport>;
  saveSettings(settings: Settings): Promise<void>;
  /** Selects (and shows) a cell: "Sheet!G3" or "'Sheet name'!G3". */
  selectCell(address: string): Promise<void>;
  /** Calls `handler` whenever a user's sheet changes; resolves to the function that stops it. */
  onSourcesChanged(handler: () => void): Promise<() => void>;
  /** The user message of a known error; undefined for an error the adapter does not know. */
  describeError(error: unknown): Message | undefined;
}
