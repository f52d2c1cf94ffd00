import type { Line, TableKind } from "../types";
import { buildLines, type LineSource } from "./buildLines";
import { markTransposed } from "./markTransposed";

export interface Body {
  readonly kind: TableKind;
  readonly transposed: boolean;
  readonly lines: readonly Line[];
}

/** The lines without the label rows at their end; the list itself when it ends with none (no copy). */
function withoutTrailingSections(lines: Line[]): Line[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]?.kind === "section") end--;
  return end === lines.length ? lines : lines.slice(0, end);
}

/**
 * The lines of a body (0-based grid rows `first`–`last`) and what they make of the table:
 * monthly when three or more columns are months; transposed when Budget and Budgetavvikelse are
 * rows under outcome years; key figures when every recognised column is a bare year; else a
 * budget table. A label row without numbers at the very end is no section of this table.
 */
export function readBody(
  source: Omit<LineSource, "kind">,
  first: number,
  last: number,
  monthColumns: number,
): Body {
  if (monthColumns >= 3) {
    return {
      kind: "monthly",
      transposed: false,
      lines: withoutTrailingSections(buildLines({ ...source, kind: "monthly" }, first, last)),
    };
  }
  const asBudget = withoutTrailingSections(buildLines({ ...source, kind: "budget" }, first, last));
  const transposed = markTransposed(source.columns, asBudget);
  if (transposed) return { kind: "budget", transposed: true, lines: transposed };
  const known = source.columns.filter((c) => c.role !== "unknown");
  if (known.length > 0 && known.every((c) => c.role === "value")) {
    return {
      kind: "keyFigures",
      transposed: false,
      lines: withoutTrailingSections(buildLines({ ...source, kind: "keyFigures" }, first, last)),
    };
  }
  return { kind: "budget", transposed: false, lines: asBudget };
}
