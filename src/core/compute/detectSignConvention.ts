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
const RULE_EN: Record<SignConvention, string> = {
  ledger: "budget − outcome on every row (ledger signs)",
  result: "outcome − budget on every row (result signs)",
  absolute: "budget − outcome for costs and outcome − budget for revenues (all amounts positive)",
};

/**
 * Where the given deviations match, counted as they stand: rows, or in a transposed table (one
 * Budgetavvikelse row) columns. A row counts when every deviation it shows matches.
 */
function whereMatched(
  table: SourceTable,
  pairs: readonly Pair[],
  matches: (i: number) => boolean,
): { sv: string; en: string } {
  const places = new Map<number, boolean>();
  pairs.forEach((p, i) => {
    const place = table.transposed ? p.budgetColumn : p.line.row;
    places.set(place, (places.get(place) ?? true) && matches(i));
  });
  const total = places.size;
  const matched = [...places.values()].filter(Boolean).length;
  if (table.transposed)
    return total === 1
      ? { sv: "i den enda kolumnen", en: "in the only column" }
      : { sv: `i ${matched} av ${total} kolumner`, en: `in ${matched} of ${total} columns` };
  return total === 1
    ? { sv: "på den enda raden", en: "on the only row" }
    : { sv: `på ${matched} av ${total} rader`, en: `on ${matched} of ${total} rows` };
}

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
  const byData = { ...fromData, source: "data" } as const;
  if (pairs.length === 0) return byData;
  // Each pair's rounding unit, once for the three conventions.
  const tolerances = pairs.map((p) => roundingUnit([p.budget, p.actual, p.given!]) + 1e-9);
  const matches = (convention: SignConvention, i: number) => {
    const p = pairs[i]!;
    return Math.abs(deviationOf(convention, p.line, p.budget, p.actual) - p.given!) <= tolerances[i]!;
  };
  const count = (convention: SignConvention) => pairs.filter((_, i) => matches(convention, i)).length;
  const counts = CONVENTIONS.map((convention) => ({ convention, matches: count(convention) }));
  const best = Math.max(...counts.map((c) => c.matches));
  if (best === 0) return byData;
  const tied = counts.filter((c) => c.matches === best).map((c) => c.convention);
  const convention = tied.includes(fromData.convention) ? fromData.convention : tied[0]!;
  const where = whereMatched(table, pairs, (i) => matches(convention, i));
  return {
    convention,
    source: "variance-column",
    reason: `Den angivna avvikelsen stämmer med ${RULE[convention]} ${where.sv}.`,
    reasonEn: `The given deviation matches ${RULE_EN[convention]} ${where.en}.`,
  };
}
