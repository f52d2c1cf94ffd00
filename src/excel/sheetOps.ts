import { columnLetters } from "../core/cellAddress";
import type { CellStyle, ChartSpec, PrintSetup } from "../core/report/types";

/** One thing to do on a new report sheet; `address` is local to the sheet ("B7:D9"). */
export type SheetOp =
  /** Contents as a 2-D block: `null` leaves a cell as it is (a formula run wrote it). */
  | {
      readonly kind: "formulas";
      readonly address: string;
      readonly formulas: (string | number | null)[][];
    }
  /** One R1C1 formula for every cell of a column run ("=RC[-2]-RC[-1]"). */
  | { readonly kind: "formulaRun"; readonly address: string; readonly formulaR1C1: string }
  /** Cells a formula run reached over, emptied again: a list of areas, one RangeAreas (ExcelApi 1.9). */
  | { readonly kind: "clear"; readonly address: string }
  | { readonly kind: "numberFormat"; readonly address: string; readonly format: string }
  /** The report's font for every cell of the sheet's area; styles then set only what differs. */
  | { readonly kind: "font"; readonly address: string; readonly name: string; readonly size: number }
  /** `address` is a list of areas ("A7:E7,A14:E14") when `areas`: one RangeAreas (ExcelApi 1.9). */
  | { readonly kind: "style"; readonly address: string; readonly areas: boolean; readonly style: CellStyle }
  /** `across`: each row of the range merged on its own (one operation for a column of row merges). */
  | { readonly kind: "merge"; readonly address: string; readonly across: boolean }
  | {
      readonly kind: "columnWidth";
      readonly address: string;
      readonly points: number;
      readonly hidden: boolean;
    }
  | { readonly kind: "rowHeight"; readonly address: string; readonly points: number }
  | {
      readonly kind: "conditionalFormat";
      readonly address: string;
      readonly formula: string;
      readonly font: string;
      readonly fill: string;
    }
  | { readonly kind: "freeze"; readonly rows: number; readonly cols: number }
  | { readonly kind: "print"; readonly print: PrintSetup }
  | {
      readonly kind: "chart";
      readonly title: string;
      /** Local ranges: the first to the last cell the spec names. */
      readonly categories: string;
      readonly values: string;
      readonly anchor: ChartSpec["anchor"];
      /** A colour per bar, or none when there are too many bars to colour one by one. */
      readonly colours: readonly string[];
    };

/**
 * Areas per `getRanges` call. Excel documents no limit, but refuses some addresses of about 500 areas
 * or 8 200 characters (OfficeDev/office-js#5198): we stay far below both.
 */
const MAX_AREAS = 100;
const MAX_AREA_CHARS = 2_000;

/** Addresses joined into lists of areas no longer than Excel takes in one `getRanges`. */
export function areaLists(addresses: readonly string[]): string[] {
  const lists: string[][] = [];
  let chars = 0;
  for (const address of addresses) {
    const last = lists[lists.length - 1];
    if (last && last.length < MAX_AREAS && chars + address.length + 1 <= MAX_AREA_CHARS) {
      last.push(address);
      chars += address.length + 1;
    } else {
      lists.push([address]);
      chars = address.length;
    }
  }
  return lists.map((list) => list.join(","));
}

export const rangeAddress = (row: number, col: number, rows: number, cols: number): string => {
  const first = `${columnLetters(col - 1)}${row}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnLetters(col + cols - 2)}${row + rows - 1}`;
};

const UTF8 = new TextEncoder();
/**
 * What Office.js sends besides an operation's own values: the object paths it reaches (the range,
 * its format, font, a border …) and an action per property, about 100 bytes each in the request's JSON.
 */
const FRAMING_BYTES = 1_000;

/** About how many bytes an operation adds to a request, erring high (its JSON in UTF-8 and the framing). */
export function opBytes(op: SheetOp): number {
  return UTF8.encode(JSON.stringify(op)).length + FRAMING_BYTES;
}
