import type ExcelJS from "exceljs";
import { toCellValue } from "../../src/xlsx/toCellValue";

describe("toCellValue", () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ["a number", -8814, -8814],
    ["text as it is", "– 8 814", "– 8 814"],
    ["an empty string as empty", "", null],
    ["undefined as empty", undefined, null],
    ["a date at midnight as an ISO date", new Date(Date.UTC(2025, 7, 31)), "2025-08-31"],
    [
      "a date with a time of day with the time",
      new Date(Date.UTC(2025, 7, 31, 8, 30)),
      "2025-08-31T08:30:00",
    ],
    ["an error", { error: "#REF!" }, "#REF!"],
    ["a shared formula's result", { sharedFormula: "B2", result: 7.9 }, 7.9],
    [
      "a formula's date result",
      { formula: "TODAY()", result: new Date(Date.UTC(2024, 4, 12)) },
      "2024-05-12",
    ],
    ["rich text of empty runs as empty", { richText: [{ text: "" }] }, null],
  ])("reads %s", (_, value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });

  it("reads a hyperlink whose text is rich text as its plain text", () => {
    const value = { text: { richText: [{ text: "Kol" }, { text: "ada" }] }, hyperlink: "https://kolada.se" };
    expect(toCellValue(value as unknown as ExcelJS.CellHyperlinkValue)).toBe("Kolada");
  });

  it("reads a hyperlink without text as its address", () => {
    expect(toCellValue({ hyperlink: "https://kolada.se" } as ExcelJS.CellHyperlinkValue)).toBe(
      "https://kolada.se",
    );
  });
});
