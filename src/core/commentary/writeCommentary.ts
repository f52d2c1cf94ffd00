import { percentOf } from "../compute/percentOf";
import { toTkr, formatAmount } from "../format/formatAmount";
import { formatNumber } from "../format/formatNumber";
import type { SourceTable, TableAnalysis, Variance } from "../types";

export type CommentaryParts = Pick<TableAnalysis, "table" | "totals" | "variances" | "interim">;

const PLACEHOLDER = "Orsak: [skriv orsaken]";
/** Where no deviation can be computed, what a person must write instead. */
const NO_DEVIATION = "Kommentar: [skriv kommentaren]";
const later = (a: Variance, b: Variance) =>
  (a.period.year ?? 0) - (b.period.year ?? 0) || a.period.toMonth - b.period.toMonth;

function result(tkr: number, preposition: "om" | "på"): string {
  if (Math.abs(tkr) < 0.5) return "i balans med budget";
  return `ett ${tkr > 0 ? "överskott" : "underskott"} ${preposition} ${formatAmount(tkr)}`;
}
const signed = (tkr: number) => `${tkr > 0 ? "+" : "−"}${formatAmount(tkr)}`;

/**
 * Commentary stubs in the reports' own Swedish: the result of the period (and, for an interim
 * table, of the forecast), the deviation as a share of the net budget, the largest favourable
 * and unfavourable lines, and a placeholder where a person writes the cause.
 */
export function writeCommentary(parts: CommentaryParts): string[] {
  const { table, totals, interim } = parts;
  // A line's own unit (a key-figure row in a money table) by a map of the few lines that have one:
  // the sum of a ledger's lines converts every one of them.
  const units = new Map(table.lines.flatMap((l) => (l.unit ? [[l.row, l.unit] as const] : [])));
  const tkr = (value: number, row: number) => toTkr(value, units.get(row) ?? table.unit) ?? value;
  const isOutcome = (v: Variance) => v.against === "outcome";
  // The last of the latest period, as a stable sort's last; one pass, no sort of every line.
  let latest: Variance | undefined;
  for (const v of parts.variances)
    if (isOutcome(v) && (latest === undefined || later(v, latest) >= 0)) latest = v;
  if (!latest) return withoutDeviations(table);
  const period = latest;
  const isCurrent = (v: Variance) => isOutcome(v) && later(v, period) === 0;
  const totalRows = new Set(totals.map((t) => t.row));
  // In one pass over the deviations of the period (no list of them): the last on a total row, the
  // lines' sum, and the first lines with the largest and with the smallest deviation, as a stable
  // sort's first.
  let resultVariance: Variance | undefined;
  let best: Variance | undefined;
  let worst: Variance | undefined;
  let linesTkr = 0;
  for (const v of parts.variances) {
    if (!isCurrent(v)) continue;
    if (v.kind === "total" || totalRows.has(v.row) || table.transposed) resultVariance = v;
    if (v.kind === "total" || v.kind === "ofWhich" || totalRows.has(v.row)) continue;
    linesTkr += tkr(v.computed, v.row);
    if (best === undefined || v.computed > best.computed) best = v;
    if (worst === undefined || v.computed < worst.computed) worst = v;
  }
  const sentences: string[] = [];
  if (resultVariance) {
    const total = totals.find((t) => t.row === resultVariance.row);
    const parts2 = total?.unbalanced ? total.breakdowns[0] : undefined;
    const deviation = parts2 ? sumOfRows(parts.variances.filter(isCurrent), parts2) : resultVariance.computed;
    const amount = tkr(deviation, resultVariance.row);
    if (interim) sentences.push(`Periodens resultat är ${result(amount, "om")}.`);
    else {
      const of = table.title ? ` för ${table.title.trim().toLocaleLowerCase("sv")}` : "";
      sentences.push(`Årets resultat${of} var ${result(amount, "på")}.`);
    }
    const share = percentOf(Math.abs(deviation), resultVariance.budget);
    if (share !== null && Math.abs(amount) >= 0.5) {
      sentences.push(`Det motsvarar ${formatNumber(share, 1)} procent av nettobudgeten.`);
    }
    const forecast = interim?.forecasts.find((f) => f.row === resultVariance.row);
    if (forecast && forecast.deviation !== null) {
      sentences.push(`Helårsprognosen pekar mot ${result(tkr(forecast.deviation, forecast.row), "om")}.`);
    }
  }
  if (!resultVariance && best) {
    // No total row: the result is the lines' deviations added up, and the sentence says so.
    const of = table.title ? ` för ${table.title.trim().toLocaleLowerCase("sv")}` : "";
    const summed = "räknat som summan av tabellens rader";
    sentences.push(
      interim
        ? `Periodens resultat, ${summed}, är ${result(linesTkr, "om")}.`
        : `Årets resultat${of}, ${summed}, var ${result(linesTkr, "på")}.`,
    );
  }
  if (best && best.computed > 0)
    sentences.push(`Störst positiv avvikelse har ${best.label}, ${signed(tkr(best.computed, best.row))}.`);
  if (worst && worst.computed < 0)
    sentences.push(`Störst negativ avvikelse har ${worst.label}, ${signed(tkr(worst.computed, worst.row))}.`);
  sentences.push(PLACEHOLDER);
  return sentences;
}

/**
 * The deviations of `rows` added up, each row's first of `variances`: by a map of rows, as an
 * unbalanced total's parts can be every line of the table.
 */
function sumOfRows(variances: readonly Variance[], rows: readonly { readonly row: number }[]): number {
  const firstByRow = new Map<number, Variance>();
  for (const v of variances) if (!firstByRow.has(v.row)) firstByRow.set(v.row, v);
  return rows.reduce((a, p) => a + (firstByRow.get(p.row)?.computed ?? 0), 0);
}

/** A budget table with no deviation to speak of (an empty budget column): why, and the placeholder. */
function withoutDeviations(table: SourceTable): string[] {
  const budgets = table.columns.filter((c) => c.role === "budget");
  const emptyBudget =
    budgets.length > 0 && table.lines.every((l) => budgets.every((c) => l.values[c.address] == null));
  return [
    emptyBudget
      ? "Budgeten saknas på alla rader, så ingen avvikelse mot budget kan räknas fram."
      : "Tabellen har ingen budget och inget utfall att jämföra, så ingen avvikelse kan räknas fram.",
    NO_DEVIATION,
  ];
}
