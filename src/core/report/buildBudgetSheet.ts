import { writeHeaderRow } from "./writeHeaderRow";
import { amountThreshold } from "./amountThreshold";
import { buildChartSpec, type ChartPoints } from "./buildChartSpec";
import { createCommentBook } from "./createCommentBook";
import { createSheetDraft } from "./createSheetDraft";
import { describeTable } from "./describeTable";
import { deviationFormats } from "./deviationFormats";
import { planBudgetColumns } from "./planBudgetColumns";
import { writeBudgetBody } from "./writeBudgetBody";
import { writeSheetHead } from "./writeSheetHead";
import { writeSheetTail } from "./writeSheetTail";
import type { ReportRows } from "./collectReportRows";
import type { PreservedComment, PreservedSheet, ReportOptions, ReportSheet } from "./types";
import type { TableAnalysis } from "../types";

export interface SheetRequest {
  readonly name: string;
  readonly title: string;
  readonly sourceId: string;
  readonly options: ReportOptions;
  readonly preserved?: PreservedSheet;
  /** Comments from sheets whose table is gone, to keep in this sheet's orphan area. */
  readonly extraOrphans?: readonly PreservedComment[];
}

/** A budget table's report sheet, and where its total's figures stand for the overview. */
export interface BudgetSheet {
  readonly sheet: ReportSheet;
  /** The columns of budget, outcome and avvikelse (1-based). */
  readonly totalColumns: readonly [number, number, number];
}

/** The report sheet of a budget table: head, the table with live formulas, notes, colours and chart. */
export function buildBudgetSheet(
  analysis: TableAnalysis,
  model: ReportRows,
  request: SheetRequest,
): BudgetSheet {
  const { options } = request;
  const unit = analysis.table.unit;
  const columns = planBudgetColumns(model, unit, analysis.interim?.linearShare);
  const byId = new Map(columns.map((c) => [c.id, c]));
  const comment = byId.get("comment")!;
  const keyCol = byId.get("key")!.col;
  const machineCol = byId.get("machine")!.col;
  // About a cell in every column but the machine text's on each line, and a few around the table.
  const draft = createSheetDraft(model.rows.length * (columns.length - 1) + 64);
  const described = describeTable(analysis, model, options);
  const width = columns.filter((c) => !c.hidden).reduce((sum, c) => sum + c.width, 0);
  const headerRow = writeSheetHead(draft, {
    title: request.title,
    meta: described.meta,
    sentences: analysis.commentary,
    ...(request.preserved?.summary !== undefined ? { keptSummary: request.preserved.summary } : {}),
    sourceId: request.sourceId,
    lastCol: comment.col,
    lastLetter: comment.letter,
    keyCol,
    machineCol,
    width,
  });
  writeHeaderRow(
    draft,
    headerRow,
    columns.filter((c) => !c.hidden).map((c) => ({ col: c.col, text: c.header, width: c.width })),
  );
  draft.text(headerRow, keyCol, "header");
  const comments = createCommentBook([request.preserved]);
  const thresholds = options.thresholds;
  const firstRow = headerRow + 1;
  const body = writeBudgetBody(draft, model, columns, firstRow, {
    unit,
    thresholds,
    link: options.link ?? false,
    comments,
  });
  const lastRow = body.lastRow;
  const orphans = [...comments.leftovers(), ...(request.extraOrphans ?? [])];
  const tailEnd = writeSheetTail(draft, lastRow + 1, {
    notes: described.notes,
    orphans,
    lastLetter: comment.letter,
    commentCol: comment.col,
    keyCol,
  });
  const amount = amountThreshold(thresholds, unit);
  const budget = byId.get("budget")!;
  const deviation = byId.get("deviation")!;
  const formats = [
    deviationFormats(deviation.letter, budget.letter, firstRow, lastRow, amount, thresholds.percent),
  ];
  const forecastDeviation = byId.get("forecastDeviation");
  const fullBudget = byId.get("fullBudget");
  if (forecastDeviation && fullBudget) {
    formats.push(
      deviationFormats(
        forecastDeviation.letter,
        fullBudget.letter,
        firstRow,
        lastRow,
        amount,
        thresholds.percent,
      ),
    );
  }
  const points: ChartPoints = (visit) =>
    model.rows.forEach((row, i) => {
      const d = body.deviations[i];
      if (d === undefined || row.kind === "ofWhich") return;
      visit({
        label: row.label,
        row: firstRow + i,
        deviation: d,
        budget: body.budgets[i] ?? 0,
        total: row.kind === "total",
      });
    });
  const chartRow = tailEnd + 2;
  const chart = buildChartSpec(
    request.name,
    request.title,
    points,
    { label: "A", deviation: deviation.letter, format: deviation.numFmt ?? "General" },
    { amount, percent: thresholds.percent },
    {
      row: chartRow,
      col: 1,
      cols: Math.min(comment.col, 6),
      rows: 16,
    },
  );
  const sheet: ReportSheet = {
    name: request.name,
    marker: { product: "uppfoljning", kind: "table", sourceId: request.sourceId },
    cells: draft.cells(),
    merges: draft.merges,
    columns: columns.map((c) => ({ width: c.width, ...(c.hidden ? { hidden: true } : {}) })),
    rowHeights: draft.rowHeights,
    freeze: { row: headerRow, col: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      // The chart is printed with the table: the area runs to its last row.
      area: `A1:${comment.letter}${chart ? chart.anchor.row + chart.anchor.rows : tailEnd}`,
      titleRows: `${headerRow}:${headerRow}`,
    },
    conditionalFormats: formats,
    charts: chart ? [chart] : [],
  };
  return { sheet, totalColumns: [budget.col, byId.get("outcome")!.col, deviation.col] };
}
