import { createBodyKeys } from "./rowKey";
import { fitSumFormula } from "./sumFormula";
import { writeCommentStub } from "./writeCommentStub";
import type { CommentBook } from "./createCommentBook";
import type { SheetDraft } from "./createSheetDraft";
import type { ReportRows, RowModel } from "./collectReportRows";
import type { BudgetColumnId, PlannedColumn } from "./planBudgetColumns";
import type { StyleName } from "./types";
import type { Thresholds, Unit } from "../types";

export interface BodyContext {
  readonly unit: Unit;
  readonly thresholds: Thresholds;
  readonly link: boolean;
  readonly comments: CommentBook;
}

type Amount = "budget" | "outcome" | "fullBudget" | "forecast" | `prior${number}`;

const STYLE: Record<string, StyleName> = {
  total: "total",
  section: "section",
  ofWhich: "ofWhich",
  note: "note",
};
const round = (n: number) => Math.round(n * 1e9) / 1e9;
/**
 * The parts as one string. A template literal of a formula's length is in V8 a chain of pieces
 * (a cons string per part) and stays so in the layout; joined, it is one piece: the report of a
 * 100 000-line ledger holds ~25 MB less, and its garbage collection has less to copy.
 */
const joined = (...parts: readonly (string | number)[]) => parts.join("");
const styleOf = (row: RowModel): StyleName => STYLE[row.kind] ?? "line";
/** The amounts every row may show, in column order; earlier years' outcomes follow them. */
const AMOUNTS: readonly Amount[] = ["budget", "outcome", "fullBudget", "forecast"];

function sourceValue(
  row: RowModel,
  id: Amount,
): { readonly value: number; readonly source?: string } | undefined {
  if (id === "forecast") return row.forecast ? { value: row.forecast.value } : undefined;
  if (id.startsWith("prior")) return row.priors[Number(id.slice(5))];
  return row[id as "budget" | "outcome" | "fullBudget"];
}

/**
 * How many lines so far had this section and label: the second "Summa" of a section is
 * "Summa (2)". Counted by the key `section|label`, but without composing it for each line: by
 * section, then label, and by the key only when a part holds "|" itself — only such a key can
 * equal another pair's, and never one without such a part (it holds more than one "|").
 */
function createLineCounter(): (section: string, label: string) => number {
  const bySection = new Map<string, Map<string, number>>();
  const byKey = new Map<string, number>();
  return (section, label) => {
    if (section.includes("|") || label.includes("|")) {
      const key = `${section}|${label}`;
      const n = (byKey.get(key) ?? 0) + 1;
      byKey.set(key, n);
      return n;
    }
    let labels = bySection.get(section);
    if (!labels) bySection.set(section, (labels = new Map<string, number>()));
    const n = (labels.get(label) ?? 0) + 1;
    labels.set(label, n);
    return n;
  };
}

/**
 * The table's lines from `firstRow`: inputs copied (or linked), totals as `=SUM` over their first
 * breakdown, deviations and shares as live formulas with their results cached, and a Kommentar
 * on every line — what the person wrote before, else a stub on a material line.
 */
export function writeBudgetBody(
  draft: SheetDraft,
  model: ReportRows,
  columns: readonly PlannedColumn[],
  firstRow: number,
  ctx: BodyContext,
): number {
  const col = new Map(columns.map((c) => [c.id, c]));
  const sheetRow = (index: number) => firstRow + index;
  // Totals' values by column, then by row index: a total's value is its parts', each computed
  // once; any other row's is its input.
  const memo = new Map<Amount, (number | null | undefined)[]>();
  const valueOf = (index: number, id: Amount): number | null => {
    const row = model.rows[index]!;
    if (!row.sumOf) return sourceValue(row, id)?.value ?? null;
    let byRow = memo.get(id);
    if (!byRow) memo.set(id, (byRow = []));
    const known = byRow[index];
    if (known !== undefined) return known;
    let sum = 0;
    let any = false;
    for (const part of row.sumOf) {
      const v = valueOf(part.index, id);
      if (v !== null) any = true;
      sum += part.sign * (v ?? 0);
    }
    const value = any ? round(sum) : null;
    byRow[index] = value;
    return value;
  };
  /** A report row's parts as sheet rows with their signs (by the row's index in the model). */
  const partsAt = (index: number) =>
    model.rows[index]?.sumOf?.map((p) => ({ row: sheetRow(p.index), sign: p.sign }));
  const at = (id: BudgetColumnId) => col.get(id);
  // The writers below take the row by its index: made once for the sheet, not once per row.
  const amount = (index: number, id: Amount) => {
    const c = at(id);
    const value = valueOf(index, id);
    if (!c || value === null) return;
    const row = model.rows[index]!;
    const given = id === "forecast" && row.forecast?.given && !row.sumOf;
    const extras = { style: given ? ("given" as const) : styleOf(row), numFmt: c.numFmt! };
    const source = sourceValue(row, id);
    const r = sheetRow(index);
    const formula =
      row.sumOf && fitSumFormula(c.letter, partsAt(index) ?? [], (sheet) => partsAt(sheet - sheetRow(0)));
    if (formula) {
      draft.put(r, c.col, { kind: "formula", formula, result: value }, extras);
    } else if (ctx.link && source?.source !== undefined) {
      draft.put(r, c.col, { kind: "formula", formula: `=${source.source}`, result: value }, extras);
    } else draft.put(r, c.col, { kind: "number", value }, extras);
  };
  const deviation = (
    index: number,
    id: BudgetColumnId,
    budgetId: Amount,
    actualId: Amount,
  ): number | undefined => {
    const c = at(id),
      b = at(budgetId),
      a = at(actualId);
    const budget = valueOf(index, budgetId),
      actual = valueOf(index, actualId);
    if (!c || !b || !a || budget === null || actual === null) return undefined;
    const row = model.rows[index]!;
    const r = sheetRow(index);
    const [x, y] = row.direction === 1 ? [a, b] : [b, a];
    const result = round(row.direction * (actual - budget));
    draft.put(
      r,
      c.col,
      { kind: "formula", formula: joined("=", x.letter, r, "-", y.letter, r), result },
      { style: styleOf(row), numFmt: c.numFmt! },
    );
    return result;
  };
  const share = (
    index: number,
    id: BudgetColumnId,
    numerator: BudgetColumnId,
    denominator: BudgetColumnId,
    value: number | null | undefined,
    base: number | null,
    abs: boolean,
  ) => {
    const c = at(id),
      n = at(numerator),
      d = at(denominator);
    if (!c || !n || !d || value == null || base === null) return;
    const r = sheetRow(index);
    const below = abs ? `ABS(${d.letter}${r})` : `${d.letter}${r}`;
    const result = base === 0 ? "" : round(value / (abs ? Math.abs(base) : base));
    draft.put(
      r,
      c.col,
      {
        kind: "formula",
        formula: joined("=IF(", d.letter, r, '=0,"",', n.letter, r, "/", below, ")"),
        result,
      },
      { style: styleOf(model.rows[index]!), numFmt: c.numFmt! },
    );
  };
  const comment = at("comment"),
    key = at("key"),
    machine = at("machine");
  const countLine = createLineCounter();
  const keys = createBodyKeys();
  model.rows.forEach((row, index) => {
    const r = sheetRow(index);
    draft.text(r, 1, row.label, { style: styleOf(row) });
    for (const id of AMOUNTS) amount(index, id);
    for (let i = 0; i < row.priors.length; i++) amount(index, `prior${i}`);
    const dev = deviation(index, "deviation", "budget", "outcome");
    share(index, "deviationPercent", "deviation", "budget", dev, valueOf(index, "budget"), true);
    share(
      index,
      "consumption",
      "outcome",
      "fullBudget",
      valueOf(index, "outcome"),
      valueOf(index, "fullBudget"),
      false,
    );
    deviation(index, "forecastDeviation", "fullBudget", "forecast");
    if (!comment || !key || !machine || row.kind === "note") return;
    if (row.kind === "section") {
      draft.text(r, key.col, keys.heading(row.label));
      return;
    }
    const n = countLine(row.section, row.label);
    const label = n > 1 ? `${row.label} (${n})` : row.label;
    const budget = valueOf(index, "budget");
    const stub =
      dev === undefined || budget === null
        ? undefined
        : writeCommentStub(dev, budget, ctx.unit, ctx.thresholds);
    const kept = ctx.comments.take(row.section, label);
    draft.text(r, comment.col, kept ?? stub ?? "", { style: "comment", editable: "comment" });
    draft.text(r, key.col, keys.line(row.section, label, row.label));
    if (stub) draft.text(r, machine.col, stub);
  });
  return firstRow + model.rows.length - 1;
}
