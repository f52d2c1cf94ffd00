import { cellRefsOf } from "../cellAddress";
import { amountColumns } from "../compute/amountColumns";
import { indexLinesByRow } from "../indexLinesByRow";
import { cleanNumber } from "../compute/cleanNumber";
import { roundingUnit, widenDecimals } from "../compute/roundingUnit";
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
 * The deviations of each line, in order, as chains through their indexes: the first of a line (by
 * the line's index) and the next on the same line. Two typed arrays, where a map of rows to lists
 * held a list for every line of a ledger.
 */
function chainVariances(
  variances: readonly Variance[],
  indexOf: (row: number) => number | undefined,
  lines: number,
) {
  const first = new Int32Array(lines).fill(-1);
  const last = new Int32Array(lines).fill(-1);
  const next = new Int32Array(variances.length).fill(-1);
  variances.forEach((v, i) => {
    const at = indexOf(v.row);
    if (at === undefined) return;
    if (last[at]! < 0) first[at] = i;
    else next[last[at]!] = i;
    last[at] = i;
  });
  return {
    /** The deviations on `row`, in order. */
    onRow(row: number): Variance[] {
      const found: Variance[] = [];
      for (let i = first[indexOf(row) ?? -1] ?? -1; i >= 0; i = next[i]!) found.push(variances[i]!);
      return found;
    },
    /** The last deviation on `row` of the same period and comparison as `v`. */
    samePairAt(row: number, v: Variance): Variance | undefined {
      let found: Variance | undefined;
      for (let i = first[indexOf(row) ?? -1] ?? -1; i >= 0; i = next[i]!) {
        if (isSamePair(variances[i]!, v)) found = variances[i];
      }
      return found;
    },
  };
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
  const chains = chainVariances(variances, indexOf, table.lines.length);
  const ref = cellRefsOf(table.sheet);
  const findings = new Map<string, Finding>();
  const add = (finding: Finding) => void (findings.has(finding.cell) || findings.set(finding.cell, finding));
  for (const total of totals) {
    const line = lineAt(total.row);
    if (!line) continue;
    const own = chains.onRow(total.row).filter((v) => v.given !== undefined && v.varianceCell !== undefined);
    for (const parts of total.breakdowns) {
      const sums = amountSums(columns, line, parts, lineAt, ref);
      // The parts' deviations of the same pair as `v`, added in order; undefined when one is missing.
      const componentDeviation = (v: Variance) => {
        let sum = 0;
        for (const p of parts) {
          const found = chains.samePairAt(p.row, v);
          if (!found) return undefined;
          sum += found.computed;
        }
        return cleanNumber(sum);
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
  columns: readonly Column[],
  line: Line,
  parts: readonly Part[],
  lineAt: (row: number) => Line | undefined,
  ref: (row: number, column: number) => string,
) {
  const sums: { cell: string; value: number; sum: number; tolerance: number }[] = [];
  for (const column of columns) {
    const value = line.values[column.address];
    if (value == null) continue;
    if (parts.some((p) => isUnreadable(lineAt(p.row), column))) continue;
    // The terms added in order, and their decimals widened after the total's own.
    let sum = 0;
    let decimals = widenDecimals(0, value);
    for (const p of parts) {
      const term = (lineAt(p.row)?.values[column.address] ?? 0) * p.sign;
      sum += term;
      decimals = widenDecimals(decimals, term);
    }
    const tolerance = 10 ** -decimals * parts.length + 1e-9;
    sums.push({ cell: ref(line.row, column.index), value, sum: cleanNumber(sum), tolerance });
  }
  return sums;
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
