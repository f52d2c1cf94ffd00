import { parseSettings } from "../../../src/core/settings/parseSettings";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";

describe("parseSettings", () => {
  it("reads back what was saved", () => {
    const saved = {
      version: 1,
      thresholds: { percent: 0.1, amountTkr: 500 },
      method: "seasonal",
      signConventions: { "Blad1!A2:E7": "result" },
      columnRoles: { "Blad1!A2:E7": { D: "unknown" } },
      invertedLines: { "Blad1!A2:E7": ["Intäkter"] },
      sourceRange: "'Blad 1'!A1:E9",
      excludedTables: ["Blad2!A1:C9"],
    };
    expect(parseSettings(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it.each([null, 42, "text", [], undefined])("falls back to the defaults for %j", (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps what is valid and drops what is not, field by field", () => {
    const parsed = parseSettings({
      thresholds: { percent: -1, amountTkr: 250 },
      method: "crystal-ball",
      signConventions: { a: "ledger", b: "upside-down" },
      columnRoles: { t: { B: "budget", C: "nonsense" }, u: { D: 7 } },
      invertedLines: { t: ["Intäkter", 3], u: "Kostnader" },
      excludedTables: ["x", null],
      sourceRange: "A1:E9",
    });
    expect(parsed).toEqual({
      version: 1,
      thresholds: { percent: DEFAULT_SETTINGS.thresholds.percent, amountTkr: 250 },
      method: DEFAULT_SETTINGS.method,
      signConventions: { a: "ledger" },
      columnRoles: { t: { B: "budget" } },
      invertedLines: { t: ["Intäkter"] },
      excludedTables: ["x"],
    });
  });
});
