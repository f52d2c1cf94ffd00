import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue, SheetGrid } from "../../src/core/types";

export interface Fixture {
  readonly title: string;
  readonly unit: string;
  readonly grid: CellValue[][];
  readonly monthly?: { readonly title: string; readonly grid: CellValue[][] };
  readonly facts: readonly string[];
}

export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", `${name}.json`), "utf8")) as Fixture;
}

/**
 * A sheet as an economist would paste the fixture: its title on row 1, the grid from row 2,
 * and a monthly table (when the fixture has one) after a blank row.
 */
export function fixtureSheet(name: string, sheetName = "Blad1"): SheetGrid {
  const fixture = loadFixture(name);
  const cells: CellValue[][] = [[fixture.title], ...fixture.grid];
  if (fixture.monthly) cells.push([], [fixture.monthly.title], ...fixture.monthly.grid);
  return { name: sheetName, cells };
}
