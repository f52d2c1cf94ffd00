import { checkTable } from "./check/checkTable";
import { writeCommentary } from "./commentary/writeCommentary";
import { writeKeyFigureCommentary } from "./commentary/writeKeyFigureCommentary";
import { computeInterim } from "./compute/computeInterim";
import { computeKeyFigures } from "./compute/computeKeyFigures";
import { computeTrends } from "./compute/computeTrends";
import { computeVariances } from "./compute/computeVariances";
import { detectSignConvention } from "./compute/detectSignConvention";
import { findTotals } from "./compute/findTotals";
import { writeBudgetNote } from "./compute/writeBudgetNote";
import { tableKey } from "./tableKey";
import type {
  AnalysisOptions,
  MonthlySeries,
  SignConventionChoice,
  SourceTable,
  TableAnalysis,
} from "./types";

const NAMES = {
  ledger: "huvudbokens tecken",
  result: "resultatets tecken",
  absolute: "absoluta belopp",
} as const;

/**
 * One recognised table computed and checked: its sign convention (the user's choice, by table
 * key, before the detected one), totals, deviations, forecasts for an interim table, key
 * figures and trends, commentary stubs and findings.
 */
export function analyseTable(
  table: SourceTable,
  options: AnalysisOptions,
  monthly: readonly MonthlySeries[],
): TableAnalysis {
  const key = tableKey(table);
  const chosen = options.signConventions?.[key];
  const signConvention: SignConventionChoice = chosen
    ? { convention: chosen, source: "user", reason: `Vald av användaren: ${NAMES[chosen]}.` }
    : detectSignConvention(table);
  const convention = signConvention.convention;
  const totals = findTotals(table, convention);
  const variances = computeVariances(table, convention);
  const interim = computeInterim(table, convention, totals, options.method, monthly);
  const budgetNote = writeBudgetNote(table);
  const keyFigures = computeKeyFigures(table);
  return {
    key,
    table,
    signConvention,
    ...(budgetNote !== undefined ? { budgetNote } : {}),
    totals,
    variances,
    ...(interim !== undefined ? { interim } : {}),
    keyFigures,
    trends: computeTrends(table),
    commentary:
      table.kind === "keyFigures"
        ? writeKeyFigureCommentary(keyFigures)
        : writeCommentary({ table, totals, variances, interim }),
    findings: checkTable(table, { totals, variances, thresholds: options.thresholds }),
  };
}
