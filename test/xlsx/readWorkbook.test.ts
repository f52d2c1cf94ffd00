import ExcelJS from "exceljs";
import { join } from "node:path";
import type { SheetGrid } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { useTempDir } from "./tempDir";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "uppfoljning-exempel.xlsx");

/** The value at an A1 address of the sheet, through the grid's origin. */
function at(sheet: SheetGrid, address: string): unknown {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  return sheet.cells[row - origin.row]?.[col - origin.col] ?? null;
}

describe("readWorkbook on the bundled sample", () => {
  let sheets: SheetGrid[];
  beforeAll(async () => {
    sheets = await readWorkbook(SAMPLE);
  });
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;

  it("reads every sheet in workbook order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Social omsorg",
      "Verksamhet 2022",
      "Ekonomi 2020",
      "Delår aug 2025",
    ]);
  });

  it("keeps pasted text as text, two-line headers with their line break", () => {
    const social = sheet("Social omsorg");
    expect(social.origin).toEqual({ row: 0, col: 0 });
    expect(at(social, "A1")).toBe("SOCIALA MYNDIGHETSNÄMNDEN");
    expect(at(social, "B2")).toBe("Budget\n2021");
    expect(at(social, "A3")).toBe("39. Sociala myndighetsnämnden");
    expect(at(social, "B3")).toBe("19 121");
    expect(at(social, "D3")).toBe("– 8 814");
  });

  it("puts a blank row between the tables of a sheet", () => {
    const social = sheet("Social omsorg");
    expect(social.cells[7]).toEqual([null, null, null, null, null]);
    expect(at(social, "A9")).toBe("SOCIAL OMSORG");
    expect(at(social, "A18")).toBe("Summa nettokostnad");
    expect(at(social, "D18")).toBe("– 165");
    expect(social.cells).toHaveLength(18);
  });

  it("keeps numbers as numbers and empty cells as null", () => {
    const interim = sheet("Delår aug 2025");
    expect(at(interim, "A1")).toBe("Resultaträkning, delår jan-aug 2025");
    expect(at(interim, "B3")).toBe(-20000);
    expect(at(interim, "G8")).toBeNull();
    expect(at(interim, "D8")).toBe(-6800);
    expect(at(interim, "F3")).toBeNull();
    expect(at(interim, "A10")).toBe("Personalkostnader per månad (tkr)");
    expect(at(interim, "M11")).toBe("dec");
    expect(at(interim, "I13")).toBe(9300);
    expect(at(interim, "J13")).toBeNull();
    expect(interim.cells.every((row) => row.length === 13)).toBe(true);
  });
});

describe("readWorkbook on cells of every kind", () => {
  const temp = useTempDir();
  let sheets: SheetGrid[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const kinds = workbook.addWorksheet("Celler");
    kinds.getCell("C3").value = "Rubrik";
    kinds.mergeCells("C3:E3");
    kinds.getCell("C4").value = 1200;
    kinds.getCell("D4").value = 34;
    kinds.getCell("E4").value = { formula: "C4+D4", result: 1234 };
    kinds.getCell("C5").value = { error: "#N/A" };
    kinds.getCell("D5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    kinds.getCell("E5").value = { formula: "NOW()" };
    kinds.getCell("C6").value = {
      richText: [{ text: "Köp av " }, { text: "verksamhet", font: { bold: true } }],
    };
    kinds.getCell("D6").value = { text: "Kolada", hyperlink: "https://kolada.se" };
    kinds.getCell("E6").value = new Date(Date.UTC(2024, 4, 12));
    kinds.getCell("C7").value = true;
    kinds.getCell("D7").value = "";
    kinds.getCell("E7").value = { formula: 'IF(C7,"ja","nej")', result: "ja" };
    kinds.getRow(7).hidden = true;
    kinds.getColumn("D").hidden = true;
    kinds.getCell("F9").numFmt = "0.00"; // formatted but empty: not part of the used range
    workbook.addWorksheet("Tomt");
    await workbook.xlsx.writeFile(temp("celler.xlsx"));
    sheets = await readWorkbook(temp("celler.xlsx"));
  });

  it("gives the used range with its origin", () => {
    expect(sheets[0]!.origin).toEqual({ row: 2, col: 2 });
    expect(sheets[0]!.cells).toHaveLength(5);
    expect(sheets[0]!.cells.every((row) => row.length === 3)).toBe(true);
  });

  it("holds a merged range's value in its top-left cell only", () => {
    expect(sheets[0]!.cells[0]).toEqual(["Rubrik", null, null]);
  });

  it("reads formulas as their cached results, errors as their text", () => {
    expect(sheets[0]!.cells[1]).toEqual([1200, 34, 1234]);
    expect(sheets[0]!.cells[2]).toEqual(["#N/A", "#DIV/0!", null]);
  });

  it("reads rich text and hyperlinks as plain text, dates as ISO dates", () => {
    expect(sheets[0]!.cells[3]).toEqual(["Köp av verksamhet", "Kolada", "2024-05-12"]);
  });

  it("reads booleans as they are, hidden rows and columns like any other, an empty string as empty", () => {
    expect(sheets[0]!.cells[4]).toEqual([true, null, "ja"]);
  });

  it("gives an empty sheet as an empty grid", () => {
    expect(sheets[1]).toEqual({ name: "Tomt", cells: [], origin: { row: 0, col: 0 } });
  });
});
