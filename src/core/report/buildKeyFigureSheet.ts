import { writeHeaderRow } from "./writeHeaderRow";
import { cellRef, columnLetters } from "../cellAddress";
import { formatSigned } from "../format/formatNumber";
import { createCommentBook } from "./createCommentBook";
import { createSheetDraft } from "./createSheetDraft";
import { describeTable } from "./describeTable";
import { rowKey } from "./rowKey";
import { writeSheetHead } from "./writeSheetHead";
import { writeSheetTail } from "./writeSheetTail";
import { NUMBER_FORMATS, type ReportSheet } from "./types";
import type { SheetRequest } from "./buildBudgetSheet";
import type { TableAnalysis } from "../types";

/** A change this large (in %, or in procentenheter for % measures) gets a Kommentar stub. */
export const KEY_FIGURE_STUB = { percent: 10, points: 5 } as const;

/**
 * The report sheet of a key-figure table: one column per year as in the source, then the change
 * from the year before the latest (percentage points for measures that are percentages) and the
 * change in %, as live formulas, and Kommentar.
 */
export function buildKeyFigureSheet(analysis: TableAnalysis, request: SheetRequest): ReportSheet {
  const { table } = analysis;
  const years = table.columns.filter(
    (c) => (c.role === "value" || c.role === "outcome") && c.year !== undefined,
  );
  const newest = [...years].sort((a, b) => b.year! - a.year!)[0];
  const previous = [...years]
    .filter((c) => newest && c.year! < newest.year!)
    .sort((a, b) => b.year! - a.year!)[0];
  const letter = (i: number) => columnLetters(i);
  const changeCol = years.length + 2,
    percentCol = changeCol + 1,
    commentCol = percentCol + 1,
    keyCol = commentCol + 1;
  const draft = createSheetDraft();
  const widths = [44, ...years.map(() => 11), 13, 12, 48];
  const described = describeTable(analysis, undefined, request.options);
  const headerRow = writeSheetHead(draft, {
    title: request.title,
    meta: described.meta.replace(/ · Teckenkonvention.*$/, ""),
    sentences: analysis.commentary,
    ...(request.preserved?.summary !== undefined ? { keptSummary: request.preserved.summary } : {}),
    sourceId: request.sourceId,
    lastCol: commentCol,
    lastLetter: letter(commentCol - 1),
    keyCol,
    machineCol: keyCol + 1,
    width: widths.reduce((a, b) => a + b, 0),
  });
  const headers = ["", ...years.map((c) => c.header), "Förändring", "Förändring\n%", "Kommentar"];
  writeHeaderRow(
    draft,
    headerRow,
    headers.map((text, i) => ({ col: i + 1, text, width: widths[i] ?? 11 })),
  );
  draft.text(headerRow, keyCol, "header");
  const comments = createCommentBook([request.preserved]);
  table.lines.forEach((line, i) => {
    const r = headerRow + 1 + i;
    const values = years.map((c) => line.values[c.address] ?? null);
    const decimal = values.some((v) => v !== null && !Number.isInteger(v));
    draft.text(r, 1, line.label, { style: line.kind === "section" ? "section" : "line" });
    years.forEach((c, j) => {
      const value = values[j];
      if (value == null) return;
      const cell = line.cells[c.address];
      const numFmt = decimal ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.amount;
      const linked = request.options.link && cell?.kind === "number" && !cell.fromText;
      draft.put(
        r,
        j + 2,
        linked
          ? { kind: "formula", formula: `=${cellRef(table.sheet, line.row, c.index)}`, result: value }
          : { kind: "number", value },
        { style: "line", numFmt },
      );
    });
    if (!newest || !previous) return;
    const to = line.values[newest.address],
      from = line.values[previous.address];
    const toRef = `${letter(years.indexOf(newest) + 1)}${r}`,
      fromRef = `${letter(years.indexOf(previous) + 1)}${r}`;
    let stub: string | undefined;
    if (to != null && from != null) {
      const change = Math.round((to - from) * 1e9) / 1e9;
      const points = line.unit === "percent";
      const changeFmt = points
        ? NUMBER_FORMATS.points
        : decimal
          ? NUMBER_FORMATS.deviationDecimal
          : NUMBER_FORMATS.deviation;
      draft.put(
        r,
        changeCol,
        { kind: "formula", formula: `=${toRef}-${fromRef}`, result: change },
        { style: "line", numFmt: changeFmt },
      );
      const share = from === 0 ? "" : change / Math.abs(from);
      if (!points)
        draft.put(
          r,
          percentCol,
          {
            kind: "formula",
            formula: `=IF(${fromRef}=0,"",(${toRef}-${fromRef})/ABS(${fromRef}))`,
            result: share,
          },
          { style: "line", numFmt: NUMBER_FORMATS.deviationPercent },
        );
      const span = `från ${previous.year} till ${newest.year}`;
      if (points && Math.abs(change) >= KEY_FIGURE_STUB.points)
        stub = `Förändring ${formatSigned(change, 1)} procentenheter ${span}. Orsak: …`;
      if (!points && typeof share === "number" && Math.abs(share * 100) >= KEY_FIGURE_STUB.percent) {
        stub = `Förändring ${formatSigned(change, decimal ? 1 : 0)} (${formatSigned(share * 100, 1)} %) ${span}. Orsak: …`;
      }
    }
    const kept = comments.take(line.section ?? "", line.label);
    draft.text(r, commentCol, kept ?? stub ?? "", { style: "comment", editable: "comment" });
    draft.text(r, keyCol, rowKey("line", line.section ?? "", line.label));
    if (stub) draft.text(r, keyCol + 1, stub);
  });
  const lastRow = headerRow + table.lines.length;
  const trends = analysis.trends.map(
    (t) =>
      `${t.label}: ${t.direction === "up" ? "uppåt" : t.direction === "down" ? "nedåt" : "oförändrad"}, ${formatSigned(t.slopePerYear, 1)} per år ${t.fromYear}–${t.toYear}.`,
  );
  const orphans = [...comments.leftovers(), ...(request.extraOrphans ?? [])];
  const notes = [{ heading: "Trend över serien", lines: trends }, ...described.notes.slice(2)];
  const end = writeSheetTail(draft, lastRow + 1, {
    notes,
    orphans,
    lastLetter: letter(commentCol - 1),
    commentCol,
    keyCol,
  });
  return {
    name: request.name,
    marker: { product: "uppfoljning", kind: "table", sourceId: request.sourceId },
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
      area: `A1:${letter(commentCol - 1)}${end}`,
      titleRows: `${headerRow}:${headerRow}`,
    },
    conditionalFormats: [],
    charts: [],
  };
}
