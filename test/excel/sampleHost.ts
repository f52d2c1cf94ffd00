import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { SheetGrid } from "../../src/core/types";
import { buildFakeWorkbook, type FakeWorkbookSpec } from "../fakes/buildFakeWorkbook";
import type { FakeExcelHost } from "../fakes/FakeContext";
import { installFakeOffice, type FakeOffice } from "../fakes/installFakeOffice";

export const SAMPLE = "assets/sample/uppfoljning-exempel.xlsx";

/** The sample workbook's sheets, read by the ExcelJS adapter. */
export const sampleGrids = (): Promise<SheetGrid[]> => readWorkbook(SAMPLE);

/** Installs the in-memory Excel holding `spec` as the globals Excel and Office. */
export function installFake(spec: FakeWorkbookSpec, maxExcelApi = "1.17"): FakeOffice {
  return installFakeOffice(globalThis, buildFakeWorkbook(spec, { maxExcelApi }));
}

/** What a cell holds as the fake and ExcelJS both can say it: "=formula", a number, or text. */
export type Content = string | number | boolean;

/** Every non-empty cell of an ExcelJS worksheet by A1 address: its formula ("=…") or value. */
export function exceljsContents(ws: ExcelJS.Worksheet): {
  contents: Record<string, Content>;
  formats: Record<string, string>;
} {
  const contents: Record<string, Content> = {};
  const formats: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // a merged range's value is its first cell's
      const v = cell.value;
      if (cell.numFmt && cell.numFmt !== "General") formats[cell.address] = cell.numFmt;
      if (v === null || v === undefined || v === "") return;
      if (typeof v === "object" && "formula" in v) contents[cell.address] = `=${v.formula}`;
      else if (typeof v === "object" && "richText" in v)
        contents[cell.address] = v.richText.map((r) => r.text).join("");
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
        contents[cell.address] = v;
    }),
  );
  return { contents, formats };
}

/**
 * The number formats that show: those of cells holding a number or a formula. The Office.js adapter
 * lets a column's format run over its text and empty cells (one range instead of many), where a
 * format changes nothing.
 */
export function formatsThatShow(
  formats: Record<string, string>,
  contents: Record<string, string | number | boolean>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(formats).filter(([address]) => {
      const content = contents[address];
      return typeof content === "number" || (typeof content === "string" && content.startsWith("="));
    }),
  );
}

export const syncsOf = (host: FakeExcelHost): number => host.stats.syncCount;
