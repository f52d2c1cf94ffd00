import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEVIATION_COLOURS, REPORT_STYLES } from "../../src/core/report/reportStyles";
import type { ChartSpec, ReportLayout, ReportSheet } from "../../src/core/report/types";
import { addNativeCharts } from "../../src/xlsx/addNativeCharts";
import { chartXml, seriesRef } from "../../src/xlsx/chartXml";

describe("seriesRef", () => {
  it("joins cells that follow each other into a block", () => {
    expect(seriesRef("'Delår'!$A$7,'Delår'!$A$8,'Delår'!$A$9")).toBe("'Delår'!$A$7:$A$9");
  });
  it("keeps cells with gaps as a union in parentheses", () => {
    expect(seriesRef("Blad1!$D$7,Blad1!$D$9")).toBe("(Blad1!$D$7,Blad1!$D$9)");
  });
  it("keeps a single cell as it is, and a sheet name with a comma whole", () => {
    expect(seriesRef("Blad1!$D$7")).toBe("Blad1!$D$7");
    expect(seriesRef("'Resultat, delår'!$A$7,'Resultat, delår'!$A$8")).toBe("'Resultat, delår'!$A$7:$A$8");
  });
});

describe("addNativeCharts", () => {
  it("finds a sheet whose name the workbook part escapes (Vård & omsorg)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Vård & omsorg").getCell("A7").value = "Intäkter";
    const spec: ChartSpec = {
      kind: "deviationBar",
      title: "Avvikelse mot budget – Vård & omsorg",
      categoriesRange: "'Vård & omsorg'!$A$7",
      valuesRange: "'Vård & omsorg'!$D$7",
      categories: ["Intäkter"],
      values: [-1500],
      colours: ["unfavourable"],
      valueFormat: "+#,##0;-#,##0;0",
      anchor: { row: 10, col: 1, cols: 6, rows: 16 },
    };
    const sheet = { name: "Vård & omsorg", charts: [spec] } as unknown as ReportSheet;
    const layout = { sheets: [sheet], styles: REPORT_STYLES, colours: DEVIATION_COLOURS } as ReportLayout;
    const bytes = await addNativeCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), layout);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('<drawing r:id="');
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain(
      "<c:f>'Vård &amp; omsorg'!$A$7</c:f>",
    );
  });
});

describe("chartXml", () => {
  it("labels the bars and the axis in the spec's format: one decimal for a mnkr table", () => {
    const spec: ChartSpec = {
      kind: "deviationBar",
      title: "Avvikelse mot budget – S",
      categoriesRange: "S!$A$7,S!$A$8",
      valuesRange: "S!$D$7,S!$D$8",
      categories: ["Äldreomsorg", "IFO"],
      values: [-10.5, 4.8],
      colours: ["unfavourable", "favourable"],
      valueFormat: "+#,##0.0;-#,##0.0;0.0",
      anchor: { row: 15, col: 1, cols: 6, rows: 16 },
    };
    const xml = chartXml(spec, DEVIATION_COLOURS);
    expect(xml.match(/<c:numFmt formatCode="[^"]*"/g)).toEqual([
      '<c:numFmt formatCode="+#,##0.0;-#,##0.0;0.0"', // value labels
      '<c:numFmt formatCode="General"', // category axis
      '<c:numFmt formatCode="+#,##0.0;-#,##0.0;0.0"', // value axis
    ]);
    expect(xml).toContain('<c:pt idx="0"><c:v>-10.5</c:v></c:pt>');
  });
});
