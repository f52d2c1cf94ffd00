import { isSamePeriod } from "./isSamePeriod";
import type { Column, Period, SourceTable } from "../types";

/**
 * The budget column for a period: the adjusted budget when the table holds both an original
 * and an adjusted one; a column naming the same year before one that names none.
 */
export function pickBudgetColumn(table: Pick<SourceTable, "columns">, period: Period): Column | undefined {
  const budgets = table.columns.filter((c) => c.role === "budget" && isSamePeriod(c, period));
  const exact = budgets.filter((c) => c.year === period.year);
  const pool = exact.length > 0 ? exact : budgets;
  return (
    pool.find((c) => c.budgetKind === "adjusted") ?? pool.find((c) => c.budgetKind === undefined) ?? pool[0]
  );
}
