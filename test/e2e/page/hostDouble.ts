/**
 * A test double of the pane's `Host` (src/taskpane/host/Host.ts), in the page: the sample
 * workbook's sheets in memory, and a record of what the pane asked for (selected cells, saved
 * settings, the report layouts it had written). Not an Excel adapter: it writes no sheet, it keeps
 * the layout the core planned so the test can read it.
 */
import { planReport } from "../../../src/core/report/planReport";
import type { ReportLayout } from "../../../src/core/report/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings/types";
import type { SheetGrid } from "../../../src/core/types";
import type { Host } from "../../../src/taskpane/host/Host";

export interface HostRecord {
  readonly selected: string[];
  readonly saved: Settings[];
  readonly layouts: ReportLayout[];
}

export function createHostDouble(sources: readonly SheetGrid[]): { host: Host; record: HostRecord } {
  const record: HostRecord = { selected: [], saved: [], layouts: [] };
  let settings: Settings = DEFAULT_SETTINGS;
  const host: Host = {
    readWorkbook: () => Promise.resolve({ sources, reports: [], settings }),
    generateReport: (chosen, onProgress) => {
      onProgress?.(0.5);
      const { layout } = planReport(sources, [], chosen);
      record.layouts.push(layout);
      const first = layout.sheets[0];
      if (!first) return Promise.reject(new Error("no report sheets"));
      return Promise.resolve({ sheetNames: layout.sheets.map((s) => s.name), firstSheet: first.name });
    },
    saveSettings: (next) => {
      settings = next;
      record.saved.push(next);
      return Promise.resolve();
    },
    selectCell: (address) => {
      record.selected.push(address);
      return Promise.resolve();
    },
    onSourcesChanged: () => Promise.resolve(() => undefined),
    describeError: () => undefined,
  };
  return { host, record };
}
