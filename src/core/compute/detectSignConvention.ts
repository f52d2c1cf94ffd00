import { conventionFromData } from "./conventionFromData";
import { deviationOf } from "./deviationOf";
import { findPairs, type Pair } from "./findPairs";
import { roundingUnit } from "./roundingUnit";
import type { SignConvention, SignConventionChoice, SourceTable } from "../types";

const CONVENTIONS: readonly SignConvention[] = ["ledger", "result", "absolute"];
const RULE: Record<SignConvention, string> = {
  ledger: "budget − utfall på varje rad (huvudbokens tecken)",
  result: "utfall − budget på varje rad (resultatets tecken)",
  absolute: "budget − utfall för kostnader och utfall − budget för intäkter (alla belopp positiva)",
};

/**
 * The table's sign convention. From a given deviation column (or row): the convention that
 * matches most rows, a tie settled by the signs of the amounts; without one, from the signs.
 * `allPairs` are the table's pairs when the caller has found them already.
 */
export function detectSignConvention(
  table: SourceTable,
  allPairs: readonly Pair[] = findPairs(table),
): SignConventionChoice {
  const fromData = conventionFromData(table);
  const pairs = allPairs.filter((p) => p.given !== undefined && p.line.kind !== "ofWhich");
  if (pairs.length === 0) return { convention: fromData.convention, source: "data", reason: fromData.reason };
  // Each pair's rounding unit, once for the three conventions.
  const tolerances = pairs.map((p) => roundingUnit([p.budget, p.actual, p.given!]) + 1e-9);
  const count = (convention: SignConvention) =>
    pairs.filter(
      (p, i) => Math.abs(deviationOf(convention, p.line, p.budget, p.actual) - p.given!) <= tolerances[i]!,
    ).length;
  const counts = CONVENTIONS.map((convention) => ({ convention, matches: count(convention) }));
  const best = Math.max(...counts.map((c) => c.matches));
  if (best === 0) return { convention: fromData.convention, source: "data", reason: fromData.reason };
  const tied = counts.filter((c) => c.matches === best).map((c) => c.convention);
  const convention = tied.includes(fromData.convention) ? fromData.convention : tied[0]!;
  return {
    convention,
    source: "variance-column",
    reason: `Den angivna avvikelsen stämmer med ${RULE[convention]} på ${best} av ${pairs.length} rader.`,
  };
}
