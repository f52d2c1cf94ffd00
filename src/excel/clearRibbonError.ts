import { toExcelHostError } from "./describeExcelError";
import { LAST_ERROR_KEY } from "./settingsKey";

/** Forgets the ribbon button's last failure once the pane has shown it and the user closed it. One request. */
export async function clearRibbonError(): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(LAST_ERROR_KEY);
      setting.load("key");
      await context.sync();
      if (setting.isNullObject) return;
      setting.delete();
      await context.sync();
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
