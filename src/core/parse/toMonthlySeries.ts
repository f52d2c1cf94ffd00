import type { MonthlySeries, SourceTable } from "../types";
import { parsePeriod } from "./parsePeriod";

/** "Personalkostnader per månad (tkr)" → "Personalkostnader": the title without "per månad", year or unit. */
function seriesLabel(title: string): string {
  return title
    .replace(/\s*\((?:[^)]*)\)\s*$/u, "")
    .replace(/,?\s*(?:belopp i\s+)?(?:tkr|mnkr|mkr|mdkr|kr)\s*$/iu, "")
    .replace(/\s+per\s+månad(?![\p{L}]).*$/iu, "")
    .replace(/[,\s]+(?:19|20)\d{2}\s*$/u, "")
    .trim();
}

const YEAR_LABEL = /^(?:19|20)\d{2}$/;

/**
 * The month-by-month series of a monthly table. Rows labelled by a year ("År" column) make one
 * series named after the table's title; rows labelled otherwise make a series each, for the
 * year of the title. Months without a number are null.
 */
export function toMonthlySeries(table: SourceTable): MonthlySeries[] {
  if (table.kind !== "monthly") return [];
  const monthColumns = table.columns.filter((c) => c.fromMonth === c.toMonth);
  const titleYear = table.title !== undefined ? parsePeriod(table.title).year : undefined;
  const byLabel = new Map<string, Map<number, (number | null)[]>>();
  for (const line of table.lines) {
    if (line.kind === "section" || line.kind === "note") continue;
    const isYear = YEAR_LABEL.test(line.label);
    const year = isYear ? Number(line.label) : titleYear;
    if (year === undefined) continue;
    const label = isYear ? seriesLabel(table.title ?? "") : line.label;
    const months: (number | null)[] = Array.from({ length: 12 }, () => null);
    for (const column of monthColumns) months[column.fromMonth - 1] = line.values[column.address] ?? null;
    const series = byLabel.get(label) ?? new Map<number, (number | null)[]>();
    series.set(year, months);
    byLabel.set(label, series);
  }
  return [...byLabel].map(([label, byYear]) => ({ label, byYear }));
}
