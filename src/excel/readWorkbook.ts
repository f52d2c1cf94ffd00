import type { Settings } from "../core/settings/types";
import type { SheetGrid } from "../core/types";
import { toExcelHostError } from "./describeExcelError";
import type { HostMessage } from "./ExcelHostError";
import type { NamedSource } from "./namedSources";
import { readContents } from "./readContents";

export interface WorkbookContents {
  /** The user's sheets (not ours), as values. */
  readonly sources: readonly SheetGrid[];
  /** The names of our earlier report sheets (their cells are not read: the checks need none of them). */
  readonly reportNames: readonly string[];
  readonly settings: Settings;
  /** What the ribbon button left when it last failed, for the pane to show. */
  readonly ribbonError?: HostMessage;
  /** The workbook's tables and named ranges, each of which the pane can read alone (`settings.sourceRange`). */
  readonly namedSources: readonly NamedSource[];
}

/** The workbook as the engine reads it, in one or two requests, more for a sheet too large for them (see `readContents`). */
export async function readWorkbook(): Promise<WorkbookContents> {
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const read = await readContents(context, { reports: "row 1" });
      const { sources, settings, ribbonError, namedSources } = read;
      const reportNames = read.reports.map((report) => report.name);
      return { sources, reportNames, settings, namedSources, ...(ribbonError ? { ribbonError } : {}) };
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
