import { amountColumns } from "./amountColumns";
import { collectItems } from "./collectItems";
import { isRevenueLike } from "./isRevenueLike";
import { partitionItems } from "./partitionItems";
import type { Line, SignConvention, SourceTable, Total } from "../types";

/** Some value of the line is a number (a loop over its keys: no array of its values per line). */
function hasNumbers(line: Line): boolean {
  for (const address in line.values) if (line.values[address] != null) return true;
  return false;
}

/**
 * How far up an unlabelled row is compared with the lines above it. Without the bound every line
 * of a flat table is tried against all lines above it (quadratic: 8 000 lines took 9 s); a total
 * that no label names and that adds up more lines than this is not recognised by arithmetic.
 */
const UNLABELLED_REACH = 200;

/** How a labelled total and an unlabelled row are broken down. */
const LABELLED = { minLength: 1, exact: false, first: false } as const;
const UNLABELLED = { minLength: 2, exact: true, first: true } as const;

/**
 * Totals: rows labelled as totals, and unlabelled rows equal to the sum of at least two (and at
 * most UNLABELLED_REACH) rows above them in every amount column, each with every breakdown that adds up to it. A labelled
 * total that no breakdown adds up to is `unbalanced`; its one breakdown is then every item
 * above it, the sum it should have been. An unlabelled row taken for a total only by its arithmetic
 * is a line again when a labelled total below adds up with it as a line and does not without
 * ("Övrigt" 3 000 after 1 000 and 2 000, then "Summa" 6 000): the reading under which the labelled
 * totals add up wins, as an auditor reads the table.
 */
export function findTotals(table: SourceTable, convention: SignConvention): Total[] {
  if (table.kind === "keyFigures") return [];
  const columns = amountColumns(table);
  const lines = table.lines;
  const totals = new Map<number, Total>();
  /** Rows taken for totals by their arithmetic alone. */
  const arithmetic = new Set<number>();
  lines.forEach((line, index) => {
    if (line.role !== undefined || !hasNumbers(line)) return;
    if (line.kind === "ofWhich" || line.kind === "section" || line.kind === "note" || line.kind === "measure")
      return;
    const labelled = line.kind === "total";
    const inSection = collectItems(lines, index, totals, true, labelled ? Infinity : UNLABELLED_REACH);
    const options = labelled ? LABELLED : UNLABELLED;
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
    if (breakdowns.length === 0 && labelled && inSection.some((item) => arithmetic.has(item.row))) {
      const plain = new Map([...totals].filter(([row]) => !arithmetic.has(row)));
      const items = collectItems(lines, index, plain, true);
      breakdowns = partitionItems(line, items, columns, convention, options);
      for (const part of breakdowns.flat()) {
        if (arithmetic.delete(part.row)) totals.delete(part.row);
      }
    }
    if (breakdowns.length > 0) {
      if (!labelled) arithmetic.add(line.row);
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
