import { amountColumns } from "./amountColumns";
import { collectItems } from "./collectItems";
import { isRevenueLike } from "./isRevenueLike";
import { partitionItems } from "./partitionItems";
import type { Line, SignConvention, SourceTable, Total } from "../types";

const hasNumbers = (line: Line) => Object.values(line.values).some((v) => v != null);

/**
 * Totals: rows labelled as totals, and unlabelled rows equal to the sum of at least two rows
 * above them in every amount column, each with every breakdown that adds up to it. A labelled
 * total that no breakdown adds up to is `unbalanced`; its one breakdown is then every item
 * above it, the sum it should have been.
 */
export function findTotals(table: SourceTable, convention: SignConvention): Total[] {
  if (table.kind === "keyFigures") return [];
  const columns = amountColumns(table);
  const lines = table.lines;
  const totals = new Map<number, Total>();
  lines.forEach((line, index) => {
    if (line.role !== undefined || !hasNumbers(line)) return;
    if (line.kind === "ofWhich" || line.kind === "section" || line.kind === "note" || line.kind === "measure")
      return;
    const labelled = line.kind === "total";
    const inSection = collectItems(lines, index, totals, true);
    const options = { minLength: labelled ? 1 : 2, exact: !labelled, first: !labelled };
    let breakdowns = partitionItems(line, inSection, columns, convention, options);
    if (breakdowns.length === 0 && labelled) {
      breakdowns = partitionItems(
        line,
        collectItems(lines, index, totals, false),
        columns,
        convention,
        options,
      );
    }
    if (breakdowns.length > 0) {
      totals.set(line.row, { row: line.row, label: line.label, breakdowns, unbalanced: false });
    } else if (labelled) {
      const items = inSection.length > 0 ? inSection : collectItems(lines, index, totals, false);
      const sign = (item: Line): 1 | -1 =>
        convention === "absolute" && isRevenueLike(item) !== isRevenueLike(line) ? -1 : 1;
      const all = items.map((item) => ({ row: item.row, sign: sign(item) })).reverse();
      totals.set(line.row, {
        row: line.row,
        label: line.label,
        breakdowns: all.length ? [all] : [],
        unbalanced: true,
      });
    }
  });
  return [...totals.values()];
}
