import ExcelJS from "exceljs";
import { planReport } from "../../src/core/report/planReport";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport, readWorkbook } from "../../src/excel";
import { sheetsOfMarker } from "../../src/excel/reportMarker";
import { writeReport } from "../../src/xlsx/writeReport";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { exceljsContents, formatsThatShow, installFake, sampleGrids } from "./sampleHost";

describe("the Office.js adapter on the sample workbook", () => {
  it("reads every sheet in two requests, as the ExcelJS reader does", async () => {
    const grids = await sampleGrids();
    const fake = installFake({ sheets: grids });
    const contents = await readWorkbook();
    expect(fake.host.stats.syncCount).toBe(2);
    expect(contents.sources.map((s) => s.name)).toEqual(grids.map((g) => g.name));
    contents.sources.forEach((sheet, i) => {
      expect(sheet.cells).toEqual(grids[i]!.cells);
      expect(sheet.origin).toEqual(grids[i]!.origin);
    });
    expect(contents.reportNames).toEqual([]);
    expect(contents.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("writes the whole report in three requests, the same cells, formulas and formats as the ExcelJS adapter", async () => {
    const grids = await sampleGrids();
    const fake = installFake({ sheets: grids });
    const result = await generateReport(DEFAULT_SETTINGS);
    expect(fake.host.stats.syncCount).toBe(3);

    const { layout } = planReport(grids, [], DEFAULT_SETTINGS);
    const workbook = new ExcelJS.Workbook();
    for (const g of grids) workbook.addWorksheet(g.name);
    writeReport(workbook, layout);
    expect(result.sheetNames).toEqual(layout.sheets.map((s) => s.name));

    const written = readFakeWorkbook(fake.host);
    expect(written.sheetNames).toEqual(workbook.worksheets.map((ws) => ws.name));
    expect(written.activeSheet).toBe(result.firstSheet);
    for (const sheet of layout.sheets) {
      const expected = exceljsContents(workbook.getWorksheet(sheet.name)!);
      const actual = written.sheets.find((s) => s.name === sheet.name)!;
      expect(actual.contents).toEqual(expected.contents);
      expect(formatsThatShow(actual.numberFormats, actual.contents)).toEqual(
        formatsThatShow(expected.formats, expected.contents),
      );
      // Every number and formula the ExcelJS adapter formats is formatted here too.
      expect(Object.keys(formatsThatShow(expected.formats, expected.contents)).length).toBeGreaterThan(10);
      expect(actual.merges.length).toBe(sheet.merges.length);
      expect(actual.freeze).toEqual({ rows: sheet.freeze.row, cols: sheet.freeze.col });
      expect(actual.hiddenColumns).toEqual(sheet.columns.flatMap((c, i) => (c.hidden ? [i] : [])));
      expect(actual.page).toMatchObject({
        orientation: "Landscape",
        printArea: sheet.print.area,
        fitToPagesWide: 1,
      });
      expect(actual.conditionalFormats.length).toBe(
        sheet.conditionalFormats.reduce((n, f) => n + f.rules.length, 0),
      );
      expect(actual.charts).toHaveLength(sheet.charts.length);
    }
    expect(sheetsOfMarker(written.names["Uppfoljning_rapportblad"] ?? "")).toEqual(
      layout.sheets.map((s) => s.name),
    );
  });

  it("draws the deviation chart as a clustered bar chart with a colour per bar", async () => {
    const grids = await sampleGrids();
    const fake = installFake({ sheets: grids });
    await generateReport(DEFAULT_SETTINGS);
    const { layout } = planReport(grids, [], DEFAULT_SETTINGS);
    const withChart = layout.sheets.find((s) => s.charts.length > 0)!;
    const spec = withChart.charts[0]!;
    const chart = readFakeWorkbook(fake.host).sheets.find((s) => s.name === withChart.name)!.charts[0]!;
    expect(chart.type).toBe("BarClustered");
    expect(chart.title).toBe(spec.title);
    expect(Object.keys(chart.pointColours)).toHaveLength(spec.values.length);
    expect(chart.pointColours[0]).toBe(`#${layout.colours[spec.colours[0]!].font}`);
  });

  it("degrades on ExcelApi 1.4: the cells are written, without chart, conditional formats, frozen panes or page setup", async () => {
    const grids = await sampleGrids();
    const fake = installFake({ sheets: grids }, "1.4");
    await generateReport(DEFAULT_SETTINGS);
    const { layout } = planReport(grids, [], DEFAULT_SETTINGS);
    const sheet = readFakeWorkbook(fake.host).sheets.find((s) => s.name === layout.sheets[0]!.name)!;
    expect(Object.keys(sheet.contents).length).toBeGreaterThan(20);
    expect(sheet.charts).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.freeze).toBeUndefined();
    expect(fake.host.stats.syncCount).toBe(3);
  });
});

/** A ledger of `units` units, each a heading ("Ansvar 1001"), four account lines and a sum, then a total. */
function unitLedger(units: number): SheetGrid {
  const rows: CellValue[][] = [["Tkr", "Budget 2025", "Utfall 2025", "Avvikelse"]];
  let total = { budget: 0, outcome: 0 };
  for (let u = 0; u < units; u++) {
    rows.push([`Ansvar ${1001 + u}`, null, null, null]);
    let sum = { budget: 0, outcome: 0 };
    for (const [i, account] of ["Avgifter", "Personal", "Lokaler", "Övrigt"].entries()) {
      const budget = i === 0 ? -400 - u : 1_000 * i + u;
      const outcome = budget + ((u * 7 + i * 3) % 11) - 5;
      rows.push([account, budget, outcome, budget - outcome]);
      sum = { budget: sum.budget + budget, outcome: sum.outcome + outcome };
    }
    rows.push([`Summa ansvar ${1001 + u}`, sum.budget, sum.outcome, sum.budget - sum.outcome]);
    total = { budget: total.budget + sum.budget, outcome: total.outcome + sum.outcome };
  }
  rows.push(["Totalt", total.budget, total.outcome, total.budget - total.outcome]);
  return { name: "Huvudbok", cells: rows };
}

describe("the Office.js adapter on a ledger with unit headings", () => {
  // A column of one R1C1 formula runs over the headings' empty cells: they must be emptied again.
  it.each(["1.17", "1.8"])(
    "writes the same cells as the ExcelJS adapter, headings left empty (ExcelApi %s)",
    async (api) => {
      const grids = [unitLedger(30)];
      const fake = installFake({ sheets: grids }, api);
      await generateReport(DEFAULT_SETTINGS);
      const { layout } = planReport(grids, [], DEFAULT_SETTINGS);
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Huvudbok");
      writeReport(workbook, layout);
      const name = layout.sheets[0]!.name;
      const expected = exceljsContents(workbook.getWorksheet(name)!).contents;
      const actual = readFakeWorkbook(fake.host).sheets.find((s) => s.name === name)!.contents;
      expect(actual).toEqual(expected);
      const heading = Object.keys(actual).find((a) => actual[a] === "Ansvar 1017")!;
      const row = heading.slice(1);
      expect([`D${row}`, `E${row}`].map((a) => actual[a])).toEqual([undefined, undefined]);
      expect(actual[`D${Number(row) + 2}`]).toBe(`=B${Number(row) + 2}-C${Number(row) + 2}`);
      // One sheet, read whole with the sheet list: one request to read, one to write.
      expect(fake.host.stats.syncCount).toBe(2);
    },
  );
});
