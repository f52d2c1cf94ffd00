import { buildFakeWorkbook } from "./buildFakeWorkbook";
import { createFakeExcel, type FakeRequestContext } from "./createFakeExcel";
import { readFakeCell, readFakeWorkbook } from "./readFakeWorkbook";
import type { FakeExcelHost } from "./FakeContext";

const sample = (): FakeExcelHost =>
  buildFakeWorkbook({
    sheets: [
      {
        name: "Data",
        cells: [
          ["Konto", "Budget"],
          ["Lön", 100],
        ],
      },
      { name: "Övrigt", cells: [[null, "x"]], origin: { row: 2, col: 1 } },
    ],
    names: { Mark: "=Data!$A$1" },
    settings: { nyckel: { a: 1 } },
  });

const run = <T>(host: FakeExcelHost, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> =>
  createFakeExcel(host).run(batch);

describe("the in-memory Excel", () => {
  it("refuses to read a property before load and sync, as Excel does", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await ctx.sync();
      expect(range.values).toEqual([
        ["Konto", "Budget"],
        ["Lön", 100],
      ]);
    });
    expect(host.stats.syncCount).toBe(1);
  });

  it("applies writes only at sync, and counts each sync's payload", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("C1").values = [["Utfall"]];
      expect(readFakeCell(host, "Data!C1")).toBeUndefined();
      await ctx.sync();
      expect(readFakeCell(host, "Data!C1")?.value).toBe("Utfall");
    });
    expect(host.stats.payloadBytesPerSync).toHaveLength(1);
    expect(host.stats.payloadBytesPerSync[0]).toBeGreaterThan('[["Utfall"]]'.length);
  });

  it("makes a string starting with = a formula, and keeps it as text after an apostrophe", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("A3:D3").values = [["=B2*2", "'=B2*2", "-Lön", "'-Lön"]];
      const range = sheet.getRange("A3:D3");
      range.load("values,formulas");
      await ctx.sync();
      expect(range.formulas).toEqual([["=B2*2", "=B2*2", "=-Lön", "-Lön"]]);
      expect(range.values[0]?.[1]).toBe("=B2*2");
    });
    expect(readFakeCell(host, "Data!A3")?.formula).toBe("=B2*2");
    expect(readFakeCell(host, "Data!B3")?.formula).toBeUndefined();
  });

  it("answers isNullObject for …OrNullObject and ItemNotFound for getItem", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Saknas");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Data");
      const setting = ctx.workbook.settings.getItemOrNullObject("nyckel");
      setting.load("value");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(setting.value).toEqual({ a: 1 });
      ctx.workbook.worksheets.getItem("Saknas").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    });
  });

  it("reports the used range's address, and an empty sheet's used range as a null object", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.add("Tom");
      const used = ctx.workbook.worksheets.getItem("Övrigt").getUsedRange(true);
      used.load("address");
      const none = ctx.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe("Övrigt!C3");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("refuses a sync over the payload limit, applying nothing of it", async () => {
    const host = buildFakeWorkbook(
      { sheets: [{ name: "Data", cells: [[1]] }] },
      { payloadLimitBytes: 1_000 },
    );
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A200").values = Array.from({ length: 200 }, () => [
        "lång text",
      ]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(readFakeCell(host, "Data!A2")).toBeUndefined();
  });

  it("refuses a response over its limit: none of the sync's loads is brought back", async () => {
    const host = buildFakeWorkbook(
      { sheets: [{ name: "Data", cells: Array.from({ length: 200 }, (_, r) => [`rad ${r}`, r]) }] },
      { responseLimitBytes: 2_000 },
    );
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.load("name");
      const range = sheet.getRange("A1:B200");
      range.load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.values).toThrow(/values/);
      expect(() => sheet.name).toThrow(/name/);
      const part = sheet.getRange("A1:B20").getUsedRangeOrNullObject(true);
      part.load("address,values");
      await ctx.sync();
      expect(part.address).toBe("Data!A1:B20");
      expect(part.values[19]).toEqual(["rad 19", 19]);
    });
    expect(host.stats.responseBytesPerSync[0]).toBeGreaterThan(2_000);
  });

  it("fails the n-th write with the writes before it applied: a batch is no transaction", async () => {
    const host = sample();
    host.options.failOnWrite = 2;
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("A5").values = [["först"]];
      sheet.getRange("A6").values = [["sedan"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(readFakeCell(host, "Data!A5")?.value).toBe("först");
    expect(readFakeCell(host, "Data!A6")).toBeUndefined();
  });

  it("follows a renamed sheet in defined names and makes a deleted one #REF!", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").name = "Ny data";
      await ctx.sync();
    });
    expect(readFakeWorkbook(host).names).toEqual({ Mark: "='Ny data'!$A$1" });
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("Ny data").delete();
      await ctx.sync();
    });
    expect(readFakeWorkbook(host).names).toEqual({ Mark: "=#REF!$A$1" });
  });

  it("writes an R1C1 formula relative to each cell, and a single value to every cell of a range", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("C2:C3").formulasR1C1 = "=RC[-1]*2";
      sheet.getRange("B2:C3").numberFormat = "#,##0";
      await ctx.sync();
    });
    expect(readFakeCell(host, "Data!C3")?.formula).toBe("=B3*2");
    expect(readFakeWorkbook(host).sheets[0]?.numberFormats).toEqual({
      B2: "#,##0",
      B3: "#,##0",
      C2: "#,##0",
      C3: "#,##0",
    });
  });

  it("finds tables and named ranges as Excel.TableCollection and NamedItemCollection do", async () => {
    const host = buildFakeWorkbook({
      sheets: [
        {
          name: "Data",
          cells: [
            ["Konto", "Budget"],
            ["Lön", 100],
          ],
        },
      ],
      names: { Belopp: "=Data!$B$1:$B$2", Moms: "=0.25" },
      tables: [{ name: "Tabell1", sheet: "Data", address: "A1:B2" }],
    });
    await run(host, async (ctx) => {
      const tables = ctx.workbook.tables.load("items/name");
      const names = ctx.workbook.names.load("items/name,items/type,items/visible");
      const missing = ctx.workbook.tables.getItemOrNullObject("Tabell2");
      missing.load("name");
      expect(() => tables.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await ctx.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["Tabell1"]);
      expect(names.items.map((n) => [n.name, n.type, n.visible])).toEqual([
        ["Belopp", "Range", true],
        ["Moms", "Double", true],
      ]);
      expect(missing.isNullObject).toBe(true);
      const table = ctx.workbook.tables.getItem("tabell1").getRange().load("address,values");
      const named = names.items[0]!.getRangeOrNullObject().load("address");
      const constant = names.items[1]!.getRangeOrNullObject().load("address");
      await ctx.sync();
      expect([table.address, table.values]).toEqual([
        "Data!A1:B2",
        [
          ["Konto", "Budget"],
          ["Lön", 100],
        ],
      ]);
      expect([named.isNullObject, named.address]).toEqual([false, "Data!B1:B2"]);
      expect(constant.isNullObject).toBe(true);
      ctx.workbook.names.getItem("Moms").getRange().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});
