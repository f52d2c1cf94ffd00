import { planReport } from "../../../src/core/report/planReport";
import { SHEET_MARK, type ReportSheet } from "../../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { gridOf } from "../../helpers/reportCells";

/** Two units with the same account lines (no deviation material: no stubs): a comment must find its unit's line, never the other's. */
const source: SheetGrid = {
  name: "Huvudbok",
  cells: [
    ["Tkr", "Budget 2025", "Utfall 2025", "Avvikelse"],
    ["Ansvar 1001 Hemtjänst", null, null, null],
    ["Personalkostnader", 8000, 8050, -50],
    ["Övriga kostnader", 1000, 900, 100],
    ["Summa ansvar 1001", 9000, 8950, 50],
    ["Ansvar 1002 LSS boende", null, null, null],
    ["Personalkostnader", 5000, 5100, -100],
    ["Övriga kostnader", 700, 650, 50],
    ["Summa ansvar 1002", 5700, 5750, -50],
    ["Totalt", 14700, 14700, 0],
  ],
};

const COMMENT = "Vikarier under sommaren.";

function report(reports: readonly SheetGrid[] = []): ReportSheet {
  const { layout } = planReport([source], reports, DEFAULT_SETTINGS);
  expect(layout.sheets).toHaveLength(1);
  return layout.sheets[0]!;
}

/** The columns of the report sheet: Kommentar (from the header) and the hidden key column (from the mark). */
function columnsOf(grid: CellValue[][]) {
  const key = grid[0]!.findIndex((v) => typeof v === "string" && v.startsWith(SHEET_MARK));
  const header = grid.find((row) => row[key] === "header")!;
  return { key, comment: header.indexOf("Kommentar") };
}

/** The indexes of the grid rows whose column A reads `label`, in order. */
const rowsLabelled = (grid: CellValue[][], label: string) =>
  grid.flatMap((row, i) => (row[0] === label ? [i] : []));

const commentsOn = (sheet: ReportSheet, label: string) => {
  const grid = gridOf(sheet);
  const { comment } = columnsOf(grid);
  return rowsLabelled(grid, label).map((i) => grid[i]![comment]);
};

describe("the hidden key of a line under a section heading", () => {
  const first = report();
  const grid = gridOf(first);
  const { key, comment } = columnsOf(grid);
  const [personal1001, personal1002] = rowsLabelled(grid, "Personalkostnader") as [number, number];

  it("is a short checksum, different for the same label in two sections; headings are marked", () => {
    const keys = [grid[personal1001]![key], grid[personal1002]![key]] as string[];
    for (const k of keys) expect(k).toMatch(/^#[0-9a-z]{1,7}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(grid[rowsLabelled(grid, "Ansvar 1002 LSS boende")[0]!]![key]).toBe("section");
  });

  it("brings a comment back to its own unit's line", () => {
    const edited = grid.map((row) => [...row]);
    edited[personal1002]![comment] = COMMENT;
    const second = report([{ name: first.name, cells: edited }]);
    expect(commentsOn(second, "Personalkostnader")).toEqual(["", COMMENT]);
  });

  it("never gives a comment to another unit's line when a person deleted the heading above it", () => {
    const edited = grid.map((row) => [...row]);
    edited[personal1002]![comment] = COMMENT;
    edited.splice(rowsLabelled(edited, "Ansvar 1002 LSS boende")[0]!, 1);
    const second = report([{ name: first.name, cells: edited }]);
    expect(commentsOn(second, "Personalkostnader")).toEqual(["", ""]);
    const kept = gridOf(second);
    const orphans = rowsLabelled(kept, "Kommentarer utan rad")[0]!;
    const orphan = kept.findIndex((row, i) => i > orphans && row[columnsOf(kept).comment] === COMMENT);
    expect(orphan).toBeGreaterThan(orphans);
    expect(kept[orphan]![0]).toBe("Ansvar 1001 Hemtjänst › Personalkostnader");
  });

  it("keeps the comment of a line whose label a person changed, under Kommentarer utan rad", () => {
    const edited = grid.map((row) => [...row]);
    edited[personal1002]![comment] = COMMENT;
    edited[personal1002]![0] = "Personal";
    const second = report([{ name: first.name, cells: edited }]);
    expect(commentsOn(second, "Personalkostnader")).toEqual(["", ""]);
    expect(commentsOn(second, "Ansvar 1002 LSS boende › Personal")).toEqual([COMMENT]);
  });

  it("still reads a key that names its section and label in full (reports written before checksums)", () => {
    const edited = grid.map((row) => [...row]);
    edited[personal1002]![comment] = COMMENT;
    edited[personal1002]![key] = "line ¦ Ansvar 1002 LSS boende ¦ Personalkostnader";
    const second = report([{ name: first.name, cells: edited }]);
    expect(commentsOn(second, "Personalkostnader")).toEqual(["", COMMENT]);
  });
});
