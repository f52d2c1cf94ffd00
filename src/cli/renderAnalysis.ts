import { formatNumber } from "../core/format/formatNumber";
import type { Analysis, Column, Finding, Severity, TableAnalysis } from "../core/types";
import type { Lang } from "./CliError";
import { textsFor, type Texts } from "./texts";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const MAX_LABEL_WIDTH = 36;

/** A value as the reports print it: Swedish grouping and minus, up to two decimals as needed. */
function formatValue(value: number): string {
  const decimals = [0, 1, 2].find((d) => Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-6) ?? 2;
  return formatNumber(value, decimals);
}

function describePeriod(column: Column, t: Texts): string {
  const year = column.year === undefined ? "" : String(column.year);
  if (column.fromMonth === 1 && column.toMonth === 12) return year;
  const months = `${t.months[column.fromMonth - 1] ?? ""}–${t.months[column.toMonth - 1] ?? ""}`;
  return year === "" ? months : `${months} ${year}`;
}

function describeColumn(column: Column, t: Texts): string {
  let role = t.roles[column.role];
  if (column.budgetKind === "adjusted") role = t.adjustedBudget;
  if (column.budgetKind === "original") role = t.originalBudget;
  if (column.againstForecast) role = t.varianceAgainstForecast;
  return [column.address, role, describePeriod(column, t)].filter((part) => part !== "").join(" ");
}

function countFindings(findings: readonly Finding[], t: Texts): string {
  return SEVERITIES.map((s) => t.count(s, findings.filter((f) => f.severity === s).length)).join(", ");
}

function renderFinding(
  finding: Finding,
  widths: { cell: number; label: number },
  lang: Lang,
  t: Texts,
): string {
  const cell = finding.cell.slice(finding.cell.lastIndexOf("!") + 1);
  const numbers = [
    finding.expected === undefined ? "" : `${t.expected} ${formatValue(finding.expected)}`,
    finding.actual === undefined ? "" : `${t.actual} ${formatValue(finding.actual)}`,
  ].filter((part) => part !== "");
  const message = lang === "sv" ? finding.message : finding.messageEn;
  const tail = numbers.length === 0 ? "" : ` (${numbers.join(", ")})`;
  return `    ${cell.padEnd(widths.cell)}  ${finding.label.padEnd(widths.label)}  ${finding.code}  ${message}${tail}`;
}

function renderTable(analysis: TableAnalysis, lang: Lang, t: Texts): string[] {
  const { table, signConvention, findings } = analysis;
  // A key-figure table has no budget to deviate from: its sign convention says nothing.
  const convention =
    table.kind === "keyFigures"
      ? []
      : [
          `  ${t.signConvention}: ${t.conventions[signConvention.convention]}. ${lang === "sv" ? signConvention.reason : signConvention.reasonEn}`,
        ];
  const lines = [
    table.title === undefined ? analysis.key : `${analysis.key}  ${table.title}`,
    `  ${t.unit}: ${t.units[table.unit]}`,
    ...convention,
    `  ${t.columns}: ${[table.labelColumn, ...table.columns].map((c) => describeColumn(c, t)).join(", ")}`,
  ];
  if (analysis.budgetNote !== undefined) lines.push(`  ${analysis.budgetNote}`);
  if (findings.length === 0) return [...lines, `  ${t.noFindings}`];
  lines.push(`  ${countFindings(findings, t)}`);
  const widths = {
    cell: Math.max(...findings.map((f) => f.cell.length - f.cell.lastIndexOf("!") - 1)),
    label: Math.min(MAX_LABEL_WIDTH, Math.max(...findings.map((f) => f.label.length))),
  };
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${t.severities[severity]}`, ...group.map((f) => renderFinding(f, widths, lang, t)));
  }
  return lines;
}

/**
 * The human-readable output of `check`: per table a heading (sheet and range, title, unit,
 * sign convention and why, column roles), then its findings grouped by severity, then a total.
 */
export function renderAnalysis(analysis: Analysis, lang: Lang): string {
  const t = textsFor(lang);
  const blocks = analysis.tables.map((table) => renderTable(table, lang, t).join("\n"));
  const findings = analysis.tables.flatMap((table) => table.findings);
  const summary = `${t.tables(analysis.tables.length)}: ${countFindings(findings, t)}`;
  return [...blocks, summary].join("\n\n") + "\n";
}
