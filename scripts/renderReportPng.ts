/**
 * Renders the report of a workbook as a reader sees it, into test-artifacts/:
 *   npx tsx scripts/renderReportPng.ts [IN.xlsx]   (default: the bundled sample)
 * writes the report (REPORT.xlsx), then for each report sheet a PDF (LibreOffice, print setup
 * applied: landscape, fit to width) and a PNG — from the PDF with pdftoppm (poppler-utils) when
 * installed, else LibreOffice's HTML export of the sheet photographed by headless chromium.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_SETTINGS } from "../src/core/settings/types";
import { findReportSheets } from "../src/xlsx/findReportSheets";
import { writeReportFile } from "../src/xlsx/writeReportFile";
import { convertWithLibreOffice } from "../test/helpers/libreoffice";

function hasCommand(name: string): boolean {
  try {
    execFileSync("which", [name], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? "assets/sample/uppfoljning-exempel.xlsx");
  const out = resolve("test-artifacts");
  mkdirSync(out, { recursive: true });
  const report = join(out, "report.xlsx");
  await writeReportFile(input, report, DEFAULT_SETTINGS);
  const names = findReportSheets(await load(report)).map((ws) => ws.name);
  const pdftoppm = hasCommand("pdftoppm");
  for (const [i, name] of names.entries()) {
    // One sheet a file: LibreOffice prints (and PNG-exports) the whole workbook or its first sheet.
    const wb = await load(report);
    for (const ws of [...wb.worksheets]) if (ws.name !== name) wb.removeWorksheet(ws.id);
    const single = join(out, `report-${i + 1}.xlsx`);
    await wb.xlsx.writeFile(single);
    const pdfDir = convertWithLibreOffice(single, "pdf");
    renameSync(join(pdfDir, `report-${i + 1}.pdf`), join(out, `report-${i + 1}.pdf`));
    if (pdftoppm) {
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-singlefile",
        join(out, `report-${i + 1}.pdf`),
        join(out, `report-${i + 1}`),
      ]);
    } else if (hasCommand("chromium")) {
      // This LibreOffice has no PNG filter for Calc: its HTML export (formats applied), shot by chromium.
      const htmlDir = convertWithLibreOffice(single, "html:HTML (StarCalc)");
      const html = join(htmlDir, `report-${i + 1}.html`);
      execFileSync(
        "chromium",
        [
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--hide-scrollbars",
          `--screenshot=${join(out, `report-${i + 1}.png`)}`,
          "--window-size=1400,900",
          `file://${html}`,
        ],
        { stdio: "pipe" },
      );
    }
    const png = join(out, `report-${i + 1}.png`);
    process.stdout.write(`${name}: ${existsSync(png) ? png : "(ingen PNG)"}\n`);
  }
  if (!pdftoppm)
    process.stdout.write(
      "pdftoppm saknas (poppler-utils): PNG från LibreOffice-HTML och chromium i stället för från PDF.\n",
    );
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
