import fc from "fast-check";
import { recogniseTables } from "../../../src/core/parse/recogniseTables";
import { toMonthlySeries } from "../../../src/core/parse/toMonthlySeries";
import type { CellValue } from "../../../src/core/types";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    "Budget 2024",
    "Utfall jan-aug 2024",
    "Avvikelse",
    "Helårsprognos",
    "2023",
    "År 2022",
    "jan",
    "feb",
    "mar",
    "Intäkter",
    "Kostnader",
    "Summa",
    "Därav",
    "(tkr)",
    "– 8 814",
    "–",
    "#N/A",
    "81 %",
    "2 021*",
    "Budget",
    "Budgetavvikelse",
    "Nettokostnader",
  ),
  fc.double(),
  fc.integer({ min: 1900, max: 2100 }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);

describe("recogniseTables properties", () => {
  it("never throws, and every value it reads is a finite number or null", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }), (cells) => {
        const tables = recogniseTables({ name: "Blad1", cells });
        for (const table of tables) {
          for (const line of table.lines) {
            for (const value of Object.values(line.values)) {
              if (value !== null) expect(Number.isFinite(value)).toBe(true);
            }
            expect(Object.keys(line.values)).toEqual(table.columns.map((c) => c.address));
          }
          expect(() => toMonthlySeries(table)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });
});
