import { WORKBOOK_MARK_NAME } from "../core/report/types";
import { detectFeatures } from "./detectFeatures";
import { toExcelHostError } from "./describeExcelError";
import { sheetsOfMarker } from "./reportMarker";

/**
 * Calls `handler` whenever a cell of one of the user's sheets changes (`worksheet.onChanged`,
 * ExcelApi 1.7), so the pane can re-check after a pause; our report sheets (those the marker names)
 * are not watched. Resolves to the function that stops it. Without ExcelApi 1.7 it watches nothing
 * and the pane re-checks on demand. One request to start, one to stop.
 */
export async function onSourcesChanged(handler: () => void): Promise<() => void> {
  if (!detectFeatures().api17) return () => undefined;
  try {
    const registered = await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const marker = context.workbook.names.getItemOrNullObject(WORKBOOK_MARK_NAME);
      marker.load("formula");
      await context.sync();
      const formula: unknown = marker.isNullObject ? "" : marker.formula;
      const ours = new Set(sheetsOfMarker(typeof formula === "string" ? formula : ""));
      const results = worksheets.items
        .filter((ws) => !ours.has(ws.name))
        .map((ws) =>
          ws.onChanged.add(() => {
            handler();
            return Promise.resolve();
          }),
        );
      await context.sync();
      return results;
    });
    const first = registered[0];
    if (!first) return () => undefined;
    return () => {
      // The handlers belong to the context that added them; they are removed in that context.
      void Excel.run(first.context, async (context) => {
        for (const result of registered) result.remove();
        await context.sync();
      }).catch(() => undefined); // The pane is closing or reloading: its handlers end with it.
    };
  } catch (error) {
    throw toExcelHostError(error);
  }
}
