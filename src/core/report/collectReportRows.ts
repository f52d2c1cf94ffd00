import { cellRefsOf } from "../cellAddress";
import { deviationOf } from "../compute/deviationOf";
import { indexLinesByRow } from "../indexLinesByRow";
import type { Column, Line, RowKind, TableAnalysis, Variance } from "../types";

/** The source cells of a row's inputs that hold real numbers, for a report that links to them. */
export interface Sources {
  readonly leading: readonly (string | undefined)[];
  readonly budget?: string;
  readonly outcome?: string;
  readonly fullBudget?: string;
  readonly priors: readonly (string | undefined)[];
}

/**
 * A report row. Inputs are plain numbers (undefined where the source has none), their source
 * cells apart and only for a linked report: no object per input of a 100 000-line ledger.
 */
export interface RowModel {
  readonly label: string;
  readonly section: string;
  readonly kind: RowKind;
  /** Inputs shown before the budget (see `ReportRows.leadingHeaders`), undefined where the source has none. */
  readonly leading: readonly (number | undefined)[];
  readonly budget?: number;
  readonly outcome?: number;
  readonly fullBudget?: number;
  readonly forecast?: { readonly value: number; readonly given: boolean; readonly explanation: string };
  readonly priors: readonly (number | undefined)[];
  readonly sources?: Sources;
  /** avvikelse = direction × (outcome − budget): +1 in the result convention, −1 in the ledger one. */
  readonly direction: 1 | -1;
  /** A total: its first breakdown, each part by its row's index in the model (`row`), with its sign. */
  readonly sumOf?: readonly { readonly row: number; readonly sign: 1 | -1 }[];
}

export interface ReportRows {
  /**
   * Columns of inputs before the budget, so that no line or budget of the source is lost: the
   * original budget beside the adjusted one, and a transposed table's other lines (Intäkter,
   * Kostnader) as columns.
   */
  readonly leadingHeaders: readonly string[];
  readonly budgetHeader: string;
  readonly outcomeHeader: string;
  readonly fullBudgetHeader?: string;
  readonly forecastHeader?: string;
  readonly priorHeaders: readonly string[];
  readonly rows: readonly RowModel[];
}

/** The earlier years (or leading inputs) of a table that has none, shared by its rows rather than an empty array each. */
const NONE: readonly (number | undefined)[] = [];

const columnOf = (cell: string) => cell.slice(cell.lastIndexOf("!") + 1).replace(/\d+$/, "");

/** The number of `line` in `column`, undefined where it has none (or there is no column). */
function input(line: Line, column: Column | undefined): number | undefined {
  return column ? (line.values[column.address] ?? undefined) : undefined;
}

/** The cell of `line` in `column` on the table's sheet (`ref`), when it holds a real number. */
function sourceOf(
  line: Line,
  column: Column | undefined,
  ref: (row: number, column: number) => string,
): string | undefined {
  if (!column || line.values[column.address] == null) return undefined;
  const cell = line.cells[column.address];
  return cell?.kind === "number" && !cell.fromText ? ref(line.row, column.index) : undefined;
}

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

/**
 * A transposed table (years in columns; Budget and Budgetavvikelse are lines): one row per year,
 * with its budget and outcome lines as the budget and outcome, and every other line with numbers
 * (Intäkter, Kostnader) as a leading column, so no line of the source is lost. The given deviation
 * line is what the report's live Avvikelse computes.
 */
function collectTransposedRows(
  analysis: TableAnalysis,
  pairs: readonly Variance[],
  main: Variance,
  direction: (line: Pick<Line, "kind" | "label">) => 1 | -1,
  ref: ((row: number, column: number) => string) | undefined,
): ReportRows {
  const { table } = analysis;
  const byAddress = new Map(table.columns.map((c) => [c.address, c]));
  const lineByRow = new Map(table.lines.map((l) => [l.row, l]));
  const shown = new Set(pairs.flatMap((v) => [v.row, rowOf(v.budgetCell), rowOf(v.actualCell)]));
  const years = pairs.map((v) => byAddress.get(columnOf(v.actualCell)));
  const leading = table.lines.filter(
    (l) => !shown.has(l.row) && l.role !== "variance" && years.some((c) => input(l, c) !== undefined),
  );
  const sourceAt = (cell: string) => {
    const line = lineByRow.get(rowOf(cell));
    return ref && line ? sourceOf(line, byAddress.get(columnOf(cell)), ref) : undefined;
  };
  const rows = pairs.map((v, i): RowModel => ({
    label: String(v.period.year ?? v.label),
    section: "",
    kind: "net",
    leading: leading.map((l) => input(l, years[i])),
    budget: v.budget,
    outcome: v.actual,
    priors: NONE,
    sources: ref && {
      leading: leading.map((l) => sourceOf(l, years[i], ref)),
      budget: sourceAt(v.budgetCell),
      outcome: sourceAt(v.actualCell),
      priors: [],
    },
    direction: direction(lineByRow.get(v.row) ?? v),
  }));
  return {
    leadingHeaders: leading.map((l) => l.label),
    budgetHeader: "Budget",
    outcomeHeader: main.label,
    priorHeaders: [],
    rows,
  };
}

/**
 * The rows of a budget report, from a table with at least one budget/outcome pair: the pair of
 * the latest period (against the adjusted budget, the original one shown before it), the
 * full-year budget and forecast of an interim table, earlier years' outcomes, and each total's
 * first breakdown. A transposed table gives one row per year. With `link` (the report refers to
 * its source), each real number's source cell.
 */
export function collectReportRows(analysis: TableAnalysis, link = false): ReportRows | undefined {
  const { table, signConvention } = analysis;
  const pairs = analysis.variances.filter((v) => v.against === "outcome");
  // The first pair of the latest year (a stable sort's first), in one pass.
  const main = pairs.reduce<Variance | undefined>(
    (found, v) => (found === undefined || (v.period.year ?? 0) > (found.period.year ?? 0) ? v : found),
    undefined,
  );
  if (!main) return undefined;
  const convention = signConvention.convention;
  const byAddress = new Map(table.columns.map((c) => [c.address, c]));
  const direction = (line: Pick<Line, "kind" | "label">): 1 | -1 =>
    deviationOf(convention, line, 0, 1) > 0 ? 1 : -1;
  // Source cells are named only for a report that links to them: 200 000 names a ledger otherwise.
  const ref = link ? cellRefsOf(table.sheet) : undefined;
  if (table.transposed) return collectTransposedRows(analysis, pairs, main, direction, ref);
  const budgetColumn = byAddress.get(columnOf(main.budgetCell));
  const outcomeColumn = byAddress.get(columnOf(main.actualCell));
  const year = outcomeColumn?.year;
  const interim = analysis.interim;
  const ofYear = table.columns.filter((c) => c.role === "budget" && (c.year ?? year) === year);
  // The adjusted full-year budget where the table also holds the original one.
  const fullYear = interim ? ofYear.filter((c) => c.fromMonth === 1 && c.toMonth === 12) : [];
  const fullBudgetColumn = fullYear.find((c) => c.budgetKind !== "original") ?? fullYear[0];
  // The original budgets the deviations are not against: shown, before the budget.
  const originals = ofYear.filter(
    (c) => c.budgetKind === "original" && c !== budgetColumn && c !== fullBudgetColumn,
  );
  const priorColumns = table.columns.filter(
    (c) =>
      (c.role === "outcome" || c.role === "value") &&
      c.year !== undefined &&
      year !== undefined &&
      c.year < year,
  );
  const forecasts = new Map((interim?.forecasts ?? []).map((f) => [f.row, f]));
  const indexOf = indexLinesByRow(table.lines);
  const totals = new Map(analysis.totals.map((t) => [t.row, t]));
  // Absent parts are undefined properties, not spread in: a row model per line, read only here.
  const rows = table.lines.map((line): RowModel => {
    const forecast = forecasts.get(line.row)?.forecast;
    const parts = totals
      .get(line.row)
      ?.breakdowns[0]?.map((p) => ({ row: indexOf(p.row) ?? -1, sign: p.sign }));
    return {
      label: line.label,
      section: line.section ?? "",
      kind: line.kind,
      leading: originals.length === 0 ? NONE : originals.map((c) => input(line, c)),
      budget: input(line, budgetColumn),
      outcome: input(line, outcomeColumn),
      fullBudget: input(line, fullBudgetColumn),
      forecast: forecast && {
        value: forecast.value,
        given: forecast.method === "manual",
        explanation: forecast.explanation,
      },
      priors: priorColumns.length === 0 ? NONE : priorColumns.map((c) => input(line, c)),
      sources: ref && {
        leading: originals.map((c) => sourceOf(line, c, ref)),
        budget: sourceOf(line, budgetColumn, ref),
        outcome: sourceOf(line, outcomeColumn, ref),
        fullBudget: sourceOf(line, fullBudgetColumn, ref),
        priors: priorColumns.map((c) => sourceOf(line, c, ref)),
      },
      direction: direction(line),
      sumOf: parts && parts.length > 0 && parts.every((p) => p.row >= 0) ? parts : undefined,
    };
  });
  return {
    leadingHeaders: originals.map((c) => c.header),
    budgetHeader: budgetColumn?.header ?? "Budget",
    outcomeHeader: outcomeColumn?.header ?? "Utfall",
    ...(fullBudgetColumn ? { fullBudgetHeader: fullBudgetColumn.header } : {}),
    ...(interim ? { forecastHeader: year !== undefined ? `Helårsprognos\n${year}` : "Helårsprognos" } : {}),
    priorHeaders: priorColumns.map((c) => c.header),
    rows,
  };
}
