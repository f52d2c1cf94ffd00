import { cellRefsOf } from "../cellAddress";
import { deviationOf } from "../compute/deviationOf";
import { indexLinesByRow } from "../indexLinesByRow";
import type { Column, Line, RowKind, TableAnalysis, Variance } from "../types";

/** A number from the source, and the source cell when it held a real number and the report links to it. */
export interface Input {
  readonly value: number;
  readonly source?: string;
}

export interface RowModel {
  readonly label: string;
  readonly section: string;
  readonly kind: RowKind;
  readonly budget?: Input;
  readonly outcome?: Input;
  readonly fullBudget?: Input;
  readonly forecast?: { readonly value: number; readonly given: boolean; readonly explanation: string };
  readonly priors: readonly (Input | undefined)[];
  /** avvikelse = direction × (outcome − budget): +1 in the result convention, −1 in the ledger one. */
  readonly direction: 1 | -1;
  /** A total: the rows (indexes into the model) of its first breakdown, with their signs. */
  readonly sumOf?: readonly { readonly index: number; readonly sign: 1 | -1 }[];
}

export interface ReportRows {
  readonly budgetHeader: string;
  readonly outcomeHeader: string;
  readonly fullBudgetHeader?: string;
  readonly forecastHeader?: string;
  readonly priorHeaders: readonly string[];
  readonly rows: readonly RowModel[];
}

const columnOf = (cell: string) => cell.slice(cell.lastIndexOf("!") + 1).replace(/\d+$/, "");

/**
 * The input of `line` in `column`; `ref` names its cell on the table's sheet (see `cellRefsOf`),
 * undefined when the report does not link to its source.
 */
function input(
  line: Line,
  column: Column | undefined,
  ref: ((row: number, column: number) => string) | undefined,
): Input | undefined {
  if (!column) return undefined;
  const value = line.values[column.address];
  if (value == null) return undefined;
  const cell = line.cells[column.address];
  const real = cell?.kind === "number" && !cell.fromText;
  return real && ref ? { value, source: ref(line.row, column.index) } : { value };
}

/**
 * The rows of a budget report, from a table with at least one budget/outcome pair: the pair of
 * the latest period, the full-year budget and forecast of an interim table, earlier years'
 * outcomes, and each total's first breakdown. A transposed table gives one row per year. With
 * `link` (the report refers to its source), each real number's source cell.
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
  if (table.transposed) {
    const lineByRow = new Map(table.lines.map((l) => [l.row, l]));
    const rows = pairs.map((v): RowModel => {
      const line = lineByRow.get(v.row);
      return {
        label: String(v.period.year ?? v.label),
        section: "",
        kind: "net",
        budget: { value: v.budget },
        outcome: { value: v.actual },
        priors: [],
        direction: direction(line ?? v),
      };
    });
    return { budgetHeader: "Budget", outcomeHeader: main.label, priorHeaders: [], rows };
  }
  const budgetColumn = byAddress.get(columnOf(main.budgetCell));
  const outcomeColumn = byAddress.get(columnOf(main.actualCell));
  const year = outcomeColumn?.year;
  const interim = analysis.interim;
  const fullBudgetColumn = interim
    ? table.columns.find(
        (c) => c.role === "budget" && c.fromMonth === 1 && c.toMonth === 12 && (c.year ?? year) === year,
      )
    : undefined;
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
  // Source cells are named only for a report that links to them: 200 000 names a ledger otherwise.
  const ref = link ? cellRefsOf(table.sheet) : undefined;
  // Absent parts are undefined properties, not spread in: a row model per line, read only here.
  const rows = table.lines.map((line): RowModel => {
    const forecast = forecasts.get(line.row)?.forecast;
    const parts = totals
      .get(line.row)
      ?.breakdowns[0]?.map((p) => ({ index: indexOf(p.row) ?? -1, sign: p.sign }));
    return {
      label: line.label,
      section: line.section ?? "",
      kind: line.kind,
      budget: input(line, budgetColumn, ref),
      outcome: input(line, outcomeColumn, ref),
      fullBudget: input(line, fullBudgetColumn, ref),
      forecast: forecast && {
        value: forecast.value,
        given: forecast.method === "manual",
        explanation: forecast.explanation,
      },
      priors: priorColumns.map((c) => input(line, c, ref)),
      direction: direction(line),
      sumOf: parts && parts.length > 0 && parts.every((p) => p.index >= 0) ? parts : undefined,
    };
  });
  return {
    budgetHeader: budgetColumn?.header ?? "Budget",
    outcomeHeader: outcomeColumn?.header ?? "Utfall",
    ...(fullBudgetColumn ? { fullBudgetHeader: fullBudgetColumn.header } : {}),
    ...(interim ? { forecastHeader: year !== undefined ? `Helårsprognos\n${year}` : "Helårsprognos" } : {}),
    priorHeaders: priorColumns.map((c) => c.header),
    rows,
  };
}
