import { formatNumber } from "../format/formatNumber";
import { formatThresholds } from "../format/formatThresholds";
import { isMaterial } from "./amountThreshold";
import type { ReportRows } from "./collectReportRows";
import type { ReportOptions } from "./types";
import type { TableAnalysis } from "../types";

const METHODS: Record<ReportOptions["method"], string> = {
  "run-rate": "årstakt – utfallet hittills × 12 ÷ antal månader",
  "budget-profile": "budgetprofil – utfallet hittills + årets återstående budget",
  seasonal:
    "fjolårets säsongsprofil – utfallet hittills ÷ den andel av fjolårets helårsutfall som var nådd samma månad",
};

/**
 * Under a table of at most this many forecast lines each line's explanation is listed; under a
 * longer one (a ledger extract) only those of lines whose forecast deviates materially from the
 * full-year budget, at most this many: a report is read by people, and the rest say the same.
 */
export const MAX_EXPLAINED_LINES = 30;

const CONVENTIONS = {
  ledger: "huvudbokens tecken",
  result: "resultatets tecken",
  absolute: "absoluta belopp",
} as const;

/** "Intäkter", "Intäkter och Kostnader", "A, B och C". */
const joinNames = (names: readonly string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}`;

/** What a transposed table became: a row per year, its other lines as columns. */
const transposedNote = (leading: readonly string[]) =>
  `Tabellen har år i kolumnerna i underlaget; här visas en rad per år${
    leading.length > 0 ? `, med ${joinNames(leading)} som egna kolumner` : ""
  }.`;

/** The line under a report's title, and the notes under its table: method, conventions, errors found. */
export function describeTable(
  analysis: TableAnalysis,
  model: ReportRows | undefined,
  options: ReportOptions,
) {
  const { table, signConvention } = analysis;
  const amounts = ["tkr", "kr", "mnkr", "mdkr"].includes(table.unit) ? ` · Belopp i ${table.unit}` : "";
  const convention =
    table.kind === "keyFigures" ? "" : ` · Teckenkonvention: ${CONVENTIONS[signConvention.convention]}`;
  const meta = `Källa: ${analysis.key}${amounts}${convention}`;
  const forecastLines: string[] = [];
  if (model?.forecastHeader !== undefined) {
    forecastLines.push(
      `Metod: ${METHODS[options.method]}. En summarads prognos är summan av radernas prognoser.`,
    );
    if (model.rows.some((r) => r.forecast?.given))
      forecastLines.push("Prognos i kursiv stil är angiven i underlaget och har behållits.");
    const lines = model.rows.flatMap((row) => (row.forecast && !row.sumOf ? [row] : []));
    const deviatesMaterially = (row: (typeof lines)[number]) => {
      const budget = row.fullBudget ?? 0;
      return isMaterial((row.forecast?.value ?? 0) - budget, budget, table.unit, options.thresholds);
    };
    const listed =
      lines.length <= MAX_EXPLAINED_LINES
        ? lines
        : lines.filter(deviatesMaterially).slice(0, MAX_EXPLAINED_LINES);
    for (const row of listed) forecastLines.push(`${row.label}: ${row.forecast?.explanation ?? ""}`);
    const rest = formatNumber(lines.length - listed.length);
    if (listed.length < lines.length)
      forecastLines.push(
        listed.length === 0
          ? `Ingen rads prognos avviker väsentligt från helårsbudgeten; alla ${rest} rader har prognos med samma metod.`
          : `Ovan de första ${listed.length} rader vars prognos avviker väsentligt från helårsbudgeten; övriga ${rest} rader har prognos med samma metod.`,
      );
  }
  const about = [
    signConvention.reason,
    ...(analysis.budgetNote ? [analysis.budgetNote] : []),
    ...(table.transposed ? [transposedNote(model?.leadingHeaders ?? [])] : []),
    `Avvikelse: + är gynnsam (överskott), − ogynnsam (underskott). Grönt och rött markerar avvikelser mot budgeten på minst ${formatThresholds(options.thresholds)}; grått ligger inom gränsen.`,
  ];
  const errors = analysis.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.label} (${f.cell}): ${f.message}`);
  return {
    meta,
    notes: [
      { heading: "Helårsprognos", lines: forecastLines },
      { heading: "Om tabellen", lines: about },
      { heading: "Kontroller: fel i underlaget", lines: errors },
    ],
  };
}
