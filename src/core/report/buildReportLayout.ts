import { buildBudgetSheet, type SheetRequest } from "./buildBudgetSheet";
import { buildKeyFigureSheet } from "./buildKeyFigureSheet";
import { buildOverviewSheet, OVERVIEW_SOURCE_ID, type OverviewEntry } from "./buildOverviewSheet";
import { collectReportRows } from "./collectReportRows";
import { pickSheetName } from "./pickSheetName";
import { DEVIATION_COLOURS, REPORT_STYLES } from "./reportStyles";
import type { PreservedComment, PreservedText, ReportLayout, ReportOptions, ReportSheet } from "./types";
import { sourceIdOf } from "./sourceIdOf";
import type { Analysis } from "../types";

/**
 * The report of an analysis as a value: one sheet per table (a budget report, or a key-figure
 * report for tables without a budget/outcome pair), and an overview when there are several.
 * `existing` holds what people wrote on an earlier report: each sheet keeps its name and its
 * comments (matched by section and line label); a comment whose line or table is gone goes to
 * "Kommentarer utan rad". Names never reuse `options.reservedNames` (the user's own sheets).
 */
export function buildReportLayout(
  analysis: Analysis,
  options: ReportOptions,
  existing?: PreservedText,
): ReportLayout {
  const reserved = new Set((options.reservedNames ?? []).map((n) => n.toLowerCase()));
  const used: string[] = [...(options.reservedNames ?? [])];
  const previous = new Map((existing?.sheets ?? []).map((s) => [s.sourceId, s]));
  const nameFor = (sourceId: string, title: string) => {
    const old = previous.get(sourceId)?.sheetName;
    const free =
      old !== undefined &&
      !reserved.has(old.toLowerCase()) &&
      !used.some((u) => u.toLowerCase() === old.toLowerCase());
    const name = free ? old : pickSheetName(title, used);
    used.push(name);
    return name;
  };
  // Two tables with the same title on one sheet: the second is "Sheet!title (2)", so each keeps its own comments.
  const seen = new Map<string, number>();
  const sourceIds = analysis.tables.map((table) => {
    const id = sourceIdOf(table);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id} (${n})`;
  });
  const ids = new Set(sourceIds);
  const several = analysis.tables.length > 1;
  const overviewName = several ? nameFor(OVERVIEW_SOURCE_ID, "Översikt") : undefined;
  const lost: PreservedComment[] = (existing?.sheets ?? [])
    .filter((s) => !ids.has(s.sourceId) && s.sourceId !== OVERVIEW_SOURCE_ID)
    .flatMap((s) => [
      ...(s.summary && s.summary.trim() !== ""
        ? [{ section: s.sheetName, label: "Sammanfattning", text: s.summary }]
        : []),
      ...[...s.comments, ...(s.unmatched ?? [])].map((c) => ({
        ...c,
        section: [s.sheetName, c.section].filter(Boolean).join(" › "),
      })),
    ]);
  const entries: OverviewEntry[] = analysis.tables.map((table, i) => {
    const sourceId = sourceIds[i] ?? sourceIdOf(table);
    const title = table.table.title ?? table.table.sheet;
    const preserved = previous.get(sourceId);
    const request: SheetRequest = {
      name: nameFor(sourceId, title),
      title,
      sourceId,
      options,
      ...(preserved ? { preserved } : {}),
      ...(!several && i === 0 ? { extraOrphans: lost } : {}),
    };
    const model = table.table.kind === "keyFigures" ? undefined : collectReportRows(table, options.link);
    if (!model) return { analysis: table, sheet: buildKeyFigureSheet(table, request), title };
    const { sheet, totalColumns } = buildBudgetSheet(table, model, request);
    return { analysis: table, sheet, title, totalColumns };
  });
  const sheets: ReportSheet[] = entries.map((e) => e.sheet);
  if (overviewName !== undefined) {
    sheets.unshift(buildOverviewSheet(overviewName, entries, previous.get(OVERVIEW_SOURCE_ID), lost));
  }
  return { sheets, styles: REPORT_STYLES, colours: DEVIATION_COLOURS };
}
