import type { SourceTable } from "../types";

/** When the table holds both an original and an adjusted budget: which one the deviations use. */
export function writeBudgetNote(table: SourceTable): string | undefined {
  const budgets = table.columns.filter((c) => c.role === "budget");
  const adjusted = budgets.find((c) => c.budgetKind === "adjusted");
  const original = budgets.find((c) => c.budgetKind === "original");
  if (!adjusted || !original) return undefined;
  const name = (header: string) => header.replace(/\s+/g, " ").trim();
  return `Avvikelserna räknas mot den justerade budgeten (${name(adjusted.header)}), inte mot den ursprungliga (${name(original.header)}).`;
}
