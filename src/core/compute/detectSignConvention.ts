import { conventionFromData } from "./conventionFromData";
import { deviationOf } from "./deviationOf";
import { forEachPair } from "./forEachPair";
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
 */
export function detectSignConvention(table: SourceTable): SignConventionChoice {
  const fromData = conventionFromData(table);
  // Each pair with a given deviation against the three conventions, in one pass over the pairs.
  const matches = CONVENTIONS.map(() => 0);
  let compared = 0;
  forEachPair(table, ({ line, budget, actual, given }) => {
    if (given === undefined || line.kind === "ofWhich") return;
    compared++;
    const tolerance = roundingUnit([budget, actual, given]) + 1e-9;
    for (let i = 0; i < CONVENTIONS.length; i++) {
      if (Math.abs(deviationOf(CONVENTIONS[i]!, line, budget, actual) - given) <= tolerance) matches[i]!++;
    }
  });
  if (compared === 0) return { convention: fromData.convention, source: "data", reason: fromData.reason };
  const counts = CONVENTIONS.map((convention, i) => ({ convention, matches: matches[i]! }));
  const best = Math.max(...counts.map((c) => c.matches));
  if (best === 0) return { convention: fromData.convention, source: "data", reason: fromData.reason };
  const tied = counts.filter((c) => c.matches === best).map((c) => c.convention);
  const convention = tied.includes(fromData.convention) ? fromData.convention : tied[0]!;
  return {
    convention,
    source: "variance-column",
    reason: `Den angivna avvikelsen stämmer med ${RULE[convention]} på ${best} av ${compared} rader.`,
  };
}
