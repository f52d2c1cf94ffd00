import { cellRef } from "../cellAddress";
import { amountColumns } from "../compute/amountColumns";
import { indexLinesByRow } from "../indexLinesByRow";
import { cleanNumber } from "../compute/cleanNumber";
import { roundingUnit } from "../compute/roundingUnit";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Column, Finding, Line, SourceTable, Total, Variance } from "../types";

type Part = Total["breakdowns"][number][number];

/** Two deviations of the same period and comparison (outcome or forecast), on any rows. */
const isSamePair = (a: Variance, b: Variance) =>
  a.against === b.against &&
  a.period.year === b.period.year &&
  a.period.fromMonth === b.period.fromMonth &&
  a.period.toMonth === b.period.toMonth;

/**
 * The deviation of `row` of the same period and comparison as `v`: the last such one, by the
 * row's own few deviations rather than a key composed for every deviation of the table.
 */
function samePairAt(byRow: ReadonlyMap<number, readonly Variance[]>, row: number, v: Variance) {
  const onRow = byRow.get(row) ?? [];
  for (let i = onRow.length - 1; i >= 0; i--) if (isSamePair(onRow[i]!, v)) return onRow[i];
  return undefined;
}

/**
 * Every total against its breakdowns, using the lines' recomputed deviations (a wrong deviation
 * on a line is that line's finding, not its total's). A total whose amounts are all its lines'
 * sums with the other sign is one sign-flip finding on the row; a difference of at most one unit
 * per added term is rounding.
 */
export function checkTotals(
  table: SourceTable,
  totals: readonly Total[],
  variances: readonly Variance[],
): Finding[] {
  const indexOf = indexLinesByRow(table.lines);
  const lineAt = (row: number) => table.lines[indexOf(row) ?? -1];
  const columns = amountColumns(table);
  const byRow = new Map<number, Variance[]>();
  for (const v of variances) {
    const onRow = byRow.get(v.row);
    if (onRow) onRow.push(v);
    else byRow.set(v.row, [v]);
  }
  const findings = new Map<string, Finding>();
  const add = (finding: Finding) => void (findings.has(finding.cell) || findings.set(finding.cell, finding));
  for (const total of totals) {
    const line = lineAt(total.row);
    if (!line) continue;
    const own = (byRow.get(total.row) ?? []).filter(
      (v) => v.given !== undefined && v.varianceCell !== undefined,
    );
    for (const parts of total.breakdowns) {
      const sums = amountSums(table, columns, line, parts, lineAt);
      const componentDeviation = (v: Variance) => {
        const found = parts.map((p) => samePairAt(byRow, p.row, v));
        return found.every((f) => f) ? cleanNumber(found.reduce((a, f) => a + f!.computed, 0)) : undefined;
      };
      if (
        total.unbalanced &&
        sums.length > 0 &&
        sums.every((s) => Math.abs(s.value + s.sum) <= s.tolerance) &&
        sums.some((s) => s.sum !== 0)
      ) {
        const v = own.find((x) => componentDeviation(x) !== undefined);
        const expected = v ? componentDeviation(v)! : sums[0]!.sum;
        const actual = v ? v.given! : sums[0]!.value;
        add(
          makeFinding("sign-flip", {
            cell: v ? v.varianceCell! : sums[0]!.cell,
            label: line.label,
            expected,
            actual,
            message: `Hela raden saknar sitt minustecken: beloppen är summan av raderna ovanför med omvänt tecken, och ${formatPlain(actual)} ser ut som ${actual > 0 ? "ett överskott" : "ett underskott"} fast raderna ger ${formatPlain(expected)}.`,
            messageEn: `The whole row lacks its minus sign: its amounts are the sums of the rows above with the opposite sign, and ${actual} reads as ${actual > 0 ? "a surplus" : "a deficit"} while the rows give ${expected}.`,
          }),
        );
        continue;
      }
      for (const s of sums) report(add, line, s.cell, s.sum, s.value, s.tolerance);
      if (sums.some((s) => Math.abs(s.value - s.sum) > 1e-9)) continue;
      for (const v of own) {
        const sum = componentDeviation(v);
        if (sum === undefined || Math.abs(v.given! - v.computed) > 1e-9) continue;
        report(
          add,
          line,
          v.varianceCell!,
          sum,
          v.given!,
          roundingUnit([v.given!, sum]) * parts.length + 1e-9,
        );
      }
    }
  }
  return [...findings.values()];
}

/**
 * A line whose cell in `column` cannot be read (an error value, text) or is missing among its
 * other numbers is its own finding (error-value, missing-value): the total is not blamed for it.
 */
function isUnreadable(part: Line | undefined, column: Column): boolean {
  const kind = part?.cells[column.address]?.kind ?? "empty";
  const gap = kind === "empty" && Object.values(part?.values ?? {}).some((v) => v != null);
  return gap || kind === "error" || kind === "text" || kind === "boolean";
}

function amountSums(
  table: SourceTable,
  columns: readonly Column[],
  line: Line,
  parts: readonly Part[],
  lineAt: (row: number) => Line | undefined,
) {
  return columns.flatMap((column) => {
    const value = line.values[column.address];
    if (value == null) return [];
    if (parts.some((p) => isUnreadable(lineAt(p.row), column))) return [];
    const terms = parts.map((p) => (lineAt(p.row)?.values[column.address] ?? 0) * p.sign);
    const sum = cleanNumber(terms.reduce((a, b) => a + b, 0));
    const tolerance = roundingUnit([value, ...terms]) * parts.length + 1e-9;
    return [{ cell: cellRef(table.sheet, line.row, column.index), value, sum, tolerance }];
  });
}

function report(
  add: (f: Finding) => void,
  line: Line,
  cell: string,
  expected: number,
  actual: number,
  tolerance: number,
) {
  const difference = Math.abs(actual - expected);
  if (difference < 1e-9) return;
  const rounding = difference <= tolerance;
  add(
    makeFinding(rounding ? "rounding" : "sum-mismatch", {
      cell,
      label: line.label,
      expected,
      actual,
      message: rounding
        ? `${line.label}: ${formatPlain(actual)} mot radernas summa ${formatPlain(expected)}, en avrundningsskillnad.`
        : `${line.label} är ${formatPlain(actual)} men raderna ovanför summerar till ${formatPlain(expected)}: saknas en rad?`,
      messageEn: rounding
        ? `${line.label}: ${actual} against the lines' sum ${expected}, a rounding difference.`
        : `${line.label} is ${actual} but the rows above add up to ${expected}: is a line missing?`,
    }),
  );
}
