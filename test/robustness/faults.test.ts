/**
 * Faults: a report whose writing fails half-way (the adapter throws after the n-th cell written)
 * leaves the workbook file as it was, with no half-written output; a user's sheet named like a
 * report sheet is never overwritten; a 50 000-row sheet is read, checked and reported.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { DEFAULT_OPTIONS, type CellValue } from "../../src/core/types";
import { findReportSheets } from "../../src/xlsx/findReportSheets";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { writeReportFile } from "../../src/xlsx/writeReportFile";
import { useTempDir } from "../xlsx/tempDir";
import { sheetState } from "./workbookState";
import { runCli } from "../helpers/runCli";

const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
let cases = 0;

const load = loadWorkbook;

afterAll(() => {
  process.stdout.write(`robustness faults: ${cases} cases\n`);
});

describe("a write that fails half-way leaves the workbook as it was", () => {
  const temp = useTempDir();
  const input = join(HOSTILE, "merged-header.xlsx");

  afterEach(() => jest.restoreAllMocks());

  /**
   * Makes the n-th cell the report writes throw, as a host failing half-way would: counting starts
   * when the report adds its first sheet, after the workbook was read.
   */
  function failAfter(n: number): void {
    const workbook = Object.getPrototypeOf(new ExcelJS.Workbook()) as ExcelJS.Workbook;
    const sheet = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x")) as ExcelJS.Worksheet;
    // The originals, called back with the spied object as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const addWorksheet = workbook.addWorksheet;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const getCell = sheet.getCell;
    let writes = -1;
    jest.spyOn(workbook, "addWorksheet").mockImplementation(function (
      this: ExcelJS.Workbook,
      ...args: Parameters<ExcelJS.Workbook["addWorksheet"]>
    ) {
      if (writes < 0) writes = 0;
      return addWorksheet.apply(this, args);
    });
    jest.spyOn(sheet, "getCell").mockImplementation(function (
      this: ExcelJS.Worksheet,
      ...args: Parameters<ExcelJS.Worksheet["getCell"]>
    ) {
      if (writes >= 0 && ++writes === n) throw new Error(`simulated failure at write ${n}`);
      return getCell.apply(this, args);
    });
  }

  it.each([1, 2, 10, 50, 150])("after write %i: a new report file", async (n) => {
    cases++;
    const before = readFileSync(input);
    const out = temp(`new-${n}.xlsx`);
    failAfter(n);
    await expect(writeReportFile(input, out, DEFAULT_SETTINGS)).rejects.toThrow(
      `simulated failure at write ${n}`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([1, 10, 150])("after write %i: regenerating a report in place", async (n) => {
    cases++;
    const file = temp(`in-place-${n}.xlsx`);
    await writeReportFile(input, file, DEFAULT_SETTINGS);
    const before = readFileSync(file);
    failAfter(n);
    await expect(writeReportFile(file, file, DEFAULT_SETTINGS)).rejects.toThrow("simulated failure");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("a user's sheet named like a report sheet", () => {
  const temp = useTempDir();

  it("is never overwritten, even with our marker copied into it", async () => {
    cases++;
    const first = temp("first.xlsx");
    await writeReportFile(join(HOSTILE, "user-sheet-named-like-report.xlsx"), first, DEFAULT_SETTINGS);
    const workbook = await load(first);
    const ours = findReportSheets(workbook)[0]!;
    // The user copies our report sheet (marker and all) and names the copy as the report was named.
    const copyName = ours.name;
    ours.name = "Gammal rapport";
    const copy = workbook.addWorksheet(copyName);
    ours.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    copy.getCell("A3").value = "Min egen analys";
    // Excel moves the marker's defined name with the renamed sheet; ExcelJS does not, so do it here.
    workbook.definedNames.remove(`'${copyName}'!$A$1`, "Uppfoljning_rapportblad");
    workbook.definedNames.add(`'Gammal rapport'!$A$1`, "Uppfoljning_rapportblad");
    await workbook.xlsx.writeFile(temp("edited.xlsx"));
    const userSheets = ["Blad1", "Ekonomi", copyName];
    const before = Object.fromEntries(userSheets.map((n) => [n, sheetState(workbook.getWorksheet(n)!)]));

    await writeReportFile(temp("edited.xlsx"), temp("after.xlsx"), DEFAULT_SETTINGS);
    const after = await load(temp("after.xlsx"));
    expect(Object.fromEntries(userSheets.map((n) => [n, sheetState(after.getWorksheet(n)!)]))).toEqual(
      before,
    );
    const names = findReportSheets(after).map((ws) => ws.name);
    expect(names).toContain("Gammal rapport");
    expect(names).not.toContain(copyName);
  });
});

/** A 50 000-row sheet: one table of 49 999 lines, an unreadable cell every 1 000 lines. */
describe("a 50 000-row sheet", () => {
  const temp = useTempDir();
  const ROWS = 50_000;
  const cells: CellValue[][] = [["", "Budget 2024", "Utfall 2024", "Avvikelse"]];
  for (let i = 1; i < ROWS; i++) cells.push([`Konto ${i}`, 100, i % 1000 === 0 ? "#N/A" : 90, 10]);

  it("is read and checked in the core, every unreadable cell named", () => {
    cases++;
    const analysis = analyseWorkbook([{ name: "Blad1", cells }], DEFAULT_OPTIONS);
    expect(analysis.tables.map((t) => t.key)).toEqual([`Blad1!A1:D${ROWS}`]);
    const errors = analysis.tables[0]!.findings.filter((f) => f.code === "error-value");
    expect(errors).toHaveLength(49);
    expect(errors[0]!.cell).toBe("Blad1!C1001");
  });

  it("goes through the command line as an .xlsx", async () => {
    cases++;
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Blad1");
    for (const row of cells) ws.addRow(row.map((v) => (v === "#N/A" ? { error: "#N/A" } : v)));
    await workbook.xlsx.writeFile(temp("big.xlsx"));
    const run = await runCli("check", temp("big.xlsx"), "--json");
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const json = JSON.parse(run.stdout) as { tables: { range: string; findings: { code: string }[] }[] };
    expect(json.tables.map((t) => t.range)).toEqual([`A1:D${ROWS}`]);
    expect(json.tables[0]!.findings.filter((f) => f.code === "error-value")).toHaveLength(49);
  }, 120_000);
});
