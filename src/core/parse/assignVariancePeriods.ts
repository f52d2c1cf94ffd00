import type { Column } from "../types";

const PAIRED = new Set(["budget", "outcome", "forecast"]);

/**
 * A variance column belongs to the budget/outcome (or budget/forecast) pair on its left: without
 * a period of its own it takes the period of the nearest budget, outcome or forecast column to its
 * left, and compares a forecast (`againstForecast`) when the nearest outcome or forecast column
 * left of it, since the previous variance column, is a forecast.
 */
export function assignVariancePeriods(columns: readonly Column[]): Column[] {
  return columns.map((column, i) => {
    if (column.role !== "variance") return column;
    const left = columns.slice(0, i).reverse();
    const previousVariance = left.findIndex((c) => c.role === "variance");
    const ownGroup = previousVariance < 0 ? left : left.slice(0, previousVariance);
    const nearest = left.find((c) => PAIRED.has(c.role));
    const actual = ownGroup.find((c) => c.role === "outcome" || c.role === "forecast");
    const ownPeriod = column.year !== undefined || column.fromMonth !== 1 || column.toMonth !== 12;
    const samePeriod =
      nearest !== undefined &&
      (!ownPeriod || (column.year === nearest.year && column.fromMonth === 1 && column.toMonth === 12));
    const againstForecast = column.againstForecast === true || actual?.role === "forecast";
    return {
      ...column,
      ...(samePeriod && nearest
        ? {
            ...(nearest.year !== undefined ? { year: nearest.year } : {}),
            fromMonth: nearest.fromMonth,
            toMonth: nearest.toMonth,
          }
        : {}),
      ...(againstForecast ? { againstForecast: true } : {}),
    };
  });
}
