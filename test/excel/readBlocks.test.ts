import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport, readWorkbook } from "../../src/excel";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { buildFakeWorkbook } from "../fakes/buildFakeWorkbook";
import { buildSyntheticSource } from "../fakes/buildSyntheticSource";
import type { FakeExcelHost } from "../fakes/FakeContext";
import { installFakeOffice } from "../fakes/installFakeOffice";
import { readFakeValues } from "../fakes/readFakeWorkbook";
import { ensureCell } from "../fakes/fakeState";

const FOUR_MB = 4 * 1024 * 1024;
const largest = (bytes: readonly number[]) => bytes.reduce((a, b) => Math.max(a, b), 0);

function install(sheets: readonly SheetGrid[], active?: string): FakeExcelHost {
  const host = buildFakeWorkbook({ sheets });
  if (active) host.data.activeSheetId = host.data.sheets.find((s) => s.name === active)!.id;
  installFakeOffice(globalThis, host);
  return host;
}

/** `rows` × `cols` of numbers (row × 1000 + column), a text header above, from `origin`. */
function wideSheet(name: string, rows: number, cols: number, origin = { row: 0, col: 0 }): SheetGrid {
  const header: CellValue[] = Array.from({ length: cols }, (_, c) => (c === 0 ? "Konto" : `Kolumn ${c}`));
  const body = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): CellValue => (c === 0 ? `Rad ${r + 1}` : (r + 1) * 1000 + c)),
  );
  return { name, cells: [header, ...body], origin };
}

/** The grid as the read gave it, without the trailing empty rows and cells the fake may add. */
async function readSheet(name: string): Promise<readonly (readonly CellValue[])[]> {
  const read = await readWorkbook();
  return read.sources.find((s) => s.name === name)!.cells;
}

describe("reading a sheet too large for one response (Excel on the web: 5 MB)", () => {
  it("reads a 50 000-line ledger in two requests, neither response over 4 MB, every cell as it is", async () => {
    const ledger = buildSyntheticSource(50_000);
    const host = install([ledger]);
    expect(await readSheet("Huvudbok")).toEqual(ledger.cells);
    expect(host.stats.syncCount).toBe(2);
    expect(largest(host.stats.responseBytesPerSync)).toBeLessThan(FOUR_MB);
    // In one response it would be over Excel on the web's 5 MB.
    expect(host.stats.responseBytesPerSync.reduce((a, b) => a + b, 0)).toBeGreaterThan(5_000_000);
  }, 60_000);

  it("reads a large sheet that is not the active one in blocks, each response under 4 MB", async () => {
    const ledger = buildSyntheticSource(50_000);
    const host = install([wideSheet("Anvisningar", 3, 2), ledger], "Anvisningar");
    expect(await readSheet("Huvudbok")).toEqual(ledger.cells);
    expect(await readSheet("Anvisningar")).toEqual(wideSheet("Anvisningar", 3, 2).cells);
    expect(largest(host.stats.responseBytesPerSync)).toBeLessThan(FOUR_MB);
  }, 60_000);

  it("joins a sheet wider than the first look (70 columns) from its blocks", async () => {
    const wide = wideSheet("Bred", 1_500, 70);
    install([wide]);
    const cells = await readSheet("Bred");
    expect(cells).toHaveLength(1_501);
    expect(cells[1_500]?.[69]).toBe(1_500_069);
    expect(cells).toEqual(wide.cells);
  });

  it("reads a table that starts beyond the first look (at BA20001), with its address", async () => {
    const far = wideSheet("Långt ner", 5, 3, { row: 20_000, col: 52 });
    install([far]);
    const read = await readWorkbook();
    const sheet = read.sources.find((s) => s.name === "Långt ner")!;
    expect(sheet.origin).toEqual({ row: 20_000, col: 52 });
    expect(sheet.cells).toEqual(far.cells);
  });

  it("asks again in smaller blocks when Excel refuses a response as too large", async () => {
    const ledger = buildSyntheticSource(20_000);
    const host = install([ledger]);
    host.options.responseLimitBytes = 600_000;
    expect(await readSheet("Huvudbok")).toEqual(ledger.cells);
    // The refused requests brought nothing back; of those answered, none over the limit.
    const answered = host.stats.responseBytesPerSync.filter((b) => b <= 600_000);
    expect(answered.reduce((a, b) => a + b, 0)).toBeGreaterThan(2_000_000);
    expect(host.stats.syncCount).toBeGreaterThan(answered.length);
  }, 60_000);

  it("reads 16 sheets of 1 500 rows × 50 columns, looking at fewer at once when Excel refuses a response", async () => {
    const sheets = Array.from({ length: 16 }, (_, i) => wideSheet(`Enhet ${i + 1}`, 1_500, 50));
    const host = install(sheets);
    const read = await readWorkbook();
    expect(read.sources.map((s) => s.cells)).toEqual(sheets.map((s) => s.cells));
    // Sixteen looks of 500 rows at once were refused (over 5 MB); every response answered is under it.
    const answered = host.stats.responseBytesPerSync.filter((b) => b <= 5 * 1024 * 1024);
    expect(host.stats.syncCount).toBeGreaterThan(answered.length);
    expect(answered.reduce((a, b) => a + b, 0)).toBeGreaterThan(16 * 1_500 * 50 * 10);
  }, 60_000);

  it("reads only row 1 of a 50 000-line report sheet for the checks after an edit: two requests", async () => {
    const ledger = buildSyntheticSource(50_000);
    const host = install([ledger]);
    const { sheetNames } = await generateReport(DEFAULT_SETTINGS);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Huvudbok");
      sheet.activate();
      sheet.getRange("C3").values = [[1_234]];
      await context.sync();
    });
    const before = host.stats.syncCount;
    const responses = host.stats.responseBytesPerSync.length;
    const read = await readWorkbook();
    expect(host.stats.syncCount - before).toBe(2);
    expect(read.reportNames).toEqual(sheetNames);
    expect(read.sources.map((s) => s.name)).toEqual(["Huvudbok"]);
    expect(read.sources[0]?.cells[2]?.[2]).toBe(1_234);
    expect(read.sources[0]?.cells[50_002]).toEqual(ledger.cells[50_002]);
    // The report sheet is as large as the ledger again: read whole, it would not fit.
    expect(largest(host.stats.responseBytesPerSync.slice(responses))).toBeLessThan(FOUR_MB);
  }, 120_000);

  it("regenerates a 50 000-line report keeping a comment 50 000 rows down, each response under 4 MB", async () => {
    const host = install([buildSyntheticSource(50_000)]);
    const { sheetNames } = await generateReport(DEFAULT_SETTINGS);
    const sheet = sheetNames.find((name) => name.startsWith("Resultaträkning"))!;
    const commentAt = (label: string) => {
      const values = readFakeValues(host, sheet);
      const col = values.find((row) => row.includes("Kommentar"))!.indexOf("Kommentar");
      return { row: values.findIndex((row) => row[0] === label), col, values };
    };
    const label = "Kostnader kostnadsställe 50999";
    const at = commentAt(label);
    expect(at.row).toBeGreaterThan(50_000);
    const target = host.data.sheets.find((s) => s.name === sheet)!;
    ensureCell(target, at.row, at.col).value = "Vikarier under sommaren.";

    const responses = host.stats.responseBytesPerSync.length;
    await generateReport(DEFAULT_SETTINGS);
    const again = commentAt(label);
    expect(again.values[again.row]![again.col]).toBe("Vikarier under sommaren.");
    expect(largest(host.stats.responseBytesPerSync.slice(responses))).toBeLessThan(FOUR_MB);
  }, 120_000);
});
