import { findYearColumns } from "./findYearColumns";
import type { Column, Line, SourceTable, Unit } from "../types";

export interface YearPoint {
  readonly year: number;
  readonly column: Column;
  readonly value: number;
}

/**
 * Each line's values year by year, oldest first, with the line's own unit before the table's. In a
 * transposed table the outcome row is a line too; the budget and deviation rows are not.
 */
export function yearSeries(table: SourceTable): { line: Line; unit: Unit; points: YearPoint[] }[] {
  const columns = findYearColumns(table);
  if (columns.length === 0) return [];
  return table.lines
    .filter(
      (line) => (line.role ?? "outcome") === "outcome" && line.kind !== "section" && line.kind !== "note",
    )
    .map((line) => ({
      line,
      unit: line.unit ?? table.unit,
      points: columns.flatMap((column) => {
        const value = line.values[column.address];
        return value == null ? [] : [{ year: column.year!, column, value }];
      }),
    }))
    .filter((series) => series.points.length >= 2);
}
