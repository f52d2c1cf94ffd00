import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, makeProfile } from "../../test/helpers/libreoffice";
import { makeLedger } from "./makeLedger";
import { median } from "./median";

const ROOT = join(__dirname, "..", "..");

export interface LibreOfficeTiming {
  readonly lines: number;
  /** `uppfoljning report` (bin/uppfoljning.js, a fresh process) writing the report of the workbook. */
  readonly reportMs: number;
  /** `soffice --headless --convert-to xlsx` of that report, every formula recalculated on load. */
  readonly libreOfficeMs: number;
  /** libreOfficeMs ÷ reportMs: above 1 means the headless report is faster. */
  readonly ratio: number;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** `lines` lines of ledger as an .xlsx file in `dir`; returns its path. */
async function writeLedgerWorkbook(dir: string, lines: number): Promise<string> {
  const file = join(dir, `huvudbok-${lines}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  const sheet = makeLedger(lines);
  workbook.addWorksheet(sheet.name).addRows(sheet.cells.map((row) => [...row]));
  await workbook.xlsx.writeFile(file);
  return file;
}

/**
 * A workbook of a `lines`-line ledger, its report written by the command line (a fresh process),
 * then that report opened, recalculated and saved again by LibreOffice headless (a fresh process).
 * Both are warmed up first on a 10-line ledger (LibreOffice's first start builds its profile),
 * then each is timed `runs` times, alternating, and the medians compared in the same run.
 */
export async function timeLibreOffice(lines: number, runs: number): Promise<LibreOfficeTiming> {
  const dir = mkdtempSync(join(tmpdir(), "uppf-bench-lo-"));
  const profile = makeProfile();
  const ours = (input: string, report: string) => () =>
    execFileSync(process.execPath, [join(ROOT, "bin", "uppfoljning.js"), "report", input, "--out", report], {
      stdio: "pipe",
    });
  const theirs = (report: string) => () =>
    convertWithLibreOffice(report, "xlsx", profile, join(dir, "libreoffice"));
  try {
    const small = await writeLedgerWorkbook(dir, 10);
    ours(small, join(dir, "rapport-10.xlsx"))();
    theirs(join(dir, "rapport-10.xlsx"))();
    const input = await writeLedgerWorkbook(dir, lines);
    const report = join(dir, `rapport-${lines}.xlsx`);
    const reportTimes: number[] = [];
    const libreOfficeTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      reportTimes.push(timed(ours(input, report)));
      libreOfficeTimes.push(timed(theirs(report)));
    }
    const reportMs = median(reportTimes);
    const libreOfficeMs = median(libreOfficeTimes);
    return { lines, reportMs, libreOfficeMs, ratio: libreOfficeMs / reportMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
