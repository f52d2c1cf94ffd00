import { createBodyKeys } from "./rowKey";
import { fitSums } from "./sumFormula";
import {
  planBodyColumns,
  type AmountColumn,
  type DeviationColumn,
  type ShareColumn,
} from "./planBodyColumns";
import { writeCommentStub } from "./writeCommentStub";
import type { CommentBook } from "./createCommentBook";
import type { CellExtras, SheetDraft } from "./createSheetDraft";
import type { ReportRows, RowModel } from "./collectReportRows";
import type { PlannedColumn } from "./planBudgetColumns";
import type { CellContent, StyleName } from "./types";
import type { Thresholds, Unit } from "../types";

export interface BodyContext {
  readonly unit: Unit;
  readonly thresholds: Thresholds;
  readonly link: boolean;
  readonly comments: CommentBook;
}

/** What the body wrote: its last sheet row, and what the deviation and budget columns show on each row. */
export interface WrittenBody {
  readonly lastRow: number;
  /** By the row's index in the model; undefined where the column shows no number. */
  readonly deviations: readonly (number | undefined)[];
  readonly budgets: readonly (number | undefined)[];
}

const STYLE: Record<string, StyleName> = {
  total: "total",
  section: "section",
  ofWhich: "ofWhich",
  note: "note",
};
const COMMENT: CellExtras = { style: "comment", editable: "comment" };
/** How many amounts' contents a body shares at most. */
const AMOUNTS_SHARED = 4096;
/** An empty Kommentar: one content for all, as most lines of a ledger have none. */
const NO_TEXT: CellContent = { kind: "text", text: "" };
const round = (n: number) => Math.round(n * 1e9) / 1e9;
/**
 * The parts as one string. A template literal of a formula's length is in V8 a chain of pieces
 * (a cons string per part) and stays so in the layout; joined, it is one piece: the report of a
 * 100 000-line ledger holds ~25 MB less, and its garbage collection has less to copy.
 */
const joined = (parts: readonly string[]) => parts.join("");
const styleOf = (row: RowModel): StyleName => STYLE[row.kind] ?? "line";

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
): WrittenBody {
  const body = planBodyColumns(columns, {
    leading: model.leadingHeaders.length,
    priors: model.priorHeaders.length,
  });
  const rows = model.rows;
  // A total's value in a column is its parts', computed once; any other row's is its input.
  const valueOf = (index: number, amount: AmountColumn | undefined): number | null => {
    if (!amount) return null;
    const row = rows[index]!;
    if (!row.sumOf) return amount.input(row) ?? null;
    const known = amount.totals[index];
    if (known !== undefined) return known;
    let sum = 0;
    let any = false;
    for (const part of row.sumOf) {
      const v = valueOf(part.row, amount);
      if (v !== null) any = true;
      sum += part.sign * (v ?? 0);
    }
    const value = any ? round(sum) : null;
    amount.totals[index] = value;
    return value;
  };
  const partsOf = (index: number) => rows[index]?.sumOf;
  // An amount's content is shared by the cells that show the same amount (a ledger's accounts
  // have much the same budget under every unit); at most AMOUNTS_SHARED of them, so a sheet of
  // all-different amounts keeps no large map. Not −0, which a map does not tell from 0.
  const amounts = new Map<number, CellContent>();
  const amountOf = (value: number): CellContent => {
    let content = amounts.get(value);
    if (content) return content;
    content = { kind: "number", value };
    if (amounts.size < AMOUNTS_SHARED && !Object.is(value, -0)) amounts.set(value, content);
    return content;
  };
  const deviations: (number | undefined)[] = [];
  const budgets: (number | undefined)[] = [];
  // The writers below take the row and its sheet row (as a number and as text, for the formulas).
  const amount = (
    index: number,
    r: number,
    a: AmountColumn,
    sums: ((column: string) => string | undefined) | undefined,
  ) => {
    const value = valueOf(index, a);
    if (value === null) return;
    const row = rows[index]!;
    const extras = a.extras(a.forecast && row.forecast?.given && !row.sumOf ? "given" : styleOf(row));
    const formula = sums?.(a.letter);
    const source = formula ? undefined : ctx.link ? a.source(row) : undefined;
    if (formula) draft.put(r, a.col, { kind: "formula", formula, result: value }, extras);
    else if (source !== undefined)
      draft.put(r, a.col, { kind: "formula", formula: `=${source}`, result: value }, extras);
    else draft.put(r, a.col, amountOf(value), extras);
    if (a === body.budget) budgets[index] = value;
  };
  const deviation = (index: number, r: number, rs: string, d: DeviationColumn | undefined) => {
    if (!d) return undefined;
    const budget = valueOf(index, d.budget),
      actual = valueOf(index, d.actual);
    if (budget === null || actual === null) return undefined;
    const row = rows[index]!;
    const [x, y] = row.direction === 1 ? d.actualMinusBudget : d.budgetMinusActual;
    const result = round(row.direction * (actual - budget));
    draft.put(r, d.col, { kind: "formula", formula: joined([x, rs, y, rs]), result }, d.extras(styleOf(row)));
    return result;
  };
  const share = (
    index: number,
    r: number,
    rs: string,
    s: ShareColumn | undefined,
    value: number | null | undefined,
    base: number | null,
  ) => {
    if (!s || value == null || base === null) return;
    const result = base === 0 ? "" : round(value / (s.abs ? Math.abs(base) : base));
    const [p0, p1, p2, p3] = s.pieces;
    const formula = joined([p0, rs, p1, rs, p2, rs, p3]);
    draft.put(r, s.col, { kind: "formula", formula, result }, s.extras(styleOf(rows[index]!)));
  };
  // A label's content is made once and shared by its rows: accounts repeat under every unit.
  const labels = new Map<string, CellContent>();
  const labelOf = (label: string) => {
    let content = labels.get(label);
    if (!content) labels.set(label, (content = { kind: "text", text: label }));
    return content;
  };
  const { comment, key, machine } = body;
  const countLine = createLineCounter();
  const keys = createBodyKeys();
  rows.forEach((row, index) => {
    const r = firstRow + index;
    const rs = String(r);
    draft.put(r, 1, labelOf(row.label), body.label(styleOf(row)));
    const sums = row.sumOf && fitSums(row.sumOf, partsOf, firstRow);
    for (const a of body.amounts) amount(index, r, a, sums);
    const dev = deviation(index, r, rs, body.deviation);
    deviations[index] = dev;
    share(index, r, rs, body.deviationPercent, dev, valueOf(index, body.budget));
    share(index, r, rs, body.consumption, valueOf(index, body.outcome), valueOf(index, body.fullBudget));
    deviation(index, r, rs, body.forecastDeviation);
    if (!comment || !key || !machine || row.kind === "note") return;
    if (row.kind === "section") {
      draft.text(r, key.col, keys.heading(row.label));
      return;
    }
    const n = countLine(row.section, row.label);
    const label = n > 1 ? `${row.label} (${n})` : row.label;
    const budget = valueOf(index, body.budget);
    const stub =
      dev === undefined || budget === null
        ? undefined
        : writeCommentStub(dev, budget, ctx.unit, ctx.thresholds);
    const kept = ctx.comments.take(row.section, label);
    const text = kept ?? stub ?? "";
    draft.put(r, comment.col, text === "" ? NO_TEXT : { kind: "text", text }, COMMENT);
    draft.text(r, key.col, keys.line(row.section, label, row.label));
    if (stub) draft.text(r, machine.col, stub);
  });
  return { lastRow: firstRow + rows.length - 1, deviations, budgets };
}
