import { cellRefsOf } from "../cellAddress";
import { percentOf } from "./percentOf";
import { deviationOf } from "./deviationOf";
import { findPairs, type Pair } from "./findPairs";
import type { SignConvention, SourceTable, Variance } from "../types";

/**
 * The deviation of every budget/outcome and budget/forecast pair of the same period on every
 * line (against the adjusted budget when there are two), with the table's own when it shows one.
 * `pairs` are the table's pairs when the caller has found them already.
 */
export function computeVariances(
  table: SourceTable,
  convention: SignConvention,
  pairs: readonly Pair[] = findPairs(table),
): Variance[] {
  const ref = cellRefsOf(table.sheet);
  return pairs.map((pair) => {
    const computed = deviationOf(convention, pair.line, pair.budget, pair.actual);
    return {
      row: pair.line.row,
      label: pair.line.label,
      kind: pair.line.kind,
      period: pair.period,
      against: pair.against,
      budgetCell: ref(pair.budgetAt.row, pair.budgetAt.column),
      actualCell: ref(pair.actualAt.row, pair.actualAt.column),
      ...(pair.varianceAt !== undefined
        ? { varianceCell: ref(pair.varianceAt.row, pair.varianceAt.column) }
        : {}),
      budget: pair.budget,
      actual: pair.actual,
      computed,
      ...(pair.given !== undefined ? { given: pair.given } : {}),
      percentOfBudget: percentOf(computed, pair.budget),
    };
  });
}
