/**
 * fast-check generators of the grids economists paste: a title, a header of the column names the
 * engine knows, labels of every row kind, and cells mixing real numbers, numbers as text, texts
 * that only look like numbers, Excel errors and formula-like text. Up to 200 × 30.
 */
import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../src/core/types";
import {
  ERROR_VALUES,
  INJECTIONS,
  LOOK_ALIKES,
  NUMBER_LIKE_LABELS,
  NUMBER_TEXTS,
} from "../fixtures/hostile/hostileValues";

const HEADERS = [
  "Budget 2024",
  "Utfall 2024",
  "Avvikelse",
  "Avvikelse mot budget",
  "Prognos 2024",
  "Helårsprognos 2024",
  "Bokslut 2023",
  "Budget jan-aug 2024",
  "Utfall jan- aug 2024",
  "Budget\n2021",
  "Bokslut\n2021",
  "Ursprunglig budget 2024",
  "Justerad budget 2024",
  "2021",
  "2022",
  "År 2020",
  "jan",
  "feb",
  "mar",
  "T2",
  "delår",
  "Belopp i mnkr",
  "tkr",
  "",
];

const LABELS = [
  "Intäkter",
  "Externa intäkter",
  "Bidrag",
  "Kostnader",
  "Personalkostnader",
  "Köp av verksamhet",
  "33. Individ- och familjeomsorg",
  "Summa",
  "Summa nettokostnad",
  "Totalt",
  "Resultat",
  "Nettokostnad",
  "Därav kapitalkostnader",
  "Äldreomsorg",
  "Budget",
  "Budgetavvikelse",
  "Beläggningsgrad, %",
  "Antal brukare",
  "* Not: exklusive larm",
  "Personalkostnader per månad (tkr)",
  "",
];

const TITLES = [
  "SOCIALA MYNDIGHETSNÄMNDEN",
  "Resultaträkning, delår jan-aug 2025",
  "Nyckeltal",
  "Belopp i tkr",
  "Ekonomi [utkast]: 2024/25?",
  "'Citerad'",
];

const finiteNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2021, 0.1),
  },
);

/** A value in a data cell. */
export const dataCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 10, arbitrary: finiteNumber },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXTS.map(([text]) => text)) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOK_ALIKES, ...NUMBER_LIKE_LABELS.map(([t]) => t)) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...ERROR_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A value in the label column. */
export const labelCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(...ERROR_VALUES, 4010, 2021, "0180", true, null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const headerCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(...ERROR_VALUES, 2024, null, "=SUM(A1)") },
);

export interface GridSize {
  readonly maxRows: number;
  readonly maxCols: number;
}

/** Large grids fill their size; small ones keep fast-check's default bias towards short arrays. */
const sizeOf = (size: GridSize) => (size.maxRows > 20 ? ("max" as const) : undefined);

/** A table as pasted: maybe a title, a header (maybe two lines), labelled rows of cells, maybe a second table. */
function tableRows(size: GridSize): fc.Arbitrary<CellValue[][]> {
  return fc.integer({ min: 1, max: size.maxCols }).chain((cols) =>
    fc
      .record({
        title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
        headers: fc.array(fc.array(headerCell, { minLength: cols, maxLength: cols }), {
          minLength: 1,
          maxLength: 2,
        }),
        labelHeader: fc.constantFrom<CellValue>("", null, "tkr", "Verksamhet", "Belopp i mnkr"),
        body: fc.array(
          fc.tuple(labelCell, fc.array(dataCell, { minLength: 0, maxLength: cols + 1, size: sizeOf(size) })),
          { minLength: 0, maxLength: Math.max(0, size.maxRows - 3), size: sizeOf(size) },
        ),
      })
      .map(({ title, headers, labelHeader, body }) => [
        ...(title !== undefined ? [[title]] : []),
        ...headers.map((h, i) => [i === headers.length - 1 ? labelHeader : null, ...h]),
        ...body.map(([label, cells]) => [label, ...cells]),
      ]),
  );
}

/** Any mix of the above, cut to at most `maxRows` × `maxCols`. */
function randomRows(size: GridSize): fc.Arbitrary<CellValue[][]> {
  const cell = fc.oneof(dataCell, labelCell, headerCell);
  return fc.array(fc.array(cell, { maxLength: size.maxCols, size: sizeOf(size) }), {
    maxLength: size.maxRows,
    size: sizeOf(size),
  });
}

/** A sheet: one or two tables one under the other, or random cells, at a random origin. */
export function sheetGrid(size: GridSize, name = "Blad1"): fc.Arbitrary<SheetGrid> {
  const tables = fc
    .array(tableRows(size), { minLength: 1, maxLength: 2 })
    .map((parts) => parts.flatMap((rows, i) => (i === 0 ? rows : [[], ...rows])));
  return fc
    .record({
      rows: fc.oneof({ weight: 4, arbitrary: tables }, { weight: 1, arbitrary: randomRows(size) }),
      origin: fc.option(
        fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
        { nil: undefined },
      ),
    })
    .map(({ rows, origin }) => {
      const cells = rows.slice(0, size.maxRows).map((row) => row.slice(0, size.maxCols));
      return { name, cells, ...(origin ? { origin } : {}) };
    });
}
