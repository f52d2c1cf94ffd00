import ExcelJS from "exceljs";
import { loadFixture } from "../helpers/fixtures";

/**
 * An economist's workbook: 000 Sociala myndighetsnämnden pasted as text on "Blad1", the synthetic
 * interim table on "Delår", and the user's own sheet that happens to carry the name our report
 * would take, holding notes and a formula.
 */
export async function writeSourceWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, name] of [
    ["Blad1", "000-sociala-myndighetsnamnden"],
    ["Delår", "synthetic-delarsrapport"],
  ] as const) {
    const fixture = loadFixture(name);
    const ws = workbook.addWorksheet(sheet);
    ws.addRow([fixture.title]);
    for (const row of fixture.grid) ws.addRow(row);
  }
  const own = workbook.addWorksheet("Sociala myndighetsnämnden");
  own.getCell("A1").value = "Mina anteckningar";
  own.getCell("B2").value = 42;
  own.getCell("B3").value = { formula: "B2*2", result: 84 };
  await workbook.xlsx.writeFile(path);
}

/** Every value and formula of a worksheet, by address: to show a sheet was left exactly as it was. */
export function snapshot(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt ?? null };
    }),
  );
  return cells;
}
