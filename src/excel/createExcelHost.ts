import type { Settings } from "../core/settings/types";
import { clearRibbonError } from "./clearRibbonError";
import { describeExcelError } from "./describeExcelError";
import type { HostMessage } from "./ExcelHostError";
import type { GeneratedReport } from "./generateReport";
import { onSourcesChanged } from "./onSourcesChanged";
import { readWorkbook, type WorkbookContents } from "./readWorkbook";
import { saveSettings } from "./saveSettings";
import { selectCell } from "./selectCell";
import { selectionAddress } from "./selectionAddress";

/**
 * Everything the task pane asks of Excel. Each call is one `Excel.run` and rejects with an
 * `ExcelHostError` (a Swedish and an English message, the Office error as its cause).
 */
export interface WorkbookHost {
  /** The user's sheets, the names of our report sheets and the saved settings; one or two requests, more for a sheet too large for them. */
  readWorkbook(): Promise<WorkbookContents>;
  /** Saves `settings` and writes the report; `onProgress` gets a share done, 0–1. Three requests for a report of ordinary size. */
  generateReport(settings: Settings, onProgress?: (done: number) => void): Promise<GeneratedReport>;
  saveSettings(settings: Settings): Promise<void>;
  /** Shows the sheet and selects the cell: "Sheet!G3" or "'My sheet'!G3". */
  selectCell(address: string): Promise<void>;
  /** Calls `handler` whenever a user's sheet changes; resolves to the function that stops it. */
  onSourcesChanged(handler: () => void): Promise<() => void>;
  /** The address of the user's selection, with its sheet: the pane can read only that range. */
  selectionAddress(): Promise<string>;
  /** Forgets the ribbon button's last failure (`WorkbookContents.ribbonError`) once it was shown. */
  clearRibbonError(): Promise<void>;
  /** The user message of a known error; undefined for an error the adapter does not know. */
  describeError(error: unknown): HostMessage | undefined;
}

/** The Office.js host: call once Office is ready, inside Excel. */
export function createExcelHost(): WorkbookHost {
  return {
    readWorkbook,
    // Loaded when first asked for: the report's planning and writing are not in the pane's first load.
    generateReport: async (settings, onProgress) =>
      (await import("./generateReport")).generateReport(settings, onProgress),
    saveSettings,
    selectCell,
    onSourcesChanged,
    clearRibbonError,
    selectionAddress,
    describeError: describeExcelError,
  };
}
