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
 * The points of a chart, handed to `visit` in order: a point is made as it is read and kept by
 * none (a ledger has 100 000), so the chart reads them twice rather than holding a list of them.
 */
export type ChartPoints = (visit: (point: ChartPoint) => void) => void;

/**
 * The deviation bar chart of a table: one bar per line (totals left out when there are at
 * least two other lines, so the sum does not dwarf its parts), coloured as the deviation
 * column is when the report is written. Undefined when there is nothing to draw.
 */
export function buildChartSpec(
  sheet: string,
  title: string,
  points: ChartPoints,
  columns: { readonly label: string; readonly deviation: string; readonly format: string },
  thresholds: { readonly amount: number; readonly percent: number },
  anchor: ChartSpec["anchor"],
): ChartSpec | undefined {
  let lines = 0;
  let all = 0;
  points((p) => {
    all++;
    if (!p.total) lines++;
  });
  const withTotals = lines < 2;
  const count = withTotals ? all : lines;
  if (count === 0) return undefined;
  const colour = (p: ChartPoint): ColourRule => {
    const small =
      Math.abs(p.deviation) < thresholds.amount ||
      Math.abs(p.deviation) < thresholds.percent * Math.abs(p.budget);
    return small ? "neutral" : p.deviation > 0 ? "favourable" : "unfavourable";
  };
  // The lists made as long as they will be, then filled.
  const rows = new Array<number>(count);
  const categories = new Array<string>(count);
  const values = new Array<number>(count);
  const colours = new Array<ColourRule>(count);
  let i = 0;
  points((p) => {
    if (p.total && !withTotals) return;
    rows[i] = p.row;
    categories[i] = p.label;
    values[i] = p.deviation;
    colours[i++] = colour(p);
  });
  const quoted = quoteSheetName(sheet);
  // Every reference is the column's prefix and a row: the rows joined, no string made per point.
  const range = (letter: string) => {
    const prefix = `${quoted}!$${letter}$`;
    return prefix + rows.join(`,${prefix}`);
  };
  return {
    kind: "deviationBar",
    title: `Avvikelse mot budget – ${title}`,
    categoriesRange: range(columns.label),
    valuesRange: range(columns.deviation),
    categories,
    values,
    colours,
    valueFormat: columns.format,
    anchor,
  };
}
