import { quoteSheetName } from "../cellAddress";
import type { ChartSpec, ColourRule } from "./types";

export interface ChartPoint {
  readonly label: string;
  readonly row: number;
  readonly deviation: number;
  readonly budget: number;
  readonly total: boolean;
}

/**
 * The deviation bar chart of a table: one bar per line (totals left out when there are at
 * least two other lines, so the sum does not dwarf its parts), coloured as the deviation
 * column is when the report is written. Undefined when there is nothing to draw.
 */
export function buildChartSpec(
  sheet: string,
  title: string,
  points: readonly ChartPoint[],
  columns: { readonly label: string; readonly deviation: string; readonly format: string },
  thresholds: { readonly amount: number; readonly percent: number },
  anchor: ChartSpec["anchor"],
): ChartSpec | undefined {
  const lines = points.filter((p) => !p.total);
  const shown = lines.length >= 2 ? lines : points;
  if (shown.length === 0) return undefined;
  const colour = (p: ChartPoint): ColourRule => {
    const small =
      Math.abs(p.deviation) < thresholds.amount ||
      Math.abs(p.deviation) < thresholds.percent * Math.abs(p.budget);
    return small ? "neutral" : p.deviation > 0 ? "favourable" : "unfavourable";
  };
  const quoted = quoteSheetName(sheet);
  // Every reference is the column's prefix and a row: the rows joined, no string made per point.
  const range = (letter: string) => {
    const prefix = `${quoted}!$${letter}$`;
    return prefix + shown.map((p) => p.row).join(`,${prefix}`);
  };
  return {
    kind: "deviationBar",
    title: `Avvikelse mot budget – ${title}`,
    categoriesRange: range(columns.label),
    valuesRange: range(columns.deviation),
    categories: shown.map((p) => p.label),
    values: shown.map((p) => p.deviation),
    colours: shown.map(colour),
    valueFormat: columns.format,
    anchor,
  };
}
