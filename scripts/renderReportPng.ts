/**
 * Renders the report of a workbook as a reader sees it, into test-artifacts/render/:
 *   npx tsx scripts/renderReportPng.ts [IN.xlsx]   (default: the bundled sample)
 * writes the report (report-full.xlsx), prints its report sheets with LibreOffice (print setup
 * applied: landscape, fit to width) and turns the pages into PNGs with pdftoppm (poppler-utils).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_SETTINGS } from "../src/core/settings/types";
import { writeReportFile } from "../src/xlsx/writeReportFile";
import { renderReportPages } from "../test/helpers/libreoffice";

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? "assets/sample/uppfoljning-exempel.xlsx");
  const out = resolve("test-artifacts", "render");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const report = join(out, "report-full.xlsx");
  const plan = await writeReportFile(input, report, DEFAULT_SETTINGS);
  for (const page of await renderReportPages(report, out, plan.layout)) process.stdout.write(`${page}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
