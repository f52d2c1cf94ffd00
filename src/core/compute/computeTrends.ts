import { cleanNumber } from "./cleanNumber";
import { yearSeries } from "./yearSeries";
import type { SourceTable, Trend } from "../types";

/**
 * The trend of every series of three or more years: the least-squares slope per year, and its
 * direction (flat under 1 % of the series' mean a year, or half a percentage point for percents).
 */
export function computeTrends(table: SourceTable): Trend[] {
  return yearSeries(table)
    .filter((s) => s.points.length >= 3)
    .map(({ line, unit, points }) => {
      const n = points.length;
      const meanYear = points.reduce((a, p) => a + p.year, 0) / n;
      const meanValue = points.reduce((a, p) => a + p.value, 0) / n;
      const sxx = points.reduce((a, p) => a + (p.year - meanYear) ** 2, 0);
      const sxy = points.reduce((a, p) => a + (p.year - meanYear) * (p.value - meanValue), 0);
      const slope = sxx === 0 ? 0 : cleanNumber(sxy / sxx);
      const flatBelow =
        unit === "percent" ? 0.5 : 0.01 * (points.reduce((a, p) => a + Math.abs(p.value), 0) / n);
      const direction = Math.abs(slope) <= flatBelow ? "flat" : slope > 0 ? "up" : "down";
      return {
        row: line.row,
        label: line.label,
        unit,
        fromYear: points[0]!.year,
        toYear: points[n - 1]!.year,
        slopePerYear: slope,
        direction,
      };
    });
}
