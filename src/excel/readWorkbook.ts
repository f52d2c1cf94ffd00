import type { Settings } from "../core/settings/types";
import type { SheetGrid } from "../core/types";
import { toExcelHostError } from "./describeExcelError";
import { readContents } from "./readContents";

export interface WorkbookContents {
  /** The user's sheets (not ours), as values. */
  readonly sources: readonly SheetGrid[];
  /** Our earlier report sheets, as values. */
  readonly reports: readonly SheetGrid[];
  readonly settings: Settings;
}

/** The workbook as the engine reads it, in two requests (see `readContents`). */
export async function readWorkbook(): Promise<WorkbookContents> {
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const { sources, reports, settings } = await readContents(context);
      return { sources, reports, settings };
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
