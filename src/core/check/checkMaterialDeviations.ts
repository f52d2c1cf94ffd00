import { toTkr } from "../format/formatAmount";
import { formatNumber } from "../format/formatNumber";
import { formatThresholds } from "../format/formatThresholds";
import { indexLinesByRow } from "../indexLinesByRow";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Finding, SourceTable, Thresholds, Variance } from "../types";

/**
 * Deviations over the materiality thresholds: |avvikelse| ≥ the share of budget AND ≥ the amount
 * in tkr (the table's unit converted; a unit that is not money is taken as tkr).
 */
export function checkMaterialDeviations(
  table: SourceTable,
  variances: readonly Variance[],
  thresholds: Thresholds,
): Finding[] {
  const indexOf = indexLinesByRow(table.lines);
  // A loop with a list of findings, not a list per deviation: most of a ledger's are small.
  const findings: Finding[] = [];
  for (const v of variances) {
    const line = table.lines[indexOf(v.row) ?? -1];
    const magnitude = Math.abs(v.computed);
    const tkr = toTkr(magnitude, line?.unit ?? table.unit) ?? magnitude;
    if (
      magnitude === 0 ||
      magnitude < thresholds.percent * Math.abs(v.budget) - 1e-9 ||
      tkr < thresholds.amountTkr - 1e-9
    )
      continue;
    const percent = v.percentOfBudget === null ? "" : ` (${formatNumber(v.percentOfBudget, 1)} % av budget)`;
    const side = v.computed > 0 ? "överskott" : "underskott";
    const limit = formatThresholds(thresholds);
    findings.push(
      makeFinding("material-deviation", {
        cell: v.varianceCell ?? v.actualCell,
        label: v.label,
        actual: v.computed,
        message: `${v.label}: ${side} om ${formatPlain(magnitude)}${percent}, över väsentlighetsgränsen (${limit}); kommentera orsaken.`,
        messageEn: `${v.label}: deviation ${v.computed} is over the materiality thresholds (${Number((thresholds.percent * 100).toFixed(2))} % and ${thresholds.amountTkr} tkr); explain the cause.`,
      }),
    );
  }
  return findings;
}
