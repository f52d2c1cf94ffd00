/**
 * `uppfoljning report` in process, on the bundled sample workbook, with the real engine: what the
 * user sees (lines, exit codes, JSON) and what lands in the written file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findReportSheets } from "../../src/xlsx/findReportSheets";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../xlsx/tempDir";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "uppfoljning-exempel.xlsx");
const file = useTempDir();

const run = runCli;

async function sheetNames(path: string): Promise<{ all: string[]; ours: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { all: wb.worksheets.map((ws) => ws.name), ours: findReportSheets(wb).map((ws) => ws.name) };
}

describe("uppfoljning report", () => {
  it("writes the source sheets and the report sheets, and says where and what it found", async () => {
    const out = file("rapport.xlsx");
    const { code, stdout, stderr } = await run("report", SAMPLE, "--out", out);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const names = await sheetNames(out);
    expect(names.all.slice(0, 4)).toEqual([
      "Social omsorg",
      "Verksamhet 2022",
      "Ekonomi 2020",
      "Delår aug 2025",
    ]);
    expect(names.ours.length).toBeGreaterThanOrEqual(5);
    expect(names.all.slice(4)).toEqual(names.ours);
    expect(stdout).toContain(`Rapporten skrevs till ${out}`);
    expect(stdout).toContain(`Rapportblad: ${names.ours.join(", ")}`);
    // What it found: the 001 Totalt sign flip is an error of the sample's second sheet.
    expect(stdout).toMatch(/sign-flip/);
  });

  it("prints the analysis with forecasts, commentary and the report's sheets with --json", async () => {
    const out = file("rapport.json.xlsx");
    const { code, stdout } = await run("report", SAMPLE, "--out", out, "--json", "--method", "run-rate");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      tables: {
        sheet: string;
        commentary: string[];
        rows: { label: string; forecast?: { method: string; value: number } }[];
      }[];
      report: { file: string; sheets: string[] };
    };
    expect(json.report.file).toBe(out);
    expect(json.report.sheets).toEqual((await sheetNames(out)).ours);
    const interim = json.tables.find((t) => t.sheet === "Delår aug 2025")!;
    const forecasts = interim.rows.flatMap((r) => (r.forecast ? [r.forecast] : []));
    expect(forecasts.length).toBeGreaterThan(0);
    expect(new Set(forecasts.map((f) => f.method))).toEqual(new Set(["run-rate"]));
    expect(interim.commentary).toContain("Periodens resultat är ett underskott om 6,8 mnkr.");
    expect(interim.commentary.at(-1)).toBe("Orsak: [skriv orsaken]");
  });

  it("refuses without --out, and leaves the input as it was", async () => {
    const before = readFileSync(SAMPLE);
    const { code, stdout, stderr } = await run("report", SAMPLE);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr.split("\n")[0]).toBe(
      "uppfoljning: ange --out UT.xlsx: rapporten skrivs aldrig över indatafilen utan att du ber om det",
    );
    expect(stderr.split("\n")[1]).toMatch(/^Användning: uppfoljning report IN.xlsx --out UT.xlsx/);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
  });

  it.each([
    [["--method", "gissning"], '--method väntar run-rate, budget-profile, seasonal (fick "gissning")'],
    [["--color"], "okänd flagga --color"],
  ])("rejects %j with exit 2", async (extra, message) => {
    const { code, stderr } = await run("report", SAMPLE, "--out", file("x.xlsx"), ...extra);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(`uppfoljning: ${message}`);
  });

  it("names a folder that does not exist in one line, exit 1, writing nothing", async () => {
    const out = file("saknas/rapport.xlsx");
    const { code, stderr } = await run("report", SAMPLE, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `uppfoljning: Rapporten kan inte skrivas till "${out}": finns mappen, och får du skriva där? Arbetsboken är orörd.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refreshes a report in place: --out may be the input itself", async () => {
    const book = file("budget.xlsx");
    copyFileSync(SAMPLE, book);
    expect((await run("report", book, "--out", book)).code).toBe(0);
    const first = await sheetNames(book);
    // Our own sheets' charts are written anew: nothing of the user's is lost, so no refusal.
    const again = await run("report", book, "--out", book);
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 0, stderr: "" });
    expect(await sheetNames(book)).toEqual(first);
  });

  describe("a workbook with a chart on a user's sheet (which the .xlsx path cannot carry)", () => {
    /** The sample's report with our workbook mark removed: its sheets, charts and all, are now the user's. */
    async function withUserChart(): Promise<string> {
      const written = file("med-diagram-tmp.xlsx");
      await run("report", SAMPLE, "--out", written);
      const zip = await JSZip.loadAsync(readFileSync(written));
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      const unmarked = xml.replace(
        /<definedName name="Uppfoljning_rapportblad"[^>]*>[^<]*<\/definedName>/,
        "",
      );
      expect(unmarked).not.toBe(xml);
      zip.file("xl/workbook.xml", unmarked);
      const book = file("med-diagram.xlsx");
      writeFileSync(book, await zip.generateAsync({ type: "uint8array" }));
      return book;
    }

    it("is never written over: one line naming the chart's sheet, exit 1, the file unchanged", async () => {
      const book = await withUserChart();
      const before = readFileSync(book);
      const { code, stderr } = await run("report", book, "--out", book);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^uppfoljning: ".*med-diagram\.xlsx" har innehåll som inte följer med när rapporten skrivs som \.xlsx: diagram \(bladet "Sociala myndighetsnämnden"\), .*Skriv rapporten till en annan fil med --out/,
      );
      expect(readFileSync(book).equals(before)).toBe(true);
    });

    it("is reported into another file, with a note of what that file lacks", async () => {
      const book = await withUserChart();
      const out = file("ny.xlsx");
      const { code, stderr } = await run("report", book, "--out", out);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^uppfoljning: observera: diagram \(bladet "Sociala myndighetsnämnden"\)/);
      expect(stderr).toContain(`följer inte med till "${out}" (indatafilen är oförändrad).`);
    });
  });

  it("prints its help with --help", async () => {
    const { code, stdout } = await run("report", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--method M");
    expect(stdout).toContain("--out UT.xlsx");
  });
});
