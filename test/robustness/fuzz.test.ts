/**
 * The engine on random grids (see gridArbitraries): it never throws, reports no NaN or Infinity,
 * names only cells inside the grid, and lays out a report that stays inside its own sheets and
 * regenerates to itself. The seed is fixed unless FUZZ_SEED is set; `npm run fuzz` runs longer.
 */
import fc from "fast-check";
import { planReport } from "../../src/core/report/planReport";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings/types";
import type { SheetGrid } from "../../src/core/types";
import { sheetGrid } from "./gridArbitraries";
import { analysisProblems, layoutProblems } from "./invariants";
import { layoutGrid } from "./layoutGrid";

const seed =
  process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20250612);
const smallRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
const largeRuns = Number(process.env.FUZZ_LARGE_RUNS ?? 200);
const ran = { small: 0, large: 0, tables: 0, reports: 0, cells: 0 };

/** Every invariant on one workbook of sheets: analysis, report, and the report regenerated from itself. */
function checkWorkbook(sheets: readonly SheetGrid[], settings: Settings = DEFAULT_SETTINGS): void {
  ran.cells += sheets.reduce((n, s) => n + s.cells.reduce((m, row) => m + row.length, 0), 0);
  // planReport analyses with the settings' options: the defaults, as analyseWorkbook's own.
  const plan = planReport(sheets, [], settings);
  const analysis = plan.analysis;
  if (analysis.tables.length > 0) ran.tables++;
  expect(analysisProblems(analysis, sheets)).toEqual([]);
  expect(layoutProblems(plan.layout, sheets)).toEqual([]);
  if (plan.layout.sheets.length === 0) return;
  ran.reports++;
  const again = planReport(sheets, plan.layout.sheets.map(layoutGrid), settings);
  expect(again.layout).toEqual(plan.layout);
}

const settings: fc.Arbitrary<Settings> = fc
  .record({
    method: fc.constantFrom<Settings["method"]>("run-rate", "budget-profile", "seasonal"),
    percent: fc.constantFrom(0, 0.05, 1),
    amountTkr: fc.constantFrom(0, 100, 1e9),
  })
  .map(({ method, percent, amountTkr }) => ({
    ...DEFAULT_SETTINGS,
    method,
    thresholds: { percent, amountTkr },
  }));

const workbook = (size: { maxRows: number; maxCols: number }) =>
  fc.oneof(
    { weight: 3, arbitrary: sheetGrid(size).map((s) => [s]) },
    { weight: 1, arbitrary: fc.tuple(sheetGrid(size, "Blad1"), sheetGrid(size, "Ekonomi 2024")) },
  );

describe(`fuzz (seed ${seed})`, () => {
  afterAll(() => {
    process.stdout.write(
      `robustness fuzz: ${ran.small + ran.large} workbooks (${ran.small} up to 12 × 8, ${ran.large} up to 200 × 30; ` +
        `${ran.tables} with a recognised table, ${ran.reports} reported and regenerated; ${ran.cells} cells), seed ${seed}\n`,
    );
  });

  it(`small grids: ${smallRuns} runs`, () => {
    fc.assert(
      fc.property(workbook({ maxRows: 12, maxCols: 8 }), settings, (sheets, chosen) => {
        ran.small++;
        checkWorkbook(sheets, chosen);
      }),
      { seed, numRuns: smallRuns },
    );
  });

  it(`large grids: ${largeRuns} runs`, () => {
    fc.assert(
      fc.property(sheetGrid({ maxRows: 200, maxCols: 30 }), (sheet) => {
        ran.large++;
        checkWorkbook([sheet]);
      }),
      { seed: seed + 1, numRuns: largeRuns },
    );
  });
});
