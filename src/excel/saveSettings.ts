import type { Settings } from "../core/settings/types";
import { toExcelHostError } from "./describeExcelError";
import { SETTINGS_KEY } from "./settingsKey";

/** Saves the pane's choices in the workbook (`workbook.settings`, ExcelApi 1.4), as JSON. One request. */
export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
