import type { Column, Line, RowRole } from "../types";
import { parseHeader } from "./parseHeader";

function roleOfLabel(label: string): RowRole | undefined {
  const header = parseHeader(label);
  if (!header.exact) return undefined;
  return header.role === "budget" || header.role === "variance" || header.role === "outcome"
    ? header.role
    : undefined;
}

/**
 * A transposed table (fixture 003-ekonomi): years in columns, all outcome or bare years, with
 * "Budget" and "Budgetavvikelse" as rows. Those rows get their role (kind net); the row the
 * budget is compared with gets role outcome: a row named so ("Utfall"), or else the last
 * total or net line above the Budget row ("Nettokostnader"). Undefined when not transposed.
 */
export function markTransposed(columns: readonly Column[], lines: readonly Line[]): Line[] | undefined {
  const known = columns.filter((c) => c.role !== "unknown");
  if (known.length === 0 || !known.every((c) => c.role === "outcome" || c.role === "value")) return undefined;
  const roles = lines.map((line) =>
    line.kind === "section" || line.kind === "note" ? undefined : roleOfLabel(line.label),
  );
  const budgetAt = roles.indexOf("budget");
  if (budgetAt < 0) return undefined;
  let outcomeAt = roles.indexOf("outcome");
  if (outcomeAt < 0) {
    outcomeAt = lines
      .slice(0, budgetAt)
      .map((l) => l.kind === "total" || l.kind === "net")
      .lastIndexOf(true);
  }
  if (outcomeAt < 0 && !roles.includes("variance")) return undefined;
  return lines.map((line, i) => {
    const role = i === outcomeAt ? "outcome" : roles[i];
    if (role === undefined) return line;
    return { ...line, role, kind: role === "outcome" ? line.kind : "net" };
  });
}
