import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { analyseWorkbook } from "../core/analyseWorkbook";
import { buildReportLayout } from "../core/report/buildReportLayout";
import type { ReportLayout, ReportOptions } from "../core/report/types";
import type { Analysis, AnalysisOptions } from "../core/types";
import { findReportSheets } from "./findReportSheets";
import { loadWorkbook } from "./loadWorkbook";
import { readReportTexts } from "./readReportTexts";
import { worksheetToGrid } from "./worksheetToGrid";
import { writeReport } from "./writeReport";

export interface ReportRun {
  readonly analysis: Analysis;
  readonly layout: ReportLayout;
}

/**
 * `input` with its report written into `output`: every sheet that is not ours analysed (our own
 * report sheets never are), the texts people wrote on our sheets read back first, the report
 * built and written, and the file replaced all at once — written to a temporary file beside
 * `output` and renamed over it, so a failure leaves `output` as it was.
 */
export async function writeReportFile(
  input: string,
  output: string,
  options: Omit<ReportOptions, "reservedNames"> & { readonly analysis: AnalysisOptions },
): Promise<ReportRun> {
  const workbook = await loadWorkbook(input);
  const ours = new Set(findReportSheets(workbook).map((ws) => ws.id));
  const sources = workbook.worksheets.filter((ws) => !ours.has(ws.id));
  const analysis = analyseWorkbook(sources.map(worksheetToGrid), options.analysis);
  const preserved = readReportTexts(workbook);
  const layout = buildReportLayout(
    analysis,
    { ...options, reservedNames: sources.map((ws) => ws.name) },
    preserved,
  );
  writeReport(workbook, layout);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { analysis, layout };
}
