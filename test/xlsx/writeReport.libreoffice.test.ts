/**
 * The written report opened by a real spreadsheet program: LibreOffice headless, recalculating
 * every formula on load, in a Swedish locale (test/helpers/libreoffice.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import type { ReportPlan } from "../../src/core/report/planReport";
import { writeReportFile } from "../../src/xlsx/writeReportFile";
import { findReportSheets } from "../../src/xlsx/findReportSheets";
import { convertWithLibreOffice, pngSize, readAsShown, renderReportPages } from "../helpers/libreoffice";
import { writeSourceWorkbook } from "./reportWorkbook";
import { useTempDir } from "./tempDir";

const options = DEFAULT_SETTINGS;
const file = useTempDir();
const REPORT = "Sociala myndighetsnäm (rapport)";
const INTERIM = "Resultaträkning, delår jan-aug";
/** Digits grouped by a space as a Swedish locale prints them (LibreOffice uses a no-break space). */
const G = "[ \u00a0\u202f]";

/** A number as LibreOffice showed it: "-8 814", "+34,9%", "+1,0 pe". */
function parseShown(text: string): number | "" {
  if (text.trim() === "") return "";
  const plain = text
    .replace(/[\s\u00a0\u202f]|pe/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  return plain.endsWith("%") ? Number(plain.slice(0, -1)) / 100 : Number(plain);
}

describe("the report in LibreOffice (recalculated, sv-SE)", () => {
  let run: ReportPlan;
  let shown: Map<string, string[][]>;
  beforeAll(async () => {
    await writeSourceWorkbook(file("in.xlsx"));
    run = await writeReportFile(file("in.xlsx"), file("out.xlsx"), options);
    // Every cached result zeroed: whatever LibreOffice shows for a formula, it computed itself.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("out.xlsx"));
    for (const ws of findReportSheets(wb)) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula, result: 0 };
        }),
      );
    }
    await wb.xlsx.writeFile(file("zeroed.xlsx"));
    shown = readAsShown(file("zeroed.xlsx"));
  }, 180_000);

  it("recalculates every formula to the report's number", () => {
    let checked = 0;
    for (const sheet of run.layout.sheets) {
      const grid = shown.get(sheet.name);
      expect(grid).toBeDefined();
      for (const cell of sheet.cells) {
        if (cell.content.kind !== "formula") continue;
        const text = grid![cell.row - 1]?.[cell.col - 1] ?? "";
        const value = parseShown(text);
        const expected = cell.content.result;
        const at = `${sheet.name}!R${cell.row}C${cell.col}`;
        if (typeof expected === "string") {
          expect({ at, text }).toEqual({ at, text: expected });
        } else {
          const tolerance = cell.numFmt?.includes("%") ? 0.00051 : 0.5; // half the last digit shown
          expect({ at, off: value === "" || Math.abs(value - expected) > tolerance ? text : "ok" }).toEqual({
            at,
            off: "ok",
          });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50); // overview, 000 and the interim table
  });

  it("shows the numbers the fixtures state, in Swedish grouping", () => {
    const social = shown.get(REPORT)!;
    expect(social[6]![3]).toMatch(new RegExp(`^-8${G}814$`)); // D7: avvikelse of the nämnd
    expect(social[7]![3]).toBe("+741"); // D8: Intäkter
    expect(social[10]![1]).toMatch(new RegExp(`^19${G}121$`)); // B11: Summa nettokostnad, =SUM(B9)-B8
    expect(social[6]![4]).toBe("-46,1%"); // E7: −8 814 / 19 121
    const interim = shown.get(INTERIM)!;
    expect(interim[7]![7]).toMatch(new RegExp(`^118${G}900$`)); // H8: Personalkostnader, budget profile
    expect(interim[10]![7]).toMatch(new RegExp(`^200${G}300$`)); // H11: Summa kostnader, sum of forecasts
    expect(interim[11]![3]).toMatch(new RegExp(`^-6${G}800$`)); // D12: Resultat
  });

  it("shows the Kommentar header, the stubs and the summary", () => {
    const social = shown.get(REPORT)!;
    expect(social[5]![6]).toBe("Kommentar");
    expect(social[6]![6]).toBe("Avvikelse \u22128,8 mnkr (\u221246 %). Orsak: …");
    expect(social[3]![0]).toContain("underskott");
  });

  it("keeps a comment written into the file through a second run", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("out.xlsx"));
    wb.getWorksheet(REPORT)!.getCell("G9").value = "Placeringar på HVB ökade.";
    await wb.xlsx.writeFile(file("edited.xlsx"));
    await writeReportFile(file("edited.xlsx"), file("again.xlsx"), options);
    const again = readAsShown(file("again.xlsx")).get(REPORT)!;
    expect(again[8]![0]).toBe("Kostnader");
    expect(again[8]![6]).toBe("Placeringar på HVB ökade.");
  }, 180_000);

  it("prints every report sheet landscape, one page wide, as PNG pages in test-artifacts/report/", async () => {
    const out = join(__dirname, "..", "..", "test-artifacts", "report");
    rmSync(out, { recursive: true, force: true });
    const pages = await renderReportPages(file("out.xlsx"), out, run.layout);
    expect(pages.length).toBeGreaterThanOrEqual(run.layout.sheets.length);
    for (const page of pages) {
      const { width, height } = pngSize(page);
      expect(width).toBeGreaterThan(height);
    }
  }, 180_000);

  it("reads the native charts: LibreOffice saves them again, with the report's ranges", async () => {
    const dir = convertWithLibreOffice(file("out.xlsx"), "xlsx:Calc MS Excel 2007 XML");
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "out.xlsx")));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2);
    const xml = (await Promise.all(charts.map((c) => zip.file(c)!.async("string")))).join("");
    expect(xml).toContain("$D$7:$D$10");
    expect(xml).toContain('<c:barDir val="bar"/>');
  }, 180_000);
});
