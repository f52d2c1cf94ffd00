import { cellRef } from "../cellAddress";
import { amountColumns } from "../compute/amountColumns";
import { cleanNumber } from "../compute/cleanNumber";
import { roundingUnit } from "../compute/roundingUnit";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Finding, Line, SourceTable, Total, Variance } from "../types";

type Part = Total["breakdowns"][number][number];
const keyOf = (v: Variance, row = v.row) =>
  `${row}|${v.period.year}|${v.period.fromMonth}|${v.period.toMonth}|${v.against}`;

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
  const lines = new Map(table.lines.map((l) => [l.row, l]));
  const byKey = new Map(variances.map((v) => [keyOf(v), v]));
  const byRow = new Map<number, Variance[]>();
  for (const v of variances) byRow.set(v.row, [...(byRow.get(v.row) ?? []), v]);
  const findings = new Map<string, Finding>();
  const add = (finding: Finding) => void (findings.has(finding.cell) || findings.set(finding.cell, finding));
  for (const total of totals) {
    const line = lines.get(total.row);
    if (!line) continue;
    const own = (byRow.get(total.row) ?? []).filter(
      (v) => v.given !== undefined && v.varianceCell !== undefined,
    );
    for (const parts of total.breakdowns) {
      const sums = amountSums(table, line, parts, lines);
      const componentDeviation = (v: Variance) => {
        const found = parts.map((p) => byKey.get(keyOf(v, p.row)));
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

function amountSums(
  table: SourceTable,
  line: Line,
  parts: readonly Part[],
  lines: ReadonlyMap<number, Line>,
) {
  return amountColumns(table).flatMap((column) => {
    const value = line.values[column.address];
    if (value == null) return [];
    // A line whose cell cannot be read (an error value, text) or is missing among its other numbers
    // is its own finding (error-value, missing-value): the total is not blamed for that one cell.
    const unreadable = (row: number) => {
      const part = lines.get(row);
      const kind = part?.cells[column.address]?.kind ?? "empty";
      const gap = kind === "empty" && Object.values(part?.values ?? {}).some((v) => v != null);
      return gap || kind === "error" || kind === "text" || kind === "boolean";
    };
    if (parts.some((p) => unreadable(p.row))) return [];
    const terms = parts.map((p) => (lines.get(p.row)?.values[column.address] ?? 0) * p.sign);
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
