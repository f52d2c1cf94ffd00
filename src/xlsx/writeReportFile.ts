import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { planReport, type ReportPlan } from "../core/report/planReport";
import type { Settings } from "../core/settings/types";
import { addNativeCharts } from "./addNativeCharts";
import { createWorkbookError } from "./createWorkbookError";
import { findReportSheets } from "./findReportSheets";
import { loadWorkbook } from "./loadWorkbook";
import { worksheetToGrid } from "./worksheetToGrid";
import { writeReport } from "./writeReport";

/**
 * `input` with its report written into `output`: every sheet that is not ours analysed (our own
 * report sheets never are), the texts people wrote on our sheets read back, the report planned
 * and written, and the file replaced all at once — written to a temporary file beside `output`
 * and renamed over it, so a failure leaves `output` (and `input`) as they were.
 */
export async function writeReportFile(
  input: string,
  output: string,
  settings: Settings,
  link = false,
  /** Called with our report sheets' names before anything is written; throws to write nothing. */
  beforeWrite: (ourSheets: ReadonlySet<string>) => Promise<void> = () => Promise.resolve(),
): Promise<ReportPlan> {
  const workbook = await loadWorkbook(input);
  const found = findReportSheets(workbook);
  const ours = new Set(found.map((ws) => ws.id));
  const sources = workbook.worksheets.filter((ws) => !ours.has(ws.id)).map(worksheetToGrid);
  const reports = workbook.worksheets.filter((ws) => ours.has(ws.id)).map(worksheetToGrid);
  const plan = planReport(sources, reports, settings, link);
  if (plan.layout.sheets.length === 0) return plan;
  await beforeWrite(new Set(found.map((ws) => ws.name)));
  writeReport(workbook, plan.layout);
  const bytes = await addNativeCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), plan.layout);
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw createWorkbookError("cannot-write", output, error);
  }
  return plan;
}
