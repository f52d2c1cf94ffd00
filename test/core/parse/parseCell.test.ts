import fc from "fast-check";
import { formatNumber } from "../../../src/core/format/formatNumber";
import { parseCell } from "../../../src/core/parse/parseCell";
import type { CellValue } from "../../../src/core/types";

const number = (value: number, extra: object = {}) => ({ kind: "number", value, fromText: true, ...extra });
const text = (value: string) => ({ kind: "text", text: value });

describe("parseCell reads numbers as people type and paste them", () => {
  it.each<[CellValue, object]>([
    ["– 8 814", number(-8814)],
    ["-16 173", number(-16173)],
    ["\u22125", number(-5)],
    ["\u2212 1 454", number(-1454)],
    ["+2 036", number(2036)],
    ["2 021*", number(2021, { note: "*" })],
    ["7,9", number(7.9)],
    ["113,7", number(113.7)],
    ["81 %", number(81, { percent: true })],
    ["81%", number(81, { percent: true })],
    ["(1 234)", number(-1234)],
    ["1\u00a0234\u00a0567", number(1234567)],
    ["1\u2009234", number(1234)],
    ["1\u202f234,5", number(1234.5)],
    ["  342 640 ", number(342640)],
    ["0", number(0)],
    ["0,5", number(0.5)],
    ["7.5", number(7.5)],
    ["–", number(0, { dash: true })],
    ["-", number(0, { dash: true })],
    ["- 0", number(0)],
  ])("%j", (input, expected) => expect(parseCell(input)).toEqual(expected));

  it.each<[CellValue, object]>([
    [-16173, { kind: "number", value: -16173, fromText: false }],
    [7.9, { kind: "number", value: 7.9, fromText: false }],
    [true, { kind: "boolean", value: true }],
    [false, { kind: "boolean", value: false }],
    ["#N/A", { kind: "error", error: "#N/A" }],
    ["#REF!", { kind: "error", error: "#REF!" }],
    ["#DIV/0!", { kind: "error", error: "#DIV/0!" }],
    ["#saknas!", { kind: "error", error: "#N/A" }],
    [NaN, { kind: "error", error: "#NUM!" }],
    [Infinity, { kind: "error", error: "#NUM!" }],
    [null, { kind: "empty" }],
    ["", { kind: "empty" }],
    [" \u00a0 ", { kind: "empty" }],
  ])("%j", (input, expected) => expect(parseCell(input)).toEqual(expected));

  it.each([
    "2021-05-01",
    "12.5.2024",
    "1-2",
    "--5",
    "5-",
    "1e5",
    "NaN",
    "Infinity",
    "0180",
    "1.234",
    "12 34",
    "1 2345",
    "9007199254740993",
    "(– 5)",
    "%",
    "*",
    "Intäkter",
    "(tkr)",
    "1,2,3",
  ])("keeps %j as text", (input) => expect(parseCell(input)).toEqual(text(input)));
});

describe("parseCell properties", () => {
  it("gives back the number formatNumber wrote", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (x, decimals) => {
          const n = Math.round(x * 10 ** decimals) / 10 ** decimals;
          const cell = parseCell(formatNumber(n, decimals));
          expect(cell.kind).toBe("number");
          expect(cell.kind === "number" && cell.value).toBe(n === 0 ? 0 : n);
        },
      ),
    );
  });

  it("never throws and never yields NaN or Infinity", () => {
    const chars = fc.constantFrom(..."0123456789 ,.-–−+()%*#/!NAe\u00a0\u2009\u202fkr".split(""));
    const strings = fc.oneof(fc.string(), fc.string({ unit: chars }), fc.double().map(String));
    fc.assert(
      fc.property(fc.oneof(strings, fc.double(), fc.boolean(), fc.constant(null)), (value) => {
        const cell = parseCell(value);
        if (cell.kind === "number") expect(Number.isFinite(cell.value)).toBe(true);
      }),
    );
  });
});
