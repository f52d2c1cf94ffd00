import { toCellInput } from "../../src/excel/toCellInput";
import { buildFakeWorkbook } from "../fakes/buildFakeWorkbook";
import { createFakeExcel } from "../fakes/createFakeExcel";
import { readFakeCell } from "../fakes/readFakeWorkbook";

const TEXTS = [
  "=SUMMA(B2:B9)",
  "+46 8 123",
  "-Intäkter",
  "@chef",
  "\tindrag",
  "2024",
  "1/2",
  "TRUE",
  "'citat",
  "Kommentar",
];

describe("text written to Excel", () => {
  it("stays text, whatever it starts with, when sent as the adapter sends it", async () => {
    const host = buildFakeWorkbook({ sheets: [{ name: "Blad", cells: [] }] });
    await createFakeExcel(host).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad").getRange(`A1:J1`).formulas = [
        TEXTS.map((text) => toCellInput({ kind: "text", text })),
      ];
      await ctx.sync();
    });
    TEXTS.forEach((text, i) => {
      const cell = readFakeCell(host, `Blad!${String.fromCharCode(65 + i)}1`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
    });
  });

  it("would become formulas and numbers if sent bare (the rule the apostrophe guards against)", async () => {
    const host = buildFakeWorkbook({ sheets: [{ name: "Blad", cells: [] }] });
    await createFakeExcel(host).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad").getRange("A1:D1").values = [
        ["=SUMMA(B2:B9)", "-Intäkter", "@chef", "2024"],
      ];
      await ctx.sync();
    });
    expect(readFakeCell(host, "Blad!A1")?.formula).toBe("=SUMMA(B2:B9)");
    expect(readFakeCell(host, "Blad!B1")?.formula).toBe("=-Intäkter");
    expect(readFakeCell(host, "Blad!C1")?.formula).toBe("=@chef");
    expect(readFakeCell(host, "Blad!D1")?.value).toBe(2024);
  });

  it("sends numbers and formulas as they are", () => {
    expect(toCellInput({ kind: "number", value: -8814 })).toBe(-8814);
    expect(toCellInput({ kind: "formula", formula: "=B7-C7", result: 1 })).toBe("=B7-C7");
    expect(toCellInput({ kind: "text", text: "" })).toBe("");
  });
});
