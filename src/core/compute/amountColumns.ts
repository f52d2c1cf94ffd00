import type { Column, SourceTable } from "../types";

/** The columns that hold amounts (budget, outcome, forecast, a year's value): never a deviation. */
export function amountColumns(table: Pick<SourceTable, "columns">): readonly Column[] {
  return table.columns.filter(
    (c) => c.role === "budget" || c.role === "outcome" || c.role === "forecast" || c.role === "value",
  );
}
