import { writeHeaderRow } from "./writeHeaderRow";
import { columnLetters, quoteSheetName } from "../cellAddress";
import { createCommentBook } from "./createCommentBook";
import { createSheetDraft } from "./createSheetDraft";
import { rowKey } from "./rowKey";
import { writeSheetHead } from "./writeSheetHead";
import { writeSheetTail } from "./writeSheetTail";
import {
  NUMBER_FORMATS,
  type PreservedComment,
  type PreservedSheet,
  type ReportCell,
  type ReportSheet,
} from "./types";
import type { TableAnalysis } from "../types";

export interface OverviewEntry {
  readonly analysis: TableAnalysis;
  readonly sheet: ReportSheet;
  readonly title: string;
  /** The columns of budget, outcome and avvikelse on a budget table's sheet; none for key figures. */
  readonly totalColumns?: readonly number[];
}

export const OVERVIEW_SOURCE_ID = "översikt";

const cellOf = (sheet: ReportSheet, row: number, col: number) =>
  sheet.cells.find((x) => x.row === row && x.col === col);

const resultOf = (sheet: ReportSheet, row: number, col: number) => resultOfCell(cellOf(sheet, row, col));

function resultOfCell(cell: ReportCell | undefined) {
  const c = cell?.content;
  return c?.kind === "number" ? c.value : c?.kind === "formula" ? c.result : undefined;
}

/** One line on what the report covers, and what the checks found across its tables. */
function overviewSentences(entries: readonly OverviewEntry[]): string[] {
  const count = (severity: string) =>
    entries.reduce((n, e) => n + e.analysis.findings.filter((f) => f.severity === severity).length, 0);
  const [errors, warnings] = [count("error"), count("warning")];
  const found =
    errors + warnings === 0
      ? "Kontrollerna fann inga fel och inga varningar."
      : `Kontrollerna fann ${errors} fel och ${warnings} varningar; de står under respektive tabell.`;
  return [`Rapporten omfattar ${entries.length} tabeller.`, found];
}

/** The overview of several tables: each table's total (linked to its sheet), deviation, and the count of errors and warnings. */
export function buildOverviewSheet(
  name: string,
  entries: readonly OverviewEntry[],
  preserved?: PreservedSheet,
  orphans: readonly PreservedComment[] = [],
): ReportSheet {
  const draft = createSheetDraft();
  const widths = [56, 13, 13, 13, 11, 8, 10, 48];
  const headerRow = writeSheetHead(draft, {
    title: "Översikt",
    meta: `${entries.length} tabeller · Belopp i respektive tabells enhet`,
    sentences: overviewSentences(entries),
    ...(preserved?.summary !== undefined ? { keptSummary: preserved.summary } : {}),
    sourceId: OVERVIEW_SOURCE_ID,
    lastCol: 8,
    lastLetter: "H",
    keyCol: 9,
    machineCol: 10,
    width: 172,
  });
  const headers = [
    "Tabell",
    "Budget",
    "Utfall",
    "Avvikelse",
    "Avvikelse\n%",
    "Fel",
    "Varningar",
    "Kommentar",
  ];
  writeHeaderRow(
    draft,
    headerRow,
    headers.map((text, i) => ({ col: i + 1, text, width: widths[i] ?? 11 })),
  );
  draft.text(headerRow, 9, "header");
  const comments = createCommentBook([preserved]);
  entries.forEach((entry, i) => {
    const r = headerRow + 1 + i;
    draft.text(r, 1, `${entry.title} (${entry.sheet.name})`, { style: "line" });
    const totalRow = [...entry.sheet.cells].reverse().find((c) => c.col === 1 && c.style === "total")?.row;
    if (totalRow !== undefined && entry.totalColumns) {
      const [budgetCol = 0, , deviationCol = 0] = entry.totalColumns;
      entry.totalColumns.forEach((from, k) => {
        const col = 2 + k;
        const cell = cellOf(entry.sheet, totalRow, from);
        const result = resultOfCell(cell);
        if (result === undefined) return;
        const ref = `${quoteSheetName(entry.sheet.name)}!${columnLetters(from - 1)}${totalRow}`;
        draft.put(
          r,
          col,
          { kind: "formula", formula: `=${ref}`, result },
          // The table's own format: a mnkr table's total keeps its decimal here too.
          {
            style: "line",
            numFmt: cell?.numFmt ?? (col === 4 ? NUMBER_FORMATS.deviation : NUMBER_FORMATS.amount),
          },
        );
      });
      const b = resultOf(entry.sheet, totalRow, budgetCol),
        d = resultOf(entry.sheet, totalRow, deviationCol);
      if (typeof b === "number" && typeof d === "number") {
        draft.put(
          r,
          5,
          {
            kind: "formula",
            formula: `=IF(B${r}=0,"",D${r}/ABS(B${r}))`,
            result: b === 0 ? "" : d / Math.abs(b),
          },
          { style: "line", numFmt: NUMBER_FORMATS.deviationPercent },
        );
      }
    }
    const count = (severity: string) => entry.analysis.findings.filter((f) => f.severity === severity).length;
    draft.put(r, 6, { kind: "number", value: count("error") }, { style: "line", numFmt: "0" });
    draft.put(r, 7, { kind: "number", value: count("warning") }, { style: "line", numFmt: "0" });
    const kept = comments.take("", entry.title);
    draft.text(r, 8, kept ?? "", { style: "comment", editable: "comment" });
    draft.text(r, 9, rowKey("line", "", entry.title));
  });
  const last = headerRow + entries.length;
  const end = writeSheetTail(draft, last + 1, {
    notes: [],
    orphans: [...comments.leftovers(), ...orphans],
    lastLetter: "H",
    commentCol: 8,
    keyCol: 9,
  });
  return {
    name,
    marker: { product: "uppfoljning", kind: "overview", sourceId: OVERVIEW_SOURCE_ID },
    cells: draft.cells(),
    merges: draft.merges,
    columns: [
      ...widths.map((width) => ({ width })),
      { width: 10, hidden: true },
      { width: 10, hidden: true },
    ],
    rowHeights: draft.rowHeights,
    freeze: { row: headerRow, col: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      area: `A1:H${end}`,
      titleRows: `${headerRow}:${headerRow}`,
    },
    conditionalFormats: [],
    charts: [],
  };
}
