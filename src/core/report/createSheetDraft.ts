import type { CellContent, ReportCell, StyleName } from "./types";

export interface CellExtras {
  readonly style?: StyleName;
  readonly numFmt?: string;
  readonly editable?: "comment" | "summary";
}

/** A sheet being laid out: cells, merges and row heights, added row by row. */
export interface SheetDraft {
  readonly cells: ReportCell[];
  readonly merges: string[];
  readonly rowHeights: Record<number, number>;
  put(row: number, col: number, content: CellContent, extras?: CellExtras): void;
  text(row: number, col: number, text: string, extras?: CellExtras): void;
}

export function createSheetDraft(): SheetDraft {
  const cells: ReportCell[] = [];
  const put = (row: number, col: number, content: CellContent, extras: CellExtras = {}) => {
    cells.push({ row, col, content, ...extras });
  };
  return {
    cells,
    merges: [],
    rowHeights: {},
    put,
    text: (row, col, text, extras) => put(row, col, { kind: "text", text }, extras),
  };
}
