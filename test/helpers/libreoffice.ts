/**
 * LibreOffice headless as the test's spreadsheet program: opens an .xlsx with every formula
 * recalculated on load (OOXMLRecalcMode = 0) in a Swedish locale (sv-SE), and exports every
 * sheet as CSV "as shown" — the text a reader sees, with the number formats applied.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { ReportLayout } from "../../src/core/report/types";
import { addNativeCharts } from "../../src/xlsx/addNativeCharts";
import { findReportSheets } from "../../src/xlsx/findReportSheets";

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`;

/**
 * CSV filter tokens: 1 field separator (44 ,), 2 text delimiter (34 "), 3 charset (76 UTF-8),
 * 4 first line (1), 5 column formats (import only, empty), 6 language (1053 sv-SE), 7 quoted
 * field as text, 8 detect special numbers, 9 save cell contents as shown, 10 export formulas,
 * 11 remove spaces, 12 sheet to export (-1: every sheet, one file each, named FILE-Sheet.csv).
 */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1053,false,true,true,false,false,-1";

/**
 * `xlsx` written again to `out` with every cached formula result on our report sheets set to 0:
 * whatever LibreOffice then shows for a formula, it computed itself.
 */
export async function zeroFormulaResults(xlsx: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  for (const ws of findReportSheets(wb)) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula, result: 0 };
      }),
    );
  }
  await wb.xlsx.writeFile(out);
}

/** A fresh LibreOffice user profile that recalculates every formula on load, in a Swedish locale. */
export function makeProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "uppf-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), PROFILE);
  return dir;
}

/**
 * Runs `soffice --convert-to target` on `file` into `out` (a fresh folder by default); returns that
 * folder. `profile` (a fresh one by default) may be reused, so LibreOffice starts warm.
 */
export function convertWithLibreOffice(
  file: string,
  target: string,
  profile = makeProfile(),
  out = mkdtempSync(join(tmpdir(), "uppf-lo-out-")),
): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 600_000 },
  );
  return out;
}

/** CSV text as rows of cells (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (quoted || ch !== "\r") {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Every sheet of `xlsx` as LibreOffice shows it after recalculating, by sheet name. */
export function readAsShown(xlsx: string): Map<string, string[][]> {
  const out = convertWithLibreOffice(xlsx, CSV_FILTER);
  const base = basename(xlsx).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out)) {
    if (!file.startsWith(`${base}-`) || !file.endsWith(".csv")) continue;
    sheets.set(file.slice(base.length + 1, -4), parseCsv(readFileSync(join(out, file), "utf8")));
  }
  return sheets;
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/**
 * The background of every cell of `xlsx` as LibreOffice paints it after recalculating, its
 * conditional formats applied ("FFC7CE"; undefined where there is none), `[0][0]` at A1, by sheet
 * name: read from LibreOffice's HTML export, merged cells spread over the cells they cover.
 */
export function readFillsAsShown(xlsx: string): Map<string, (string | undefined)[][]> {
  const out = convertWithLibreOffice(xlsx, "html");
  const html = readFileSync(join(out, basename(xlsx).replace(/\.xlsx$/, ".html")), "utf8");
  const sheets = new Map<string, (string | undefined)[][]>();
  for (const part of html.split(/<A NAME="table\d+">/).slice(1)) {
    const name = unescapeHtml(/<em>(.*?)<\/em>/.exec(part)?.[1] ?? "");
    const grid: (string | undefined)[][] = [];
    const taken = new Set<string>();
    [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].forEach(([, row = ""], r) => {
      let c = 0;
      for (const [td = ""] of row.matchAll(/<td[^>]*>/g)) {
        while (taken.has(`${r},${c}`)) c++;
        const span = (attr: string) => Number(new RegExp(`${attr}=(\\d+)`).exec(td)?.[1] ?? 1);
        const fill = /bgcolor="#([0-9A-F]{6})"/i.exec(td)?.[1]?.toUpperCase();
        for (let dr = 0; dr < span("rowspan"); dr++)
          for (let dc = 0; dc < span("colspan"); dc++) {
            taken.add(`${r + dr},${c + dc}`);
            (grid[r + dr] ??= [])[c + dc] = fill;
          }
        c += span("colspan");
      }
    });
    sheets.set(name, grid);
  }
  return sheets;
}

/**
 * The report sheets of `xlsx` printed by LibreOffice (their print setup applied) and turned into
 * PNG pages by pdftoppm, into `outDir` as `report-N.png`; the user's sheets are left out of the
 * print. `layout` is the report's, for its charts. Returns the PNG paths in page order.
 */
export async function renderReportPages(
  xlsx: string,
  outDir: string,
  layout: ReportLayout,
): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ours = new Set(findReportSheets(wb).map((ws) => ws.id));
  for (const ws of [...wb.worksheets]) if (!ours.has(ws.id)) wb.removeWorksheet(ws.id);
  mkdirSync(outDir, { recursive: true });
  const printable = join(outDir, "report.xlsx");
  // ExcelJS drops the charts it cannot read: they are added again, as `writeReportFile` does.
  writeFileSync(printable, await addNativeCharts(new Uint8Array(await wb.xlsx.writeBuffer()), layout));
  const pdf = join(convertWithLibreOffice(printable, "pdf"), "report.pdf");
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, "report")], { stdio: "pipe" });
  return readdirSync(outDir)
    .filter((f) => /^report-\d+\.png$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((f) => join(outDir, f));
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
