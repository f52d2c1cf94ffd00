import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { parseSettings } from "../../src/core/settings/parseSettings";
import { settingsKey } from "../../src/core/tableKey";
import { editSettings, type SettingsEdit } from "../../src/taskpane/editSettings";
import { formatPeriod } from "../../src/taskpane/i18n/formatPeriod";
import { pickLanguage } from "../../src/taskpane/i18n/pickLanguage";
import { pickTheme } from "../../src/taskpane/pickTheme";

const KEY = "'Social omsorg'!A2:E7";

describe("editSettings", () => {
  it("sets a column role without touching the table's other columns or the input", () => {
    const once = editSettings(DEFAULT_SETTINGS, {
      kind: "columnRole",
      table: KEY,
      column: "E",
      role: "unknown",
    });
    const twice = editSettings(once, { kind: "columnRole", table: KEY, column: "B", role: "budget" });
    expect(twice.columnRoles).toEqual({ [KEY]: { E: "unknown", B: "budget" } });
    expect(DEFAULT_SETTINGS.columnRoles).toEqual({});
  });

  it("excludes a table and reports it again", () => {
    const off = editSettings(DEFAULT_SETTINGS, { kind: "reported", table: KEY, reported: false });
    expect(off.excludedTables).toEqual([KEY]);
    expect(editSettings(off, { kind: "reported", table: KEY, reported: true }).excludedTables).toEqual([]);
    expect(editSettings(off, { kind: "reported", table: KEY, reported: false }).excludedTables).toEqual([
      KEY,
    ]);
  });

  it("marks a line inverted and takes the mark back, dropping an empty table", () => {
    const one = editSettings(DEFAULT_SETTINGS, {
      kind: "inverted",
      table: KEY,
      line: "Intäkter",
      inverted: true,
    });
    const two = editSettings(one, { kind: "inverted", table: KEY, line: "Bidrag", inverted: true });
    expect(two.invertedLines).toEqual({ [KEY]: ["Intäkter", "Bidrag"] });
    const back = editSettings(two, { kind: "inverted", table: KEY, line: "Intäkter", inverted: false });
    expect(back.invertedLines).toEqual({ [KEY]: ["Bidrag"] });
    const none = editSettings(back, { kind: "inverted", table: KEY, line: "Bidrag", inverted: false });
    expect(none.invertedLines).toEqual({});
  });

  it("reads only a range, and the whole workbook again", () => {
    const range = editSettings(DEFAULT_SETTINGS, { kind: "sourceRange", range: "'Blad 1'!A2:E7" });
    expect(range.sourceRange).toBe("'Blad 1'!A2:E7");
    const whole = editSettings(range, { kind: "sourceRange", range: undefined });
    expect("sourceRange" in whole).toBe(false);
  });

  it("moves what was saved under the table's old range to the settings key it is edited under", () => {
    const old = parseSettings({
      signConventions: { [KEY]: "result", "Blad2!A1:C9": "ledger" },
      columnRoles: { [KEY]: { E: "unknown" } },
      invertedLines: { [KEY]: ["Intäkter"] },
      excludedTables: [KEY, "Blad2!A1:C9"],
    });
    const grown = "'Social omsorg'!A2:E8";
    const key = settingsKey(grown);
    expect(key).toBe("'Social omsorg'!A2");
    const edits: SettingsEdit[] = [
      { kind: "columnRole", table: key, column: "B", role: "budget" },
      { kind: "inverted", table: key, line: "Bidrag", inverted: true },
      { kind: "signConvention", table: key, convention: "ledger" },
      { kind: "reported", table: key, reported: true },
    ];
    const edited = edits.reduce(editSettings, old);
    expect(edited.columnRoles).toEqual({ [key]: { E: "unknown", B: "budget" } });
    expect(edited.invertedLines).toEqual({ [key]: ["Intäkter", "Bidrag"] });
    expect(edited.signConventions).toEqual({ "Blad2!A1:C9": "ledger", [key]: "ledger" });
    expect(edited.excludedTables).toEqual(["Blad2!A1:C9"]);
    const excluded = editSettings(edited, { kind: "reported", table: key, reported: false });
    expect(excluded.excludedTables).toEqual(["Blad2!A1:C9", key]);
  });

  it("sets sign convention, thresholds and method", () => {
    const s1 = editSettings(DEFAULT_SETTINGS, { kind: "signConvention", table: KEY, convention: "ledger" });
    const s2 = editSettings(s1, { kind: "thresholds", thresholds: { percent: 0.1, amountTkr: 500 } });
    const s3 = editSettings(s2, { kind: "method", method: "seasonal" });
    expect(s3).toMatchObject({
      signConventions: { [KEY]: "ledger" },
      thresholds: { percent: 0.1, amountTkr: 500 },
      method: "seasonal",
    });
  });
});

describe("language, theme and period", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["sv-SE", "sv"],
    ["fi-FI", "sv"],
    [undefined, "sv"],
  ])("display language %s → %s", (display, language) => expect(pickLanguage(display)).toBe(language));

  it("follows Office's body background", () => {
    expect(pickTheme("#1f1f1f")).toBe(webDarkTheme);
    expect(pickTheme("#FFFFFF")).toBe(webLightTheme);
    expect(pickTheme(undefined)).toBe(webLightTheme);
    expect(pickTheme("not a colour")).toBe(webLightTheme);
  });

  it("writes periods the way the reports do", () => {
    expect(formatPeriod({ year: 2024, fromMonth: 1, toMonth: 8 })).toBe("jan–aug 2024");
    expect(formatPeriod({ year: 2021, fromMonth: 1, toMonth: 12 })).toBe("2021");
    expect(formatPeriod({ fromMonth: 1, toMonth: 12 })).toBe("–");
  });
});
