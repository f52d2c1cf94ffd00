import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../src/core/types";

interface Block {
  readonly title: string;
  readonly grid: readonly (readonly CellValue[])[];
}

interface FixtureFile extends Block {
  readonly monthly?: Block;
}

/** The sample's sheets: each names the fixtures whose tables it holds, top to bottom. */
export const SAMPLE_SHEETS: readonly { readonly name: string; readonly fixtures: readonly string[] }[] = [
  { name: "Social omsorg", fixtures: ["000-sociala-myndighetsnamnden", "000-social-omsorg"] },
  { name: "Verksamhet 2022", fixtures: ["001-ekonomi-verksamhet", "001-verksamhetsmatt-nyckeltal"] },
  { name: "Ekonomi 2020", fixtures: ["003-ekonomi", "003-nyckeltal"] },
  { name: "Delår aug 2025", fixtures: ["synthetic-delarsrapport"] },
];

const FIXTURES = join(__dirname, "..", "test", "fixtures");

/** A fixture's tables as pasted: its grid, then its monthly grid when it has one. */
function readBlocks(name: string): Block[] {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as FixtureFile;
  return fixture.monthly ? [fixture, fixture.monthly] : [fixture];
}

/** A block's title on one row, its grid below; returns the next free row. */
function writeBlock(sheet: ExcelJS.Worksheet, block: Block, top: number): number {
  const title = sheet.getCell(top, 1);
  title.value = block.title;
  title.font = { bold: true, size: 12 };
  block.grid.forEach((cells, i) => {
    const row = sheet.getRow(top + 1 + i);
    cells.forEach((value, j) => {
      if (value === null || value === "") return;
      const cell = row.getCell(j + 1);
      cell.value = value;
      if (typeof value === "number") cell.numFmt = "#,##0";
      if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true };
    });
    if (i === 0) row.font = { bold: true };
    if (cells.some((value) => typeof value === "string" && value.includes("\n"))) row.height = 30;
  });
  return top + 1 + block.grid.length;
}

/**
 * The bundled sample workbook: the fixtures' tables as an economist pastes them from the
 * reports: text stays text ("19 121"), numbers stay numbers, each table under its title,
 * a blank row between tables, two-line headers wrapped.
 */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Uppföljning";
  // Fixed dates keep the file the same from one run to the next.
  workbook.created = new Date(Date.UTC(2025, 8, 1));
  workbook.modified = workbook.created;
  for (const { name, fixtures } of SAMPLE_SHEETS) {
    const sheet = workbook.addWorksheet(name);
    sheet.getColumn(1).width = 48;
    for (let col = 2; col <= 13; col++) sheet.getColumn(col).width = 13;
    let row = 1;
    for (const block of fixtures.flatMap(readBlocks)) row = writeBlock(sheet, block, row) + 1;
  }
  return workbook;
}
