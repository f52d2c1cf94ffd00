import type { Line } from "../types";

/**
 * A row whose deviation runs outcome − budget in the absolute convention: revenue rows, and
 * totals or därav rows of revenues ("Summa intäkter", "Därav statsbidrag").
 */
export function isRevenueLike(line: Pick<Line, "kind" | "label">): boolean {
  if (line.kind === "revenue") return true;
  if (line.kind !== "total" && line.kind !== "ofWhich") return false;
  return /intäkt|bidrag/i.test(line.label) && !/kostnad|netto|resultat/i.test(line.label);
}
