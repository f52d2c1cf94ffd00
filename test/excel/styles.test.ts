import { columnLetters } from "../../src/core/cellAddress";
import { planReport } from "../../src/core/report/planReport";
import type { CellStyle } from "../../src/core/report/types";
import type { SheetGrid } from "../../src/core/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport } from "../../src/excel";
import type { FakeFormat } from "../fakes/fakeState";
import { readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { installFake, sampleGrids } from "./sampleHost";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium" } as const;

/** How a layout style shows in Excel's cell format, as the fake keeps it. */
function expectedFormat(style: CellStyle): FakeFormat {
  return {
    fontName: "Calibri",
    fontSize: style.size ?? 10,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { fontColor: style.color } : {}),
    ...(style.fill ? { fill: style.fill } : {}),
    ...(style.topBorder || style.bottomBorder
      ? {
          borders: {
            ...(style.topBorder ? { EdgeTop: WEIGHT[style.topBorder] } : {}),
            ...(style.bottomBorder ? { EdgeBottom: WEIGHT[style.bottomBorder] } : {}),
          },
        }
      : {}),
    ...(style.wrap ? { wrap: true } : {}),
    ...(style.horizontal ? { horizontal: HORIZONTAL[style.horizontal] } : {}),
    ...(style.vertical ? { vertical: VERTICAL[style.vertical] } : {}),
    ...(style.indent ? { indent: style.indent } : {}),
  };
}

/** A ledger extract with a section per unit, for the section and sum rows the sample lacks. */
const LEDGER: SheetGrid = {
  name: "Huvudbok",
  cells: [
    ["Tkr", "Budget 2025", "Utfall 2025", "Avvikelse"],
    ["Ansvar 1001 Hemtjänst", null, null, null],
    ["Avgifter", -420, -400, -20],
    ["Personalkostnader", 8300, 8500, -200],
    ["Lokalhyror", 640, 600, 40],
    ["Summa ansvar 1001", 8520, 8700, -180],
    ["Ansvar 1002 Särskilt boende", null, null, null],
    ["Avgifter", -300, -310, 10],
    ["Personalkostnader", 5000, 5100, -100],
    ["Lokalhyror", 500, 480, 20],
    ["Summa ansvar 1002", 5200, 5270, -70],
    ["Totalt", 13720, 13970, -250],
  ],
};

describe.each([
  ["1.17", "a list of areas per style (RangeAreas)"],
  ["1.8", "a range per rectangle (no RangeAreas before ExcelApi 1.9)"],
])("styles with ExcelApi %s: %s", (maxExcelApi) => {
  it("gives every styled cell of the report exactly its style, and plain lines the report font alone", async () => {
    const grids = [...(await sampleGrids()), LEDGER];
    const fake = installFake({ sheets: grids }, maxExcelApi);
    await generateReport(DEFAULT_SETTINGS);
    const { layout } = planReport(grids, [], DEFAULT_SETTINGS);
    const written = readFakeWorkbook(fake.host);
    const checked = new Map<string, number>();
    for (const sheet of layout.sheets) {
      const formats = written.sheets.find((s) => s.name === sheet.name)!.formats;
      for (const cell of sheet.cells) {
        if (!cell.style) continue;
        const address = `${columnLetters(cell.col - 1)}${cell.row}`;
        expect({ address, format: formats[address] }).toEqual({
          address,
          format: expectedFormat(layout.styles[cell.style]),
        });
        checked.set(cell.style, (checked.get(cell.style) ?? 0) + 1);
      }
    }
    // Every kind of row the sample has was compared: totals with their rule, sections, headers, lines.
    for (const style of ["title", "header", "headerLabel", "section", "line", "total", "comment"])
      expect({ style, compared: (checked.get(style) ?? 0) > 0 }).toEqual({ style, compared: true });
    expect([...checked.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(400);
  });
});
