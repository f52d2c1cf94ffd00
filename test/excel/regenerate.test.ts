import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport, readWorkbook, ExcelHostError } from "../../src/excel";
import { readFakeValues, readFakeWorkbook } from "../fakes/readFakeWorkbook";
import type { FakeExcelHost } from "../fakes/FakeContext";
import { installFake, sampleGrids } from "./sampleHost";
import { columnName } from "../fakes/fakeAddress";
import { ensureCell } from "../fakes/fakeState";

/** The first Kommentar cell of a report sheet: the column headed "Kommentar", the first line row under it. */
function firstCommentCell(
  host: FakeExcelHost,
  sheetName: string,
): { row: number; col: number; label: string } {
  const values = readFakeValues(host, sheetName);
  const headerRow = values.findIndex((row) => row.includes("Kommentar"));
  const col = values[headerRow]!.indexOf("Kommentar");
  const row = headerRow + 1;
  return { row, col, label: String(values[row]![0]) };
}

describe("regenerating the report", () => {
  it("keeps what a person wrote in a Kommentar cell", async () => {
    const fake = installFake({ sheets: await sampleGrids() });
    const first = await generateReport(DEFAULT_SETTINGS);
    const sheet = first.sheetNames[1]!;
    const cell = firstCommentCell(fake.host, sheet);
    const target = fake.host.data.sheets.find((s) => s.name === sheet)!;
    ensureCell(target, cell.row, cell.col).value = "Fler placeringar på HVB än budgeterat.";

    const before = fake.host.stats.syncCount;
    await generateReport(DEFAULT_SETTINGS);
    expect(fake.host.stats.syncCount - before).toBe(3);
    const again = firstCommentCell(fake.host, sheet);
    expect(again.label).toBe(cell.label);
    expect(readFakeValues(fake.host, sheet)[again.row]![again.col]).toBe(
      "Fler placeringar på HVB än budgeterat.",
    );
    // The old sheets were replaced, not added to.
    expect(readFakeWorkbook(fake.host).sheetNames.filter((n) => n === sheet)).toHaveLength(1);
    expect(readFakeWorkbook(fake.host).sheetNames.some((n) => n.startsWith("~uppf"))).toBe(false);
  });

  it("reads our report sheets apart from the user's, by the marker name and the row-1 mark", async () => {
    const grids = await sampleGrids();
    const fake = installFake({ sheets: grids });
    const result = await generateReport(DEFAULT_SETTINGS);
    const contents = await readWorkbook();
    expect(contents.reportNames).toEqual(result.sheetNames);
    expect(contents.sources.map((s) => s.name)).toEqual(grids.map((g) => g.name));
    expect(fake.host.stats.syncCount).toBe(5);
  });

  it("never writes a user's sheet that has a report sheet's name", async () => {
    const grids = await sampleGrids();
    const probe = installFake({ sheets: grids });
    const { sheetNames } = await generateReport(DEFAULT_SETTINGS);
    expect(probe.host.data.sheets.length).toBeGreaterThan(grids.length);
    const taken = sheetNames[1]!;
    const mine = { name: taken, cells: [["Mina egna anteckningar", 42]] };
    const fake = installFake({ sheets: [...grids, mine] });
    const result = await generateReport(DEFAULT_SETTINGS);
    expect(result.sheetNames).not.toContain(taken);
    expect(readFakeValues(fake.host, taken)).toEqual([["Mina egna anteckningar", 42]]);
    expect(readFakeWorkbook(fake.host).sheetNames).toHaveLength(grids.length + 1 + result.sheetNames.length);
  });

  it("saves the settings it was given with the report, for the ribbon button", async () => {
    const fake = installFake({ sheets: await sampleGrids() });
    const settings = { ...DEFAULT_SETTINGS, method: "run-rate" as const };
    await generateReport(settings);
    expect(JSON.parse(String(readFakeWorkbook(fake.host).settings["Uppfoljning.installningar"]))).toEqual(
      settings,
    );
    expect((await readWorkbook()).settings).toEqual(settings);
  });
});

describe("a failed write", () => {
  /** Syncs and writes one regeneration takes, measured on a copy. */
  async function measure(): Promise<{ writes: number }> {
    const fake = installFake({ sheets: await sampleGrids() });
    await generateReport(DEFAULT_SETTINGS);
    const start = fake.host.stats.writeCount;
    await generateReport(DEFAULT_SETTINGS);
    return { writes: fake.host.stats.writeCount - start };
  }

  it.each([0.01, 0.5, 0.97, 1])(
    "leaves the workbook as it was when the write fails at %p of the operations that fill the new sheets",
    async (share) => {
      const { writes } = await measure();
      const fake = installFake({ sheets: await sampleGrids() });
      const k = await generateReport(DEFAULT_SETTINGS).then((r) => r.sheetNames.length);
      // Before the last request: k renames aside, k into place, marker delete and add, k deletes, activate, settings.
      const filling = writes - (3 * k + 4);
      const before = readFakeWorkbook(fake.host);
      fake.host.options.failOnWrite = fake.host.stats.writeCount + Math.max(1, Math.round(share * filling));
      const error: unknown = await generateReport(DEFAULT_SETTINGS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelHostError);
      expect((error as ExcelHostError).sv).toMatch(/Arbetsboken är oförändrad\.$/);
      const after = readFakeWorkbook(fake.host);
      expect(after.sheetNames).toEqual(before.sheetNames);
      expect(after.names).toEqual(before.names);
      expect(after.sheets.map((s) => s.contents)).toEqual(before.sheets.map((s) => s.contents));
    },
  );

  it("puts old and new sheets back when the final renames fail, and completes the report when the deletes fail", async () => {
    const { writes } = await measure();
    const k = await generateReport(DEFAULT_SETTINGS).then((r) => r.sheetNames.length);
    // The last request ends: k renames aside, k renames into place, marker delete and add, k deletes, activate, settings.
    const renameIntoPlace = writes - (2 * k + 4) + 1;
    const secondDelete = writes - (k + 2) + 2;
    for (const [at, rolledBack] of [
      [renameIntoPlace, true],
      [secondDelete, false],
    ] as const) {
      const fake = installFake({ sheets: await sampleGrids() });
      await generateReport(DEFAULT_SETTINGS);
      const before = readFakeWorkbook(fake.host);
      fake.host.options.failOnWrite = fake.host.stats.writeCount + at;
      const error = (await generateReport(DEFAULT_SETTINGS).catch((e: unknown) => e)) as ExcelHostError;
      expect(error.sv.endsWith("Arbetsboken är oförändrad.")).toBe(rolledBack);
      const after = readFakeWorkbook(fake.host);
      expect(after.sheetNames).toEqual(before.sheetNames);
      expect(after.sheets.map((s) => s.contents)).toEqual(before.sheets.map((s) => s.contents));
      expect(after.names).toEqual(before.names);
    }
  });

  it("leaves the workbook as it was when the writing request itself fails", async () => {
    const fake = installFake({ sheets: await sampleGrids() });
    await generateReport(DEFAULT_SETTINGS);
    const before = readFakeWorkbook(fake.host);
    fake.host.options.failOnSync = fake.host.stats.syncCount + 3;
    fake.host.options.failCode = "InvalidOperationInCellEditMode";
    const error = (await generateReport(DEFAULT_SETTINGS).catch((e: unknown) => e)) as ExcelHostError;
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.sv).toContain("Tryck Enter eller Esc");
    expect(readFakeWorkbook(fake.host)).toEqual(before);
  });
});

describe("column names in the fake", () => {
  it("name columns as Excel does", () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
