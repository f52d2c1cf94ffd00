import { WORKBOOK_MARK_NAME } from "../core/report/types";
import type { WorkbookState } from "./readContents";

/**
 * After a failed write, puts the workbook back as it was, in a batch of its own: every sheet that did
 * not exist before is deleted, the old report sheets get their names back and the marker name its
 * formula. If the failure came after old sheets were already deleted (the new report is then
 * complete), the rest of the old ones are deleted instead. Two requests. Resolves to true when the
 * workbook was put back as it was, false when the new report was completed instead.
 */
export async function restoreWorkbook(state: WorkbookState): Promise<boolean> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    const marker = context.workbook.names.getItemOrNullObject(WORKBOOK_MARK_NAME);
    marker.load("formula");
    await context.sync();

    const before = new Set(state.sheets.map((s) => s.id));
    const now = new Map(worksheets.items.map((ws) => [ws.id, ws]));
    const oldComplete = state.reportIds.every((id) => now.has(id));
    if (!oldComplete) {
      for (const id of state.reportIds) now.get(id)?.delete();
      await context.sync();
      return false;
    }
    for (const ws of worksheets.items) if (!before.has(ws.id)) ws.delete();
    for (const sheet of state.sheets) {
      const ws = now.get(sheet.id);
      if (ws && ws.name !== sheet.name) ws.name = sheet.name;
    }
    if (!marker.isNullObject) marker.delete();
    if (state.markerFormula !== undefined)
      context.workbook.names.add(WORKBOOK_MARK_NAME, state.markerFormula);
    await context.sync();
    return true;
  });
}
