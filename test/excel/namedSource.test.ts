import { parseSettings } from "../../src/core/settings/parseSettings";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport, readWorkbook, resolveSourceRange } from "../../src/excel";
import { installFake, sampleGrids } from "./sampleHost";

/** The sample with an Excel table over EKONOMI – VERKSAMHET and a named range over the delårsrapport. */
async function sampleWithNames() {
  return installFake({
    sheets: await sampleGrids(),
    tables: [{ name: "Verksamhet", sheet: "Verksamhet 2022", address: "A2:E8" }],
    names: { Delarsrapport: "='Delår aug 2025'!$A$2:$G$8", Moms: "=0.25" },
  });
}

describe("reading a named table or range (settings.sourceRange holding a name)", () => {
  it("lists the workbook's tables and named ranges with where they are, in the same two requests", async () => {
    const fake = await sampleWithNames();
    const read = await readWorkbook();
    expect(fake.host.stats.syncCount).toBe(2);
    expect(read.namedSources).toEqual([
      { name: "Verksamhet", kind: "table", address: "'Verksamhet 2022'!A2:E8" },
      { name: "Delarsrapport", kind: "range", address: "'Delår aug 2025'!A2:G8" },
    ]);
  });

  it("resolves a name, in any case, to its address; an address or a lost name stays as it is", () => {
    const named = [{ name: "Verksamhet", kind: "table" as const, address: "'Verksamhet 2022'!A2:E8" }];
    const withRange = (sourceRange: string) =>
      resolveSourceRange({ ...DEFAULT_SETTINGS, sourceRange }, named);
    expect(withRange("verksamhet").sourceRange).toBe("'Verksamhet 2022'!A2:E8");
    expect(withRange("Blad1!A1:B2").sourceRange).toBe("Blad1!A1:B2");
    expect(withRange("Borta").sourceRange).toBe("Borta");
    expect(resolveSourceRange(DEFAULT_SETTINGS, named)).toBe(DEFAULT_SETTINGS);
  });

  it("keeps a name in the saved settings, and drops what is neither a name nor an address", () => {
    expect(parseSettings({ sourceRange: "Verksamhet" }).sourceRange).toBe("Verksamhet");
    expect(parseSettings({ sourceRange: "_Budget.2025" }).sourceRange).toBe("_Budget.2025");
    for (const bad of ["AB12", "A1:E9", "R1C1", "två ord", "=A1", ""])
      expect(parseSettings({ sourceRange: bad }).sourceRange).toBeUndefined();
  });

  // The table and the range start at their header row: the report sheet is named after the source sheet.
  it.each([
    ["the table", "Verksamhet", ["Verksamhet 2022 (rapport)"]],
    ["the named range", "delarsrapport", ["Delår aug 2025 (rapport)"]],
  ])("writes the report of %s only, and saves the name", async (_, name, sheets) => {
    const fake = await sampleWithNames();
    const settings = { ...DEFAULT_SETTINGS, sourceRange: name };
    const report = await generateReport(settings);
    expect(report.sheetNames).toEqual(sheets);
    expect(fake.host.stats.syncCount).toBe(3);
    const saved = fake.host.data.settings.get("Uppfoljning.installningar");
    expect(parseSettings(JSON.parse(String(saved))).sourceRange).toBe(name);
  });

  it("finds no table when the name is gone, and says so", async () => {
    await sampleWithNames();
    const error: unknown = await generateReport({ ...DEFAULT_SETTINGS, sourceRange: "Borttagen" }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "no-tables" });
  });
});
