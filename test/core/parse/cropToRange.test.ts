import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { cropToRange, parseRangeAddress } from "../../../src/core/parse/cropToRange";
import { DEFAULT_OPTIONS, type SheetGrid } from "../../../src/core/types";
import { fixtureSheet } from "../../helpers/fixtures";

describe("parseRangeAddress", () => {
  it.each([
    ["'Blad 1'!B2:E9", { sheet: "Blad 1", top: 1, left: 1, bottom: 8, right: 4 }],
    ["Blad1!$A$1:$C$3", { sheet: "Blad1", top: 0, left: 0, bottom: 2, right: 2 }],
    ["Blad1!E8", { sheet: "Blad1", top: 7, left: 4, bottom: 7, right: 4 }],
    ["'Kvinnors ''hus'''!AA10:AB12", { sheet: "Kvinnors 'hus'", top: 9, left: 26, bottom: 11, right: 27 }],
  ])("reads %s", (address, range) => expect(parseRangeAddress(address)).toEqual(range));

  it.each(["B2:E9", "Blad1!", "Blad1!B", "Blad1!1:3"])("refuses %s", (address) =>
    expect(parseRangeAddress(address)).toBeUndefined(),
  );
});

describe("cropToRange", () => {
  const sheet: SheetGrid = {
    name: "Blad1",
    cells: [
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ],
    origin: { row: 1, col: 1 },
  };

  it("keeps every sheet without a range, and the cells of the range with their places", () => {
    expect(cropToRange([sheet], undefined)).toEqual([sheet]);
    // B2:D4 holds the grid; C3:D4 is its lower right corner.
    expect(cropToRange([sheet], "Blad1!C3:D4")).toEqual([
      {
        name: "Blad1",
        cells: [
          ["e", "f"],
          ["h", "i"],
        ],
        origin: { row: 2, col: 2 },
      },
    ]);
  });

  it("reads nothing of a sheet the workbook does not have", () => {
    expect(cropToRange([sheet], "Blad2!A1:C3")).toEqual([]);
  });

  it("finds a table in a selection as in the whole sheet, at the same address", () => {
    const whole = fixtureSheet("000-sociala-myndighetsnamnden");
    const all = analyseWorkbook([whole], DEFAULT_OPTIONS).tables;
    const selected = analyseWorkbook([whole], { ...DEFAULT_OPTIONS, sourceRange: "Blad1!A2:E7" }).tables;
    expect(selected.map((t) => t.key)).toEqual(all.map((t) => t.key));
    expect(selected[0]?.variances.map((v) => v.computed)).toEqual(all[0]?.variances.map((v) => v.computed));
    expect(analyseWorkbook([whole], { ...DEFAULT_OPTIONS, sourceRange: "Blad1!A10:E12" }).tables).toEqual([]);
  });
});
