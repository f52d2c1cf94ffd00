import { againstRecomputedTotals } from "./againstRecomputedTotals";
import { checkDuplicateColumns } from "./checkDuplicateColumns";
import { checkEmptyColumns } from "./checkEmptyColumns";
import { checkErrorValues } from "./checkErrorValues";
import { checkMaterialDeviations } from "./checkMaterialDeviations";
import { checkMissingValues } from "./checkMissingValues";
import { checkSeriesBreaks } from "./checkSeriesBreaks";
import { checkTextNumbers } from "./checkTextNumbers";
import { checkTotals } from "./checkTotals";
import { checkVariances } from "./checkVariances";
import { findWrongCells, withWrongCellsSetRight, wrongCellFindings } from "./findWrongCells";
import type { Finding, SignConvention, SourceTable, Thresholds, Total, Variance } from "../types";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every check on one table: errors first, then warnings, then notes; by row within each. One wrong
 * cell is one finding: a line's budget or outcome that its deviation and its total both say is
 * wrong is reported there and set right for the other checks, and a total row's deviation is read
 * against the sums of its lines.
 */
export function checkTable(
  table: SourceTable,
  parts: {
    readonly totals: readonly Total[];
    readonly variances: readonly Variance[];
    readonly thresholds: Thresholds;
    readonly convention: SignConvention;
  },
): Finding[] {
  const wrong = findWrongCells(table, parts.totals, parts.variances, parts.convention);
  const setRight = withWrongCellsSetRight(table, parts.variances, wrong);
  const totalFindings = checkTotals(setRight.table, parts.totals, setRight.variances);
  const variances = againstRecomputedTotals(table, setRight.variances, totalFindings, parts.convention);
  const findings = [
    ...wrongCellFindings(table, wrong),
    ...checkVariances(table, variances),
    ...totalFindings,
    ...checkMaterialDeviations(table, variances, parts.thresholds),
    ...checkErrorValues(table),
    ...checkDuplicateColumns(table),
    ...checkMissingValues(table),
    ...checkSeriesBreaks(table),
    ...checkTextNumbers(table),
    ...checkEmptyColumns(table),
  ];
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.row - b.row);
}
