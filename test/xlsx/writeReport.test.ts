import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname } from "node:path";
import { WORKBOOK_MARK_NAME } from "../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { findReportSheets } from "../../src/xlsx/findReportSheets";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { writeReportFile } from "../../src/xlsx/writeReportFile";
import { snapshot, writeSourceWorkbook } from "./reportWorkbook";
import { useTempDir } from "./tempDir";

const options = DEFAULT_SETTINGS;
const file = useTempDir();
const load = loadWorkbook;
const REPORT = "Sociala myndighetsnäm (rapport)";

describe("writeReportFile", () => {
  beforeAll(async () => {
    await writeSourceWorkbook(file("in.xlsx"));
    await writeReportFile(file("in.xlsx"), file("out.xlsx"), options);
  });

  it("adds the report sheets after the user's, never taking a user's sheet name", async () => {
    const wb = await load(file("out.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Blad1",
      "Delår",
      "Sociala myndighetsnämnden",
      "Översikt",
      REPORT,
      "Resultaträkning, delår jan-aug",
    ]);
    expect(findReportSheets(wb).map((ws) => ws.name)).toEqual([
      "Översikt",
      REPORT,
      "Resultaträkning, delår jan-aug",
    ]);
    expect(wb.definedNames.getRanges(WORKBOOK_MARK_NAME).ranges).toHaveLength(3);
  });

  it("leaves every cell of the user's sheets as it was", async () => {
    const [before, after] = [await load(file("in.xlsx")), await load(file("out.xlsx"))];
    for (const name of ["Blad1", "Delår", "Sociala myndighetsnämnden"]) {
      expect(snapshot(after.getWorksheet(name)!)).toEqual(snapshot(before.getWorksheet(name)!));
    }
  });

  it("writes formulas with cached results, formats, frozen header and print setup", async () => {
    const ws = (await load(file("out.xlsx"))).getWorksheet(REPORT)!;
    expect(ws.getCell("A6").value).toBe("(tkr)");
    expect(ws.getCell("G6").value).toBe("Kommentar");
    expect(ws.getCell("D7").value).toEqual({ formula: "B7-C7", result: -8814 });
    expect(ws.getCell("B11").value).toEqual({ formula: "SUM(B9)-B8", result: 19121 });
    expect(ws.getCell("D7").numFmt).toBe("+#,##0;-#,##0;0");
    expect(ws.getCell("A11").font.bold).toBe(true);
    expect(ws.getCell("A11").border.top?.style).toBe("thin");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 6 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getColumn(8).hidden).toBe(true);
  });

  it("writes the deviation colours as formula rules", async () => {
    const ws = (await load(file("out.xlsx"))).getWorksheet(REPORT)!;
    const formats = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(formats[0]!.ref).toBe("D7:D11");
    expect(formats[0]!.rules).toHaveLength(3);
  });

  it("keeps a comment written into the file when the report is run again on it", async () => {
    const wb = await load(file("out.xlsx"));
    const ws = wb.getWorksheet(REPORT)!;
    ws.getCell("G9").value = "Placeringar på HVB ökade kraftigt."; // Kostnader
    ws.getCell("A4").value = "Egen sammanfattning.";
    await wb.xlsx.writeFile(file("edited.xlsx"));
    await writeReportFile(file("edited.xlsx"), file("again.xlsx"), options);
    const again = await load(file("again.xlsx"));
    expect(again.worksheets).toHaveLength(6);
    const report = again.getWorksheet(REPORT)!;
    expect(report.getCell("A9").value).toBe("Kostnader");
    expect(report.getCell("G9").value).toBe("Placeringar på HVB ökade kraftigt.");
    expect(report.getCell("A4").value).toBe("Egen sammanfattning.");
    expect(report.getCell("G7").value).toBe("Avvikelse \u22128,8 mnkr (\u221246 %). Orsak: …");
    expect(snapshot(again.getWorksheet("Sociala myndighetsnämnden")!)).toEqual(
      snapshot(wb.getWorksheet("Sociala myndighetsnämnden")!),
    );
  });

  it("writes text that starts like a formula as text", async () => {
    const wb = await load(file("in.xlsx"));
    wb.getWorksheet("Blad1")!.getCell("A4").value = '=HYPERLINK("http://example.com","Intäkter")';
    await wb.xlsx.writeFile(file("injected.xlsx"));
    await writeReportFile(file("injected.xlsx"), file("injected-out.xlsx"), options);
    const cell = (await load(file("injected-out.xlsx"))).getWorksheet(REPORT)!.getCell("A8");
    expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(cell.text).toBe('=HYPERLINK("http://example.com","Intäkter")');
  });

  it("writes all or nothing: no temporary file is left, and a failed write leaves no output", async () => {
    expect(readdirSync(dirname(file("out.xlsx"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await expect(writeReportFile(file("in.xlsx"), file("missing/out.xlsx"), options)).rejects.toThrow();
    expect(existsSync(file("missing/out.xlsx"))).toBe(false);
  });

  it("adds a native deviation bar chart to each budget report sheet, reading the report's cells", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file("out.xlsx")));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2); // Sociala myndighetsnämnden and the interim table; no chart on the overview
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const chart of charts) expect(types).toContain(`PartName="/${chart}"`);
    const xml = await Promise.all(charts.map((c) => zip.file(c)!.async("string")));
    const refs = xml.flatMap((x) => [...x.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    expect(refs).toContain("'Resultaträkning, delår jan-aug'!$A$7:$A$10");
    expect(refs).toContain("'Resultaträkning, delår jan-aug'!$D$7:$D$10");
    // The report stays readable by ExcelJS, so it can be regenerated.
    expect((await load(file("out.xlsx"))).worksheets).toHaveLength(6);
  });
});
