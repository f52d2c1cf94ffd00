import { planReport } from "../../../src/core/report/planReport";
import { NUMBER_FORMATS } from "../../../src/core/report/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";
import type { SheetGrid } from "../../../src/core/types";
import { cellAt, shownValue } from "../../helpers/reportCells";
import { MNKR_GRID, TKR_GRID } from "../../helpers/reportGrids";

const layoutOf = (...sheets: SheetGrid[]) => planReport(sheets, [], DEFAULT_SETTINGS).layout;

describe("a table in mnkr", () => {
  // One sheet: no overview. Header on row 6, Äldreomsorg on 7, IFO on 8, Totalt on 9; columns
  // A line, B budget, C outcome, D avvikelse, E avvikelse %, F Utfall 2023, G Kommentar.
  const layout = layoutOf({ name: "S", cells: MNKR_GRID });
  const sheet = layout.sheets[0]!;

  it("shows every amount with one decimal, deviations signed", () => {
    for (const address of ["B7", "C7", "F7", "B9", "C9", "F9"]) {
      expect({ address, numFmt: cellAt(sheet, address)?.numFmt }).toEqual({
        address,
        numFmt: "#,##0.0;-#,##0.0",
      });
    }
    for (const address of ["D7", "D8", "D9"]) {
      expect(cellAt(sheet, address)?.numFmt).toBe("+#,##0.0;-#,##0.0;0.0");
    }
    expect(shownValue(cellAt(sheet, "C7"))).toBe(-210.5);
    // Result convention: avvikelse = utfall − budget: −210,5 − (−200,0) = −10,5; −50,2 − (−55,0) = +4,8.
    expect(shownValue(cellAt(sheet, "D7"))).toBe(-10.5);
    expect(shownValue(cellAt(sheet, "D8"))).toBeCloseTo(4.8, 9);
    expect(shownValue(cellAt(sheet, "G7"))).toBe("Avvikelse \u221210,5 mnkr (\u22125 %). Orsak: …");
  });

  it("colours by the thresholds in mnkr: 100 tkr is 0,1 mnkr", () => {
    const rules = sheet.conditionalFormats[0]!.rules;
    expect(rules[0]!.formula).toBe("AND(ISNUMBER(D7),OR(ABS(D7)<0.1,ABS(D7)<0.05*ABS(B7)))");
  });

  it("labels the chart's bars with one decimal and colours them by the thresholds", () => {
    const chart = sheet.charts[0]!;
    expect(chart.values[0]).toBe(-10.5);
    expect(chart.values[1]).toBeCloseTo(4.8, 9);
    // −10,5 is 5,25 % of 200,0 (at least 5 % and 0,1 mnkr); +4,8 is 8,7 % of 55,0.
    expect(chart.colours).toEqual(["unfavourable", "favourable"]);
    expect(chart.valueFormat).toBe(NUMBER_FORMATS.deviationDecimal);
  });
});

describe("the formats of other tables", () => {
  it("keep whole tkr whole", () => {
    const sheet = layoutOf({
      name: "T",
      cells: TKR_GRID,
    }).sheets[0]!;
    expect(cellAt(sheet, "B7")?.numFmt).toBe("#,##0;-#,##0");
    expect(cellAt(sheet, "D7")?.numFmt).toBe("+#,##0;-#,##0;0");
    expect(sheet.charts[0]!.valueFormat).toBe("+#,##0;-#,##0;0");
  });

  it("show one decimal in a tkr table whose source amounts carry decimals", () => {
    const sheet = layoutOf({
      name: "T",
      cells: [
        ["tkr", "Budget 2024", "Utfall 2024"],
        ["Hemtjänst", 1200, 1150.5],
        ["Boende", 2100, 2200],
        ["Summa", 3300, 3350.5],
      ],
    }).sheets[0]!;
    expect(cellAt(sheet, "C7")?.numFmt).toBe("#,##0.0;-#,##0.0");
    expect(cellAt(sheet, "B8")?.numFmt).toBe("#,##0.0;-#,##0.0");
    expect(cellAt(sheet, "D9")?.numFmt).toBe("+#,##0.0;-#,##0.0;0.0");
  });

  it("give a mnkr table's total its decimal on the overview too", () => {
    const layout = layoutOf(
      { name: "S", cells: MNKR_GRID },
      {
        name: "T",
        cells: TKR_GRID,
      },
    );
    const overview = layout.sheets[0]!;
    expect(overview.name).toBe("Översikt");
    // Row 7: the mnkr table's Totalt (budget −255,0, avvikelse −5,7); row 8: the tkr table's Summa.
    expect(shownValue(cellAt(overview, "B7"))).toBe(-255);
    expect(cellAt(overview, "B7")?.numFmt).toBe("#,##0.0;-#,##0.0");
    expect(cellAt(overview, "D7")?.numFmt).toBe("+#,##0.0;-#,##0.0;0.0");
    expect(shownValue(cellAt(overview, "B8"))).toBe(3300);
    expect(cellAt(overview, "B8")?.numFmt).toBe("#,##0;-#,##0");
  });
});
