import { assembleRange } from "../../src/excel/assembleRange";
import { blockOf, lookWindows, outsideWindows, takeBlocks, type Block } from "../../src/excel/planReadBlocks";

const cells = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.rows * b.cols, 0);

describe("blockOf", () => {
  it.each([
    ["'Blad 1'!B2:F10", { row: 1, col: 1, rows: 9, cols: 5 }],
    ["Huvudbok!A1", { row: 0, col: 0, rows: 1, cols: 1 }],
    ["Huvudbok!$BA$20001:$BC$20006", { row: 20_000, col: 52, rows: 6, cols: 3 }],
  ])("reads %s", (address, block) => expect(blockOf(address)).toEqual(block));

  it("reads no block from a whole-column address", () => expect(blockOf("Blad1!A:C")).toBeUndefined());
});

describe("outsideWindows", () => {
  const windows = lookWindows(14_000);

  it("leaves nothing of a used range inside the first look", () => {
    expect(outsideWindows({ row: 1, col: 0, rows: 500, cols: 20 }, windows)).toEqual([]);
  });

  it("leaves the rows below the narrow window and the columns right of the wide one", () => {
    const used = { row: 0, col: 0, rows: 50_002, cols: 60 };
    const outside = outsideWindows(used, windows);
    expect(outside).toEqual([
      { row: 0, col: 50, rows: 1_000, cols: 10 },
      { row: 1_000, col: 8, rows: 13_000, cols: 52 },
      { row: 14_000, col: 0, rows: 36_002, cols: 60 },
    ]);
    // Every cell once: what the windows hold and what lies outside them make the used range.
    const inside = windows.map((w) => ({
      ...w,
      rows: Math.min(w.rows, used.rows),
      cols: Math.min(w.cols, 60 - w.col),
    }));
    expect(cells(outside) + cells(inside)).toBe(50_002 * 60);
  });

  it("leaves the whole used range when it starts beyond both windows", () => {
    const used = { row: 20_000, col: 52, rows: 6, cols: 3 };
    expect(outsideWindows(used, windows)).toEqual([used]);
  });
});

describe("takeBlocks", () => {
  const blocks = [
    { sheet: 0, block: { row: 0, col: 0, rows: 10, cols: 5 } },
    { sheet: 1, block: { row: 2, col: 1, rows: 100, cols: 4 } },
  ];

  it("takes whole blocks while they fit, and cuts the next at a row", () => {
    const { taken, left } = takeBlocks(blocks, 50 + 4 * 30 + 3);
    expect(taken).toEqual([blocks[0], { sheet: 1, block: { row: 2, col: 1, rows: 30, cols: 4 } }]);
    expect(left).toEqual([{ sheet: 1, block: { row: 32, col: 1, rows: 70, cols: 4 } }]);
  });

  it("takes nothing when not one row of the first block fits", () => {
    expect(takeBlocks(blocks, 4)).toEqual({ taken: [], left: blocks });
  });
});

describe("assembleRange", () => {
  it("puts the blocks of a used range together, the cells no block brought empty", () => {
    const used = { row: 2, col: 1, rows: 3, cols: 3 };
    const { values, numberFormat } = assembleRange(used, [
      { block: { row: 2, col: 1, rows: 1, cols: 2 }, values: [[1, 2]], numberFormat: [["0", "0"]] },
      {
        block: { row: 4, col: 1, rows: 1, cols: 3 },
        values: [["a", "b", "c"]],
        numberFormat: [["@", "@", "@"]],
      },
      {
        block: { row: 2, col: 3, rows: 2, cols: 1 },
        values: [[3], [6]],
        numberFormat: [["yyyy-mm-dd"], ["0"]],
      },
    ]);
    expect(values).toEqual([
      [1, 2, 3],
      ["", "", 6],
      ["a", "b", "c"],
    ]);
    expect(numberFormat[0]).toEqual(["0", "0", "yyyy-mm-dd"]);
    expect(numberFormat[1]).toEqual(["General", "General", "0"]);
  });
});
