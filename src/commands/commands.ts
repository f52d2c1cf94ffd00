/**
 * The ribbon's functions (ExecuteFunction commands, loaded by commands.html). "Skapa rapport"
 * regenerates the report with the settings saved in the workbook, exactly as the pane last showed it.
 *
 * An ExecuteFunction command has no window of its own to show an error in, so a failure is left in
 * the workbook setting `Uppfoljning.senasteFel` ({ sv, en, at }) — nothing else is written, as the
 * adapter puts the workbook back as it was — and the task pane shows it the next time it opens.
 */
import { generateReport } from "../excel/generateReport";
import { toUserMessage } from "../excel/describeExcelError";
import type { HostMessage } from "../excel/ExcelHostError";
import { LAST_ERROR_KEY } from "../excel/settingsKey";

/** Leaves the failure's message in the workbook for the pane; one request. */
async function leaveMessage(message: HostMessage): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(
      LAST_ERROR_KEY,
      JSON.stringify({ ...message, at: new Date().toISOString() }),
    );
    await context.sync();
  });
}

/** "Skapa rapport": regenerates the report; always tells Office it is done, on success and on failure. */
export async function skapaRapport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await generateReport();
  } catch (error) {
    await leaveMessage(toUserMessage(error));
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() =>
    Office.actions.associate("skapaRapport", (event: Office.AddinCommands.Event) => void skapaRapport(event)),
  );
}
