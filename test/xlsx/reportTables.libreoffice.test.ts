/**
 * Report tables beyond whole tkr and budget/outcome, opened by LibreOffice headless (recalculating
 * every formula on load, in a Swedish locale): a table in mnkr shown with its decimal and coloured
 * by the thresholds in its own unit; an original budget beside the adjusted one; the transposed
 * 003 Ekonomi with every line of the source.
 */
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { writeReportFile } from "../../src/xlsx/writeReportFile";
import { loadFixture } from "../helpers/fixtures";
import { readAsShown, readFillsAsShown, zeroFormulaResults } from "../helpers/libreoffice";
import { MNKR_GRID, ORIGINAL_BUDGET_GRID, TKR_GRID } from "../helpers/reportGrids";
import { useTempDir } from "./tempDir";

const file = useTempDir();
/** Digits grouped by a space as a Swedish locale prints them (LibreOffice uses a no-break space). */
const G = "[ \u00a0\u202f]";
const RED = "FFC7CE";
const GREEN = "C6EFCE";
const GREY = "EDEDED";
/** Cells as patterns: numbers in Swedish grouping. */
const grouped = (...cells: string[]): unknown[] =>
  cells.map((c): unknown => expect.stringMatching(new RegExp(`^${c.replace(/ /g, G).replace("+", "\\+")}$`)));

describe("report tables in LibreOffice (recalculated, sv-SE)", () => {
  let shown: Map<string, string[][]>;
  let fills: Map<string, (string | undefined)[][]>;
  beforeAll(async () => {
    const source = new ExcelJS.Workbook();
    const ekonomi = loadFixture("003-ekonomi");
    for (const [name, grid] of [
      ["S", MNKR_GRID],
      ["T", TKR_GRID],
      ["Budgetar", ORIGINAL_BUDGET_GRID],
      ["Ekonomi 2020", [[ekonomi.title], ...ekonomi.grid]],
    ] as const) {
      const ws = source.addWorksheet(name);
      for (const row of grid) ws.addRow([...row]);
    }
    await source.xlsx.writeFile(file("in.xlsx"));
    await writeReportFile(file("in.xlsx"), file("out.xlsx"), DEFAULT_SETTINGS);
    await zeroFormulaResults(file("out.xlsx"), file("zeroed.xlsx"));
    shown = readAsShown(file("zeroed.xlsx"));
    fills = readFillsAsShown(file("zeroed.xlsx"));
  }, 180_000);

  // "S (rapport)": header on row 6; Äldreomsorg row 7, IFO row 8, Totalt row 9; columns A line,
  // B budget, C outcome, D avvikelse, E avvikelse %, F Utfall 2023, G Kommentar.
  it("shows a mnkr table's amounts with their decimal, deviations signed", () => {
    const s = shown.get("S (rapport)")!;
    expect(s[6]!.slice(0, 4)).toEqual(["Äldreomsorg", "-200,0", "-210,5", "-10,5"]);
    expect(s[6]![5]).toBe("-190,1");
    expect(s[7]!.slice(0, 4)).toEqual(["IFO", "-55,0", "-50,2", "+4,8"]); // −50,2 − (−55,0)
    expect(s[7]![4]).toBe("+8,7%"); // 4,8 / 55,0
    expect(s[8]!.slice(0, 4)).toEqual(["Totalt", "-255,0", "-260,7", "-5,7"]); // sums of the lines
    expect(s[8]![5]).toBe("-238,1");
    expect(s[6]![6]).toBe("Avvikelse \u221210,5 mnkr (\u22125 %). Orsak: …");
  });

  it("colours a mnkr table's deviations by the thresholds in mnkr (5 % and 0,1 mnkr)", () => {
    const d = fills.get("S (rapport)")!.map((row) => row[3]);
    // −10,5 is 5,25 % of the budget: red; +4,8 is 8,7 %: green; the total's −5,7 is 2,2 %: grey.
    expect(d.slice(6, 9)).toEqual([RED, GREEN, GREY]);
  });

  it("keeps whole tkr whole, in Swedish grouping", () => {
    const t = shown.get("T (rapport)")!;
    expect(t[6]!.slice(0, 4)).toEqual(grouped("Hemtjänst", "1 200", "1 150", "+50"));
    expect(t[8]![3]).toBe("-50"); // Summa: 3 300 − 3 350, absolute convention
  });

  it("shows a mnkr table's total with its decimal on the overview", () => {
    const overview = shown.get("Översikt")!;
    expect(overview[6]!.slice(1, 4)).toEqual(["-255,0", "-260,7", "-5,7"]);
  });

  // "Budgetar (rapport)": A line, B Ursprunglig budget, C adjusted budget, D Utfall, E avvikelse.
  it("shows the original budget beside the adjusted one, the deviation against the adjusted", () => {
    const b = shown.get("Budgetar (rapport)")!;
    expect(b[5]!.slice(1, 3)).toEqual(["Ursprunglig budget 2024", "Budget inkl. tilläggsanslag 2024"]);
    expect(b[6]!.slice(0, 5)).toEqual(grouped("Hemtjänst", "1 000", "1 200", "1 150", "+50"));
    expect(b[8]!.slice(0, 5)).toEqual(grouped("Summa", "3 000", "3 300", "3 350", "-50")); // sums of the lines
    const overview = shown.get("Översikt")!;
    expect(overview[8]!.slice(1, 4)).toEqual(grouped("3 300", "3 350", "-50"));
  });

  // "Ekonomi": A year, B Intäkter, C Kostnader, D Budget, E Nettokostnader, F avvikelse.
  it("shows every line of the transposed 003 Ekonomi, a row per year", () => {
    const e = shown.get("Ekonomi")!;
    expect(e[5]!.slice(0, 5)).toEqual(["(tkr)", "Intäkter", "Kostnader", "Budget", "Nettokostnader"]);
    expect(e[6]!.slice(0, 6)).toEqual(grouped("2020", "55 773", "184 781", "131 727", "129 008", "+2 719"));
    expect(e[7]!.slice(0, 6)).toEqual(grouped("2019", "60 240", "183 103", "124 391", "122 863", "+1 528"));
    expect(e[8]!.slice(0, 6)).toEqual(grouped("2018", "66 101", "187 309", "119 777", "121 208", "-1 431"));
  });
});
