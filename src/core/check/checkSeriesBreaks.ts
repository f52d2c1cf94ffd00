import { cellRef } from "../cellAddress";
import { yearSeries } from "../compute/yearSeries";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Finding, SourceTable } from "../types";

const FACTOR = 4;

/**
 * Key figures that jump far outside their series (four points or more): a change more than four
 * times the largest other year-over-year change of the series, and material in itself (5
 * percentage points for percent measures, else 10 % of the level). One finding, on the new value.
 */
export function checkSeriesBreaks(table: SourceTable): Finding[] {
  return yearSeries(table).flatMap(({ line, unit, points }): Finding[] => {
    if (points.length < 4) return [];
    const jumps = points.slice(1).map((p, i) => p.value - points[i]!.value);
    return jumps.flatMap((jump, i): Finding[] => {
      const largestOther = Math.max(...jumps.filter((_, j) => j !== i).map(Math.abs));
      const from = points[i]!;
      const to = points[i + 1]!;
      const material =
        unit === "percent" ? Math.abs(jump) >= 5 : Math.abs(jump) >= 0.1 * Math.abs(from.value);
      if (!material || Math.abs(jump) <= FACTOR * largestOther) return [];
      const measure = unit === "percent" ? " procentenheter" : "";
      return [
        makeFinding("series-break", {
          cell: cellRef(table.sheet, line.row, to.column.index),
          label: line.label,
          actual: to.value,
          message: `${line.label}: ${formatPlain(from.value)} → ${formatPlain(to.value)} (${formatPlain(jump)}${measure}) ${from.year}–${to.year}, långt utanför seriens övriga förändringar (högst ${formatPlain(largestOther)}); har måttet eller dess definition ändrats?`,
          messageEn: `${line.label}: ${from.value} → ${to.value} from ${from.year} to ${to.year}, far outside the series' other changes (at most ${largestOther}); has the measure changed?`,
        }),
      ];
    });
  });
}
