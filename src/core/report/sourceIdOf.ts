import type { TableAnalysis } from "../types";

/** How regeneration recognises a table again: its sheet and title (or first cell), not its size. */
export function sourceIdOf(analysis: TableAnalysis): string {
  const { table } = analysis;
  return `${table.sheet}!${table.title ?? table.range.split(":")[0]}`;
}
