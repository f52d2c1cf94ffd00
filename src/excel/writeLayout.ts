import { WORKBOOK_MARK_NAME, type ReportLayout } from "../core/report/types";
import type { ExcelFeatures } from "./detectFeatures";
import { ExcelHostError } from "./ExcelHostError";
import { planSheetOps } from "./planSheetOps";
import { opBytes } from "./sheetOps";
import { queueSheetOp } from "./queueSheetOp";
import type { WorkbookState } from "./readContents";
import { markerFormula } from "./reportMarker";

/** A request is kept under this many bytes, below 4 MiB (Excel on the web refuses 5 MB). */
export const SYNC_BUDGET_BYTES = 3_900_000;
const TAB_COLOUR = "#2F5597";

/** The names the write uses: new sheets under temporary names, old ones renamed aside until the end. */
export interface WriteNames {
  readonly temp: readonly string[];
  readonly backup: readonly string[];
}

export function writeNames(layout: ReportLayout, state: WorkbookState, token: string): WriteNames {
  return {
    temp: layout.sheets.map((_, i) => `~uppf-ny-${token}-${i}`),
    backup: state.reportIds.map((_, i) => `~uppf-gammal-${token}-${i}`),
  };
}

/** Steps into requests: each request as large as the budget allows (an oversized step goes alone). */
function pack(steps: readonly { bytes: number; queue: () => void }[]): (() => void)[][] {
  const groups: (() => void)[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    if (bytes + step.bytes > SYNC_BUDGET_BYTES && groups[groups.length - 1]!.length > 0) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1]!.push(step.queue);
    bytes += step.bytes;
  }
  return groups;
}

/**
 * Writes the layout: every new sheet is added under a temporary name and filled; then, in the same
 * last request, the old report sheets are renamed aside, the new ones get their names, the marker name
 * is rewritten and the old sheets deleted. Until that last request the old report is untouched, so a
 * failure leaves only temporary sheets for `restoreWorkbook` to remove. One request for a report under
 * about 3.5 MB; a larger one is sent in as few requests as fit. A user's sheet is never written.
 */
export async function writeLayout(
  context: Excel.RequestContext,
  state: WorkbookState,
  layout: ReportLayout,
  features: ExcelFeatures,
  names: WriteNames,
  onRequest: (done: number, of: number) => void,
  /** Queued with the last request, after the report is complete (the settings it was made with). */
  alsoAtTheEnd: () => void = () => undefined,
): Promise<void> {
  const ours = new Set(state.reportIds);
  const userNames = new Set(state.sheets.filter((s) => !ours.has(s.id)).map((s) => s.name.toLowerCase()));
  const clash = layout.sheets.find((s) => userNames.has(s.name.toLowerCase()));
  if (clash)
    throw new ExcelHostError("name-clash", {
      sv: `Det finns redan ett eget blad som heter "${clash.name}". Byt namn på det och skapa rapporten igen.`,
      en: `A sheet of yours is already named "${clash.name}". Rename it and create the report again.`,
    });

  const worksheets = context.workbook.worksheets;
  const added: Excel.Worksheet[] = [];
  const steps: { bytes: number; queue: () => void }[] = [];
  layout.sheets.forEach((sheet, i) => {
    steps.push({
      bytes: 200,
      queue: () => {
        const ws = worksheets.add(names.temp[i]);
        if (features.api17) ws.tabColor = TAB_COLOUR;
        if (features.api18) ws.showGridlines = false;
        added[i] = ws;
      },
    });
    for (const op of planSheetOps(sheet, layout, { areas: features.api19 }))
      steps.push({ bytes: opBytes(op), queue: () => queueSheetOp(added[i]!, op, features) });
  });
  steps.push({
    bytes: 2_000,
    queue: () => {
      state.reportIds.forEach((id, i) => (worksheets.getItem(id).name = names.backup[i]!));
      layout.sheets.forEach((sheet, i) => (added[i]!.name = sheet.name));
      if (state.markerFormula !== undefined) context.workbook.names.getItem(WORKBOOK_MARK_NAME).delete();
      context.workbook.names.add(WORKBOOK_MARK_NAME, markerFormula(layout.sheets.map((s) => s.name)));
      state.reportIds.forEach((id) => worksheets.getItem(id).delete());
      added[0]?.activate();
      alsoAtTheEnd();
    },
  });
  const groups = pack(steps);
  const send = async (index: number): Promise<void> => {
    const group = groups[index];
    if (!group) return;
    if (features.api16) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const queue of group) queue();
    await context.sync();
    onRequest(index + 1, groups.length);
    await send(index + 1);
  };
  await send(0);
}
