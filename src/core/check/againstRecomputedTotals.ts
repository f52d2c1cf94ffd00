import { deviationOf } from "../compute/deviationOf";
import { percentOf } from "../compute/percentOf";
import { indexLinesByRow } from "../indexLinesByRow";
import type { Finding, SignConvention, SourceTable, Variance } from "../types";

/**
 * The deviations of total rows as an auditor checks them: where a total's budget or outcome is
 * not the sum of its lines (a sum-mismatch, reported on that cell), against that sum. Summa 5 000
 * for lines adding up to 6 000, outcome 5 950, deviation 50: the deviation fits 6 000 and is no
 * second finding, nor is −950 material. A given deviation that fits the row as printed is no
 * second finding either (its cells are the row's one error); the sum's is the one materiality reads.
 */
export function againstRecomputedTotals(
  table: SourceTable,
  variances: readonly Variance[],
  totalFindings: readonly Finding[],
  convention: SignConvention,
): readonly Variance[] {
  const sums = new Map<string, number>();
  for (const f of totalFindings)
    if (f.code === "sum-mismatch" && f.expected !== undefined) sums.set(f.cell, f.expected);
  if (sums.size === 0) return variances;
  const indexOf = indexLinesByRow(table.lines);
  return variances.map((v) => {
    const budget = sums.get(v.budgetCell) ?? v.budget;
    const actual = sums.get(v.actualCell) ?? v.actual;
    const line = table.lines[indexOf(v.row) ?? -1];
    if ((budget === v.budget && actual === v.actual) || !line) return v;
    const computed = deviationOf(convention, line, budget, actual);
    const { given, ...rest } = v;
    const fitsRow = given !== undefined && Math.abs(given - v.computed) < 1e-9;
    return {
      ...rest,
      budget,
      actual,
      computed,
      percentOfBudget: percentOf(computed, budget),
      ...(given !== undefined && !fitsRow ? { given } : {}),
    };
  });
}
