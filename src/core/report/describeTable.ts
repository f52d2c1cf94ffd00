import { formatNumber } from "../format/formatNumber";
import type { ReportRows } from "./collectReportRows";
import type { ReportOptions } from "./types";
import type { TableAnalysis } from "../types";

const METHODS: Record<ReportOptions["method"], string> = {
  "run-rate": "årstakt – utfallet hittills × 12 ÷ antal månader",
  "budget-profile": "budgetprofil – utfallet hittills + årets återstående budget",
  seasonal:
    "fjolårets säsongsprofil – utfallet hittills ÷ den andel av fjolårets helårsutfall som var nådd samma månad",
};

const CONVENTIONS = {
  ledger: "huvudbokens tecken",
  result: "resultatets tecken",
  absolute: "absoluta belopp",
} as const;

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
    for (const row of model.rows) {
      if (row.forecast && !row.sumOf) forecastLines.push(`${row.label}: ${row.forecast.explanation}`);
    }
  }
  const percent = formatNumber(options.thresholds.percent * 100, 0);
  const about = [
    signConvention.reason,
    ...(analysis.budgetNote ? [analysis.budgetNote] : []),
    ...(table.transposed ? ["Tabellen har år i kolumnerna i underlaget; här visas en rad per år."] : []),
    `Avvikelse: + är gynnsam (överskott), − ogynnsam (underskott). Grönt och rött markerar avvikelser på minst ${percent} % av budgeten och ${formatNumber(options.thresholds.amountTkr)} tkr; grått ligger inom gränsen.`,
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
