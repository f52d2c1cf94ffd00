import type { SourceTable } from "../../core/types";
import { formatPeriod } from "../i18n/formatPeriod";

/**
 * The period a table covers, as the pane shows it: the outcome columns' periods ("jan–aug 2024"),
 * else the budget's, else the span of years of a key-figure table ("2019–2023").
 */
export function tablePeriod(table: SourceTable): string {
  for (const role of ["outcome", "budget", "forecast"] as const) {
    const periods = table.columns.filter((c) => c.role === role).map(formatPeriod);
    if (periods.length > 0) return [...new Set(periods)].join(", ");
  }
  const years = table.columns.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  if (years.length === 0) return "–";
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
}
