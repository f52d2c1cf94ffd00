import type { CellExtras } from "./createSheetDraft";
import type { RowModel } from "./collectReportRows";
import type { BudgetColumnId, PlannedColumn } from "./planBudgetColumns";
import type { StyleName } from "./types";

/**
 * The extras of a column's cells in a style: one object per column and style, shared by its
 * cells (the sheet draft copies what it reads), not one made per cell of a 100 000-line body.
 */
export type ExtrasOf = (style: StyleName) => CellExtras;

function extrasOf(numFmt: string | undefined): ExtrasOf {
  const byStyle: Partial<Record<StyleName, CellExtras>> = {};
  return (style) => (byStyle[style] ??= numFmt === undefined ? { style } : { style, numFmt });
}

/** A column of amounts: each row's own input in it, and its source cell when the report links to it. */
export interface AmountColumn {
  readonly col: number;
  readonly letter: string;
  readonly extras: ExtrasOf;
  readonly input: (row: RowModel) => number | undefined;
  readonly source: (row: RowModel) => string | undefined;
  /** The forecast column, where a forecast the source gave is shown as given. */
  readonly forecast: boolean;
  /** Totals' values by row index, each computed once (a total's value is its parts'). */
  readonly totals: (number | null | undefined)[];
}

/** A deviation of two amount columns: the formula's pieces around the row number, by the row's direction. */
export interface DeviationColumn {
  readonly col: number;
  readonly extras: ExtrasOf;
  readonly budget: AmountColumn;
  readonly actual: AmountColumn;
  /** `=C7-B7` as [`=C`, `-B`]: actual minus budget (for direction 1), and budget minus actual. */
  readonly actualMinusBudget: readonly [string, string];
  readonly budgetMinusActual: readonly [string, string];
}

/** A share `numerator ÷ denominator` (of |denominator| with `abs`): the formula's pieces around the row number. */
export interface ShareColumn {
  readonly col: number;
  readonly extras: ExtrasOf;
  readonly abs: boolean;
  /** `=IF(B7=0,"",D7/ABS(B7))` as [`=IF(B`, `=0,"",D`, `/ABS(B`, `))`]. */
  readonly pieces: readonly [string, string, string, string];
}

export interface BodyColumns {
  readonly label: ExtrasOf;
  /** In column order: leading inputs, budget, outcome, full-year budget, forecast, earlier years. */
  readonly amounts: readonly AmountColumn[];
  readonly budget?: AmountColumn;
  readonly outcome?: AmountColumn;
  readonly fullBudget?: AmountColumn;
  readonly deviation?: DeviationColumn;
  readonly deviationPercent?: ShareColumn;
  readonly consumption?: ShareColumn;
  readonly forecastDeviation?: DeviationColumn;
  readonly comment?: PlannedColumn;
  readonly key?: PlannedColumn;
  readonly machine?: PlannedColumn;
}

/**
 * What the body writes in each planned column, worked out once for the sheet: the writers then
 * look up no column by its id and compose no constant part of a formula for each of its rows.
 */
export function planBodyColumns(
  columns: readonly PlannedColumn[],
  counts: { readonly leading: number; readonly priors: number },
): BodyColumns {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const amount = (
    id: BudgetColumnId,
    input: AmountColumn["input"],
    source: AmountColumn["source"] = () => undefined,
  ): AmountColumn | undefined => {
    const c = byId.get(id);
    return (
      c && {
        col: c.col,
        letter: c.letter,
        extras: extrasOf(c.numFmt),
        input,
        source,
        forecast: id === "forecast",
        totals: [],
      }
    );
  };
  const leading = Array.from({ length: counts.leading }, (_, i) =>
    amount(
      `leading${i}`,
      (row) => row.leading[i],
      (row) => row.sources?.leading[i],
    ),
  );
  const budget = amount(
    "budget",
    (row) => row.budget,
    (row) => row.sources?.budget,
  );
  const outcome = amount(
    "outcome",
    (row) => row.outcome,
    (row) => row.sources?.outcome,
  );
  const fullBudget = amount(
    "fullBudget",
    (row) => row.fullBudget,
    (row) => row.sources?.fullBudget,
  );
  const forecast = amount("forecast", (row) => row.forecast?.value);
  const earlier = Array.from({ length: counts.priors }, (_, i) =>
    amount(
      `prior${i}`,
      (row) => row.priors[i],
      (row) => row.sources?.priors[i],
    ),
  );
  const deviation = (id: BudgetColumnId, b?: AmountColumn, a?: AmountColumn): DeviationColumn | undefined => {
    const c = byId.get(id);
    if (!c || !b || !a) return undefined;
    return {
      col: c.col,
      extras: extrasOf(c.numFmt),
      budget: b,
      actual: a,
      actualMinusBudget: [`=${a.letter}`, `-${b.letter}`],
      budgetMinusActual: [`=${b.letter}`, `-${a.letter}`],
    };
  };
  const share = (
    id: BudgetColumnId,
    numerator: BudgetColumnId,
    denominator: BudgetColumnId,
    abs: boolean,
  ): ShareColumn | undefined => {
    const c = byId.get(id);
    const n = byId.get(numerator);
    const d = byId.get(denominator);
    if (!c || !n || !d) return undefined;
    const pieces = [
      `=IF(${d.letter}`,
      `=0,"",${n.letter}`,
      abs ? `/ABS(${d.letter}` : `/${d.letter}`,
      abs ? "))" : ")",
    ] as const;
    return { col: c.col, extras: extrasOf(c.numFmt), abs, pieces };
  };
  return {
    label: extrasOf(undefined),
    amounts: [...leading, budget, outcome, fullBudget, forecast, ...earlier].filter((a) => a !== undefined),
    budget,
    outcome,
    fullBudget,
    deviation: deviation("deviation", budget, outcome),
    deviationPercent: share("deviationPercent", "deviation", "budget", true),
    consumption: share("consumption", "outcome", "fullBudget", false),
    forecastDeviation: deviation("forecastDeviation", fullBudget, forecast),
    comment: byId.get("comment"),
    key: byId.get("key"),
    machine: byId.get("machine"),
  };
}
