import { checkDuplicateColumns } from "./checkDuplicateColumns";
import { checkEmptyColumns } from "./checkEmptyColumns";
import { checkErrorValues } from "./checkErrorValues";
import { checkMaterialDeviations } from "./checkMaterialDeviations";
import { checkMissingValues } from "./checkMissingValues";
import { checkSeriesBreaks } from "./checkSeriesBreaks";
import { checkTextNumbers } from "./checkTextNumbers";
import { checkTotals } from "./checkTotals";
import { checkVariances } from "./checkVariances";
import type { Finding, SourceTable, Thresholds, Total, Variance } from "../types";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every check on one table: errors first, then warnings, then notes; by row within each. */
export function checkTable(
  table: SourceTable,
  parts: {
    readonly totals: readonly Total[];
    readonly variances: readonly Variance[];
    readonly thresholds: Thresholds;
  },
): Finding[] {
  const findings = [
    ...checkVariances(table, parts.variances),
    ...checkTotals(table, parts.totals, parts.variances),
    ...checkMaterialDeviations(table, parts.variances, parts.thresholds),
    ...checkErrorValues(table),
    ...checkDuplicateColumns(table),
    ...checkMissingValues(table),
    ...checkSeriesBreaks(table),
    ...checkTextNumbers(table),
    ...checkEmptyColumns(table),
  ];
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.row - b.row);
}
