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
import { settingFor, tableKey } from "./tableKey";
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
const NAMES_EN = { ledger: "ledger signs", result: "result signs", absolute: "absolute amounts" } as const;

/** The table with the lines the user marked inverted (by label) flagged. */
function markInverted(table: SourceTable, labels: readonly string[] | undefined): SourceTable {
  if (labels === undefined || labels.length === 0) return table;
  const marked = new Set(labels);
  return {
    ...table,
    lines: table.lines.map((line) => (marked.has(line.label) ? { ...line, inverted: true } : line)),
  };
}

/**
 * One recognised table computed and checked: its sign convention (the user's choice, by the table's
 * settings key, before the detected one), totals, deviations, forecasts for an interim table, key
 * figures and trends, commentary stubs and findings.
 */
export function analyseTable(
  source: SourceTable,
  options: AnalysisOptions,
  monthly: readonly MonthlySeries[],
): TableAnalysis {
  const key = tableKey(source);
  const chosen = settingFor(options.signConventions, key);
  const signConvention: SignConventionChoice = chosen
    ? {
        convention: chosen,
        source: "user",
        reason: `Vald av användaren: ${NAMES[chosen]}.`,
        reasonEn: `Chosen by the user: ${NAMES_EN[chosen]}.`,
      }
    : detectSignConvention(source);
  // Lines the user marked inverted turn once the table's own convention is known, not before.
  const table = markInverted(source, settingFor(options.invertedLines, key));
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
    findings: checkTable(table, { totals, variances, thresholds: options.thresholds, convention }),
  };
}
