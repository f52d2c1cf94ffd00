import { isSamePeriod } from "./isSamePeriod";
import { pickBudgetColumn } from "./pickBudgetColumn";
import type { Column, Line, Period, SourceTable } from "../types";

/**
 * One budget set against one outcome (or forecast) on one line, before any sign convention. Its
 * cells are sheet rows and 0-based columns, named ("Sheet!B3") only by those who show them: the
 * sign convention reads 100 000 pairs of a ledger for their numbers alone. A pair is handed to a
 * visitor and kept by none: a ledger's 100 000 pairs die young, where an array of them lived
 * through the analysis (11 MB copied and promoted by the garbage collector).
 */
export interface Pair {
  readonly line: Line;
  readonly period: Period;
  readonly against: "outcome" | "forecast";
  readonly budgetRow: number;
  readonly budgetColumn: number;
  readonly actualRow: number;
  readonly actualColumn: number;
  readonly budget: number;
  readonly actual: number;
  /** The cell that shows (or should show) the deviation, and the deviation when it does. */
  readonly varianceRow?: number;
  readonly varianceColumn?: number;
  readonly given?: number;
}

const periodOf = (c: Column): Period => ({ year: c.year, fromMonth: c.fromMonth, toMonth: c.toMonth });
const isAmountLine = (line: Line) =>
  line.role === undefined && line.kind !== "section" && line.kind !== "note" && line.kind !== "measure";

/** A deviation column for a pair: its own period and kind first, then the nearest one to its right. */
function pickVarianceColumn(
  candidates: readonly Column[],
  pair: readonly Column[],
  against: string,
): Column | undefined {
  const right = Math.max(...pair.map((c) => c.index));
  const fits = (v: Column, strict: boolean) =>
    (v.year === undefined || isSamePeriod(v, periodOf(pair[0]!))) &&
    (!strict || Boolean(v.againstForecast) === (against === "forecast"));
  const strict = candidates.filter((v) => fits(v, true));
  const pool = strict.length > 0 ? strict : candidates.filter((v) => fits(v, false));
  const distance = (v: Column) => (v.index > right ? v.index - right : 1000 + right - v.index);
  return [...pool].sort((a, b) => distance(a) - distance(b))[0];
}

function columnPairs(table: SourceTable, visit: (pair: Pair) => void): void {
  const used = new Set<Column>();
  const actuals = [
    ...table.columns.filter((c) => c.role === "outcome"),
    ...table.columns.filter((c) => c.role === "forecast"),
  ];
  for (const actualColumn of actuals) {
    const budgetColumn = pickBudgetColumn(table, periodOf(actualColumn));
    if (!budgetColumn) continue;
    const against = actualColumn.role === "forecast" ? "forecast" : "outcome";
    const free = table.columns.filter((c) => c.role === "variance" && !used.has(c));
    const varianceColumn = pickVarianceColumn(free, [budgetColumn, actualColumn], against);
    if (varianceColumn) used.add(varianceColumn);
    // One period for the column pair, shared by its lines (a ledger has 100 000).
    const period = { ...periodOf(actualColumn), year: actualColumn.year ?? budgetColumn.year };
    for (const line of table.lines) {
      if (!isAmountLine(line)) continue;
      const budget = line.values[budgetColumn.address];
      const actual = line.values[actualColumn.address];
      if (budget == null || actual == null) continue;
      const given = varianceColumn ? line.values[varianceColumn.address] : undefined;
      visit({
        line,
        period,
        against,
        budget,
        actual,
        budgetRow: line.row,
        budgetColumn: budgetColumn.index,
        actualRow: line.row,
        actualColumn: actualColumn.index,
        varianceRow: varianceColumn ? line.row : undefined,
        varianceColumn: varianceColumn?.index,
        given: given ?? undefined,
      });
    }
  }
}

/** Transposed (003-ekonomi): a Budget row and a Budgetavvikelse row against the line above them. */
function rowPairs(table: SourceTable): Pair[] {
  const budgetLine = table.lines.find((l) => l.role === "budget");
  if (!budgetLine) return [];
  const varianceLine = table.lines.find((l) => l.role === "variance");
  const line =
    table.lines.find((l) => l.role === "outcome") ??
    [...table.lines].reverse().find((l) => l.row < budgetLine.row && isAmountLine(l));
  if (!line) return [];
  return table.columns.flatMap((column): Pair[] => {
    const budget = budgetLine.values[column.address];
    const actual = line.values[column.address];
    if (budget == null || actual == null || !["outcome", "value", "forecast"].includes(column.role))
      return [];
    const given = varianceLine?.values[column.address];
    return [
      {
        line,
        period: periodOf(column),
        against: column.role === "forecast" ? "forecast" : "outcome",
        budget,
        actual,
        budgetRow: budgetLine.row,
        budgetColumn: column.index,
        actualRow: line.row,
        actualColumn: column.index,
        ...(varianceLine ? { varianceRow: varianceLine.row, varianceColumn: column.index } : {}),
        ...(given != null ? { given } : {}),
      },
    ];
  });
}

/** Every budget/outcome and budget/forecast pair of the same period on every line, in order. */
export function forEachPair(table: SourceTable, visit: (pair: Pair) => void): void {
  if (table.transposed) rowPairs(table).forEach((pair) => visit(pair));
  else columnPairs(table, visit);
}
