import type { Column, SourceTable } from "../types";

/**
 * The columns that hold one full year each (a bare year, "År 2020", "Bokslut 2020"), ordered by
 * year whatever their order in the table; one column a year. Fewer than two: none.
 */
export function findYearColumns(table: Pick<SourceTable, "columns">): Column[] {
  const yearly = table.columns.filter(
    (c) =>
      (c.role === "value" || c.role === "outcome") &&
      c.year !== undefined &&
      c.fromMonth === 1 &&
      c.toMonth === 12,
  );
  const values = yearly.filter((c) => c.role === "value");
  const pool = values.length >= 2 ? values : yearly.filter((c) => c.role === "outcome");
  const byYear = new Map<number, Column>();
  for (const column of pool) if (!byYear.has(column.year!)) byYear.set(column.year!, column);
  const columns = [...byYear.values()].sort((a, b) => a.year! - b.year!);
  return columns.length >= 2 ? columns : [];
}
