import { planReport } from "../../src/core/report/planReport";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { settingsKey } from "../../src/core/tableKey";
import { editSettings, type SettingsEdit } from "../../src/taskpane/editSettings";
import { readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { installFake, sampleGrids } from "../excel/sampleHost";

/** An Office.AddinCommands.Event that counts `completed()`; `done` resolves at the first call. */
const event = () => {
  const calls = { completed: 0 };
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  const e = {
    completed: () => {
      calls.completed += 1;
      resolve();
    },
    source: { id: "skapaRapport" },
  };
  return { calls, done, event: e };
};

describe("the ribbon button Skapa rapport", () => {
  it("is associated with Office when commands.ts loads, and regenerates with the saved settings", async () => {
    const grids = await sampleGrids();
    const all = planReport(grids, [], DEFAULT_SETTINGS);
    const excluded = all.analysis.tables[0]!.key;
    const settings = { ...DEFAULT_SETTINGS, excludedTables: [excluded] };
    const fake = installFake({ sheets: grids });
    fake.host.data.settings.set("Uppfoljning.installningar", JSON.stringify(settings));
    await import("../../src/commands/commands");
    await Promise.resolve();
    const action = fake.actions.get("skapaRapport");
    expect(action).toBeDefined();

    const { calls, done, event: e } = event();
    action!(e); // Office does not wait for the function: it waits for completed().
    await done;
    expect(calls.completed).toBe(1);
    const expected = planReport(grids, [], settings).layout.sheets.map((s) => s.name);
    const names = readFakeWorkbook(fake.host).sheetNames;
    expect(names.slice(grids.length)).toEqual(expected);
    expect(expected.length).toBeLessThan(all.layout.sheets.length);
  });

  it.each([
    ["the settings key the pane saves", (key: string) => settingsKey(key)],
    ["the whole range, as earlier versions saved", (key: string) => key],
  ])(
    "regenerates what the pane showed after a line was added to a table, corrections saved under %s",
    async (_, saveAs) => {
      const grids = await sampleGrids();
      const shown = planReport(grids, [], DEFAULT_SETTINGS).analysis.tables.map((t) => t.key);
      expect(shown.slice(0, 3)).toEqual([
        "'Social omsorg'!A2:E7",
        "'Social omsorg'!A10:E18",
        "'Verksamhet 2022'!A2:E8",
      ]);
      // In the pane: the first table not reported, EKONOMI – VERKSAMHET in the ledger convention.
      const edits: SettingsEdit[] = [
        { kind: "reported", table: saveAs(shown[0]!), reported: false },
        { kind: "signConvention", table: saveAs(shown[2]!), convention: "ledger" },
      ];
      const settings = edits.reduce(editSettings, DEFAULT_SETTINGS);
      // Then the user adds a line above Totalt: the table is 'Verksamhet 2022'!A2:E9 now.
      const grown = grids.map((grid) =>
        grid.name === "Verksamhet 2022"
          ? {
              ...grid,
              cells: [
                ...grid.cells.slice(0, 7),
                ["Övrig verksamhet", "0", "0", "0", "0", null],
                ...grid.cells.slice(7),
              ],
            }
          : grid,
      );
      const fake = installFake({ sheets: grown });
      fake.host.data.settings.set("Uppfoljning.installningar", JSON.stringify(settings));
      const { skapaRapport } = await import("../../src/commands/commands");
      const { calls, event: e } = event();
      await skapaRapport(e);
      expect(calls.completed).toBe(1);
      const after = readFakeWorkbook(fake.host);
      const reports = after.sheetNames.slice(grown.length);
      expect(reports).not.toContain("Sociala myndighetsnämnden");
      expect(reports).toContain("Social omsorg (rapport)");
      const verksamhet = after.sheets.find((sheet) => sheet.name === "Ekonomi – verksamhet");
      expect(verksamhet?.contents["A2"]).toBe(
        "Källa: 'Verksamhet 2022'!A2:E9 · Belopp i tkr · Teckenkonvention: huvudbokens tecken",
      );
    },
  );

  it("calls completed() on failure too, and leaves a Swedish message for the pane", async () => {
    const { skapaRapport } = await import("../../src/commands/commands");
    const fake = installFake({ sheets: await sampleGrids() });
    fake.host.options.failOnSync = 3;
    const { calls, event: e } = event();
    await skapaRapport(e);
    expect(calls.completed).toBe(1);
    const left = JSON.parse(String(readFakeWorkbook(fake.host).settings["Uppfoljning.senasteFel"])) as {
      sv: string;
      en: string;
    };
    expect(left.sv).toContain("Arbetsboken är oförändrad.");
    expect(left.en).toContain("The workbook is unchanged.");
    expect(readFakeWorkbook(fake.host).sheetNames).toHaveLength(4);
  });

  it("calls completed() when there is nothing to report", async () => {
    const { skapaRapport } = await import("../../src/commands/commands");
    const fake = installFake({ sheets: [{ name: "Tomt", cells: [["bara text"]] }] });
    const { calls, event: e } = event();
    await skapaRapport(e);
    expect(calls.completed).toBe(1);
    expect(String(readFakeWorkbook(fake.host).settings["Uppfoljning.senasteFel"])).toContain(
      "Hittade ingen tabell",
    );
  });
});
