import { percentOf } from "./percentOf";
import { cleanNumber } from "./cleanNumber";
import { yearSeries } from "./yearSeries";
import type { KeyFigureChange, SourceTable } from "../types";

/**
 * Year-over-year changes of every line with values for two or more years, ordered by year (not
 * by column): the change, the change in percent, and for percent measures percentage points.
 */
export function computeKeyFigures(table: SourceTable): KeyFigureChange[] {
  return yearSeries(table).flatMap(({ line, unit, points }) =>
    points.slice(1).map((to, i) => {
      const from = points[i]!;
      const change = cleanNumber(to.value - from.value);
      return {
        row: line.row,
        label: line.label,
        unit,
        fromYear: from.year,
        toYear: to.year,
        from: from.value,
        to: to.value,
        change,
        changePercent: percentOf(change, from.value),
        ...(unit === "percent" ? { changePoints: change } : {}),
      };
    }),
  );
}
