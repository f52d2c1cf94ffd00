import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { planReport } from "../../../src/core/report/planReport";
import { parseSettings } from "../../../src/core/settings/parseSettings";
import { toAnalysisOptions } from "../../../src/core/settings/toAnalysisOptions";
import { settingFor, settingsKey } from "../../../src/core/tableKey";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { fixtureSheet } from "../../helpers/fixtures";

/** The fixture's table (Blad1!A2:E7, a title on row 1) with `rows` changed, as a user edits it. */
function edited(change: (rows: CellValue[][]) => CellValue[][]): SheetGrid {
  const sheet = fixtureSheet("000-sociala-myndighetsnamnden");
  return { ...sheet, cells: change(sheet.cells.map((row) => [...row])) };
}

const ORIGINAL = edited((rows) => rows);
/** A line added above the total: the table grows to A2:E8. */
const GROWN = edited((rows) => [...rows.slice(0, 6), ["Övrigt", "0", "0", "0", "0"], ...rows.slice(6)]);
/** "Därav kapitalkostnader" removed: A2:E6. */
const SHRUNK = edited((rows) => rows.filter((row) => row[0] !== "Därav kapitalkostnader"));
/** A column added at the right (a second prior year): A2:F7. */
const WIDER = edited((rows) =>
  rows.map((row, i) => [...row, i === 0 ? null : i === 1 ? "Bokslut\n2019" : "0"]),
);

/** Every correction the pane offers, saved (as JSON in the workbook) under `key`. */
const corrections = (key: string) =>
  parseSettings(
    JSON.parse(
      JSON.stringify({
        version: 1,
        thresholds: { percent: 0.05, amountTkr: 100 },
        method: "budget-profile",
        signConventions: { [key]: "ledger" },
        columnRoles: { [key]: { D: "unknown" } },
        invertedLines: { [key]: ["Intäkter"] },
        excludedTables: [key],
      }),
    ),
  );

function applied(sheet: SheetGrid, key: string) {
  const settings = corrections(key);
  const [table] = analyseWorkbook([sheet], toAnalysisOptions(settings)).tables;
  return {
    key: table?.key,
    convention: [table?.signConvention.convention, table?.signConvention.source],
    roleOfD: table?.table.columns.find((c) => c.address === "D")?.role,
    inverted: table?.table.lines.filter((l) => l.inverted).map((l) => l.label),
    reportSheets: planReport([sheet], [], settings).layout.sheets.length,
  };
}

const ALL_APPLIED = {
  convention: ["ledger", "user"],
  roleOfD: "unknown",
  inverted: ["Intäkter"],
  reportSheets: 0,
};

describe("the settings key", () => {
  it("is the sheet and the table's top-left cell", () => {
    expect(settingsKey("'Social omsorg'!A2:E7")).toBe("'Social omsorg'!A2");
    expect(settingsKey("Blad1!$A$2:$E$7")).toBe("Blad1!A2");
    expect(settingsKey("Blad1!A2")).toBe("Blad1!A2");
    expect(settingsKey("'Budget!2024'!c3:f9")).toBe("'Budget!2024'!C3");
  });

  it("finds a setting saved under the whole range or under the settings key; the newer key first", () => {
    expect(settingFor({ "Blad1!A2:E7": 1 }, "Blad1!A2:E9")).toBe(1);
    expect(settingFor({ "Blad1!A2": 2, "Blad1!A2:E7": 1 }, "Blad1!A2:E9")).toBe(2);
    expect(settingFor({ "Blad1!A3:E7": 1, "Blad2!A2": 3 }, "Blad1!A2:E7")).toBeUndefined();
  });
});

describe("corrections when the table grows or shrinks at the bottom or right", () => {
  it("the tables as the engine reads them: the range changes, the top-left cell does not", () => {
    const none = toAnalysisOptions(parseSettings(undefined));
    const keys = [ORIGINAL, GROWN, SHRUNK, WIDER].map((s) => analyseWorkbook([s], none).tables[0]?.key);
    expect(keys).toEqual(["Blad1!A2:E7", "Blad1!A2:E8", "Blad1!A2:E6", "Blad1!A2:F7"]);
    // Without corrections: detected convention, D a deviation, nothing inverted, one report sheet.
    expect(applied(ORIGINAL, "Blad2!A2")).toMatchObject({
      convention: ["absolute", "variance-column"],
      roleOfD: "variance",
      inverted: [],
      reportSheets: 1,
    });
  });

  it.each([
    ["grown by a line", GROWN, "Blad1!A2:E8"],
    ["shrunk by a line", SHRUNK, "Blad1!A2:E6"],
    ["widened by a column", WIDER, "Blad1!A2:F7"],
  ])("keeps every correction saved under the settings key: %s", (_, sheet, key) => {
    expect(applied(sheet, "Blad1!A2")).toEqual({ key, ...ALL_APPLIED });
  });

  it.each([
    ["grown by a line", GROWN, "Blad1!A2:E8"],
    ["shrunk by a line", SHRUNK, "Blad1!A2:E6"],
    ["widened by a column", WIDER, "Blad1!A2:F7"],
  ])("reads corrections saved by earlier versions under the old range, Blad1!A2:E7: %s", (_, sheet, key) => {
    expect(applied(sheet, "Blad1!A2:E7")).toEqual({ key, ...ALL_APPLIED });
  });
});
