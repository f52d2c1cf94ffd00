import { cellRefsOf } from "../cellAddress";
import { percentOf } from "./percentOf";
import { deviationOf } from "./deviationOf";
import { forEachPair, type Pair } from "./forEachPair";
import type { SignConvention, SourceTable, Variance } from "../types";

/**
 * The deviation of every budget/outcome and budget/forecast pair of the same period on every
 * line (against the adjusted budget when there are two), with the table's own when it shows one.
 */
export function computeVariances(table: SourceTable, convention: SignConvention): Variance[] {
  const ref = cellRefsOf(table.sheet);
  const variances: Variance[] = [];
  forEachPair(table, (pair) => variances.push(varianceOf(pair, convention, ref)));
  return variances;
}

function varianceOf(
  pair: Pair,
  convention: SignConvention,
  ref: (row: number, column: number) => string,
): Variance {
  const { line, period, against, budget, actual, given, varianceRow, varianceColumn } = pair;
  const computed = deviationOf(convention, line, budget, actual);
  const budgetCell = ref(pair.budgetRow, pair.budgetColumn);
  const actualCell = ref(pair.actualRow, pair.actualColumn);
  const varianceCell =
    varianceRow !== undefined && varianceColumn !== undefined ? ref(varianceRow, varianceColumn) : undefined;
  const percentOfBudget = percentOf(computed, budget);
  const { row, label, kind } = line;
  // A literal for each usual shape (a shown deviation and its cell, or neither): V8 keeps every
  // property inside the object, where spreading the optional ones puts them in a second store.
  if (varianceCell !== undefined && given !== undefined) {
    return {
      row,
      label,
      kind,
      period,
      against,
      budgetCell,
      actualCell,
      varianceCell,
      budget,
      actual,
      computed,
      given,
      percentOfBudget,
    };
  }
  if (varianceCell === undefined && given === undefined) {
    return {
      row,
      label,
      kind,
      period,
      against,
      budgetCell,
      actualCell,
      budget,
      actual,
      computed,
      percentOfBudget,
    };
  }
  return {
    row,
    label,
    kind,
    period,
    against,
    budgetCell,
    actualCell,
    ...(varianceCell !== undefined ? { varianceCell } : {}),
    budget,
    actual,
    computed,
    ...(given !== undefined ? { given } : {}),
    percentOfBudget,
  };
}
