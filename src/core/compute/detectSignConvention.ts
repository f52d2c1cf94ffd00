import { conventionFromData } from "./conventionFromData";
import { deviationOf } from "./deviationOf";
import { forEachPair, type Pair } from "./forEachPair";
import { roundingUnit } from "./roundingUnit";
import { indexLinesByRow } from "../indexLinesByRow";
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

/** A pair with a given deviation that the convention reproduces within rounding. */
const isCompared = (p: Pair) => p.given !== undefined && p.line.kind !== "ofWhich";
const matches = (convention: SignConvention, p: Pair) =>
  Math.abs(deviationOf(convention, p.line, p.budget, p.actual) - p.given!) <=
  roundingUnit([p.budget, p.actual, p.given!]) + 1e-9;

/**
 * Where the given deviations match, as "på 3 av 3 rader": counted as they stand, by row, or in a
 * transposed table (one Budgetavvikelse row) by column. `states` holds each place's state (0 no
 * deviation, 1 every deviation matches, 2 not every one).
 */
function whereMatched(table: SourceTable, states: Uint8Array): { sv: string; en: string } {
  let total = 0;
  let matched = 0;
  for (const state of states) {
    if (state !== 0) total++;
    if (state === 1) matched++;
  }
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
 */
export function detectSignConvention(table: SourceTable): SignConventionChoice {
  const fromData = conventionFromData(table);
  const byData = { ...fromData, source: "data" } as const;
  // Each pair with a given deviation against the three conventions, in one pass over the pairs:
  // the count of matching pairs, and each place's state (by line index in typed arrays, where a
  // map of rows held an entry for every line of a ledger; by column in a transposed table).
  const indexOf = indexLinesByRow(table.lines);
  const places = table.transposed
    ? table.columns.reduce((max, c) => Math.max(max, c.index + 1), 0)
    : table.lines.length;
  const states = CONVENTIONS.map(() => new Uint8Array(places));
  const counts = CONVENTIONS.map(() => 0);
  let compared = 0;
  forEachPair(table, (p) => {
    if (!isCompared(p)) return;
    const at = table.transposed ? p.budgetColumn : indexOf(p.line.row);
    compared++;
    for (let i = 0; i < CONVENTIONS.length; i++) {
      const ok = matches(CONVENTIONS[i]!, p);
      if (ok) counts[i]!++;
      if (at !== undefined && states[i]![at] !== 2) states[i]![at] = ok ? 1 : 2;
    }
  });
  if (compared === 0) return byData;
  const best = Math.max(...counts);
  if (best === 0) return byData;
  const tied = CONVENTIONS.filter((_, i) => counts[i] === best);
  const convention = tied.includes(fromData.convention) ? fromData.convention : tied[0]!;
  const where = whereMatched(table, states[CONVENTIONS.indexOf(convention)]!);
  return {
    convention,
    source: "variance-column",
    reason: `Den angivna avvikelsen stämmer med ${RULE[convention]} ${where.sv}.`,
    reasonEn: `The given deviation matches ${RULE_EN[convention]} ${where.en}.`,
  };
}
