import { formatPlain } from "./formatPlain";
import { roundingUnit } from "../compute/roundingUnit";
import { makeFinding } from "./makeFinding";
import type { Finding, Line, SourceTable, Variance } from "../types";

/**
 * The label of the line a cell is on (the first line of its row), else `fallback`: a map of rows
 * made at the first finding, not a search of every line per finding (quadratic when a whole
 * deviation column is wrong).
 */
function labelsByCell(table: SourceTable): (cell: string, fallback: string) => string {
  let firstByRow: Map<number, Line> | undefined;
  return (cell, fallback) => {
    if (!firstByRow) {
      firstByRow = new Map();
      for (const l of table.lines) if (!firstByRow.has(l.row)) firstByRow.set(l.row, l);
    }
    return firstByRow.get(Number(/(\d+)$/.exec(cell)?.[1]))?.label ?? fallback;
  };
}

/**
 * Every deviation the table shows against the one recomputed from its budget and outcome: the
 * same number with the other sign is a sign flip, a difference of one unit is rounding, any
 * other difference a mismatch. Totals are left to the sum check when they are sign-less rows.
 */
export function checkVariances(table: SourceTable, variances: readonly Variance[]): Finding[] {
  const labelAt = labelsByCell(table);
  // A loop with a list of findings, not a list per deviation: most of a ledger's are right.
  const findings: Finding[] = [];
  for (const v of variances) {
    if (v.given === undefined || v.varianceCell === undefined) continue;
    const difference = v.given - v.computed;
    if (Math.abs(difference) < 1e-9) continue;
    const unit = roundingUnit([v.budget, v.actual, v.given]);
    const cell = v.varianceCell;
    const label = labelAt(cell, v.label);
    const given = formatPlain(v.given);
    const computed = formatPlain(v.computed);
    const base = { cell, label, expected: v.computed, actual: v.given };
    if (Math.abs(difference) <= unit + 1e-9) {
      findings.push(
        makeFinding("rounding", {
          ...base,
          message: `Avvikelsen ${given} skiljer sig från budget och utfall (${computed}) med en enhet: avrundning.`,
          messageEn: `The deviation ${v.given} differs from budget and outcome (${v.computed}) by one unit: rounding.`,
        }),
      );
    } else if (Math.abs(v.given + v.computed) <= unit + 1e-9) {
      findings.push(
        makeFinding("sign-flip", {
          ...base,
          message: `Avvikelsen ${given} har fel tecken: budget och utfall ger ${computed}.`,
          messageEn: `The deviation ${v.given} has the wrong sign: budget and outcome give ${v.computed}.`,
        }),
      );
    } else {
      findings.push(
        makeFinding("variance-mismatch", {
          ...base,
          message: `Avvikelsen ${given} stämmer inte med budget och utfall, som ger ${computed}.`,
          messageEn: `The deviation ${v.given} does not match budget and outcome, which give ${v.computed}.`,
        }),
      );
    }
  }
  return findings;
}
