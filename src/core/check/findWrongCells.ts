import { cellRefsOf } from "../cellAddress";
import { amountColumns } from "../compute/amountColumns";
import { cleanNumber } from "../compute/cleanNumber";
import { deviationOf } from "../compute/deviationOf";
import { percentOf } from "../compute/percentOf";
import { roundingUnit } from "../compute/roundingUnit";
import { indexLinesByRow } from "../indexLinesByRow";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Column, Finding, Line, SignConvention, SourceTable, Total, Variance } from "../types";

type Part = Total["breakdowns"][number][number];

/** A budget or outcome cell of a line that the line's given deviation and a total both say is wrong. */
export interface WrongCell {
  readonly cell: string;
  readonly row: number;
  readonly column: Column;
  readonly which: "budget" | "actual";
  /** The value the total gives (the given deviation gives the same, within rounding). */
  readonly expected: number;
  readonly actual: number;
  /** The line's deviation as computed, and with the cell set right. */
  readonly original: Variance;
  readonly corrected: Variance;
  readonly totalLabel: string;
}

/**
 * Cells an auditor finds wrong by reading a line against its total: a line whose given deviation
 * does not match its budget and outcome, where setting its budget (or outcome) to what the
 * deviation says also makes a total over the line add up (B: 2 000, 1 990, deviation 100, and
 * Summa 5 950 both give an outcome of 1 900). A total that adds up as it is clears the cell; a
 * total cell two lines would set right is neither's.
 */
export function findWrongCells(
  table: SourceTable,
  totals: readonly Total[],
  variances: readonly Variance[],
  convention: SignConvention,
): WrongCell[] {
  const totalRows = new Set(totals.map((t) => t.row));
  const suspects = variances.filter(
    (v) =>
      v.given !== undefined &&
      !totalRows.has(v.row) &&
      Math.abs(v.given - v.computed) > roundingUnit([v.budget, v.actual, v.given]) + 1e-9,
  );
  if (suspects.length === 0) return [];
  const indexOf = indexLinesByRow(table.lines);
  const lineAt = (row: number) => table.lines[indexOf(row) ?? -1];
  const ref = cellRefsOf(table.sheet);
  const columns = amountColumns(table);
  const containing = new Map<number, { total: Total; parts: readonly Part[]; sign: 1 | -1 }[]>();
  for (const total of totals)
    for (const parts of total.breakdowns)
      for (const p of parts) {
        const list = containing.get(p.row) ?? [];
        list.push({ total, parts, sign: p.sign });
        containing.set(p.row, list);
      }
  // A breakdown's gap (total − sum of its parts) and rounding unit in one column, once.
  const gaps = new Map<readonly Part[], Map<string, { gap: number; unit: number } | null>>();
  const gapOf = (total: Total, parts: readonly Part[], column: Column) => {
    const byColumn = gaps.get(parts) ?? new Map<string, { gap: number; unit: number } | null>();
    gaps.set(parts, byColumn);
    if (!byColumn.has(column.address)) {
      const value = lineAt(total.row)?.values[column.address];
      const terms = parts.map((p) => (lineAt(p.row)?.values[column.address] ?? 0) * p.sign);
      const sum = terms.reduce((a, b) => a + b, 0);
      byColumn.set(
        column.address,
        value == null ? null : { gap: cleanNumber(value - sum), unit: roundingUnit([value, ...terms]) },
      );
    }
    return byColumn.get(column.address) ?? null;
  };
  const found: (WrongCell & { readonly totalCell: string })[] = [];
  for (const v of suspects) {
    const line = lineAt(v.row);
    if (!line) continue;
    const delta = v.given! - v.computed;
    const s = deviationOf(convention, line, 1, 0);
    const options = [
      { which: "budget" as const, cell: v.budgetCell, current: v.budget, implied: v.budget + s * delta },
      { which: "actual" as const, cell: v.actualCell, current: v.actual, implied: v.actual - s * delta },
    ];
    const accepted = options.flatMap((o) => {
      const column = columns.find((c) => ref(v.row, c.index) === o.cell);
      if (!column) return [];
      let confirmed: { total: Total; expected: number } | undefined;
      for (const { total, parts, sign } of containing.get(v.row) ?? []) {
        const g = gapOf(total, parts, column);
        if (!g) continue;
        // A total that adds up with the cell as it is says the cell is right.
        if (Math.abs(g.gap) <= g.unit * parts.length + 1e-9) return [];
        const unit = Math.min(g.unit, roundingUnit([o.implied]));
        if (Math.abs(sign * (o.implied - o.current) - g.gap) <= unit + 1e-9)
          confirmed ??= { total, expected: cleanNumber(o.current + sign * g.gap) };
      }
      if (!confirmed) return [];
      const budget = o.which === "budget" ? confirmed.expected : v.budget;
      const actual = o.which === "actual" ? confirmed.expected : v.actual;
      const computed = deviationOf(convention, line, budget, actual);
      return [
        {
          cell: o.cell,
          row: v.row,
          column,
          which: o.which,
          expected: confirmed.expected,
          actual: o.current,
          original: v,
          corrected: { ...v, budget, actual, computed, percentOfBudget: percentOf(computed, budget) },
          totalLabel: confirmed.total.label,
          totalCell: ref(confirmed.total.row, column.index),
        },
      ];
    });
    if (accepted.length === 1) found.push(accepted[0]!);
  }
  const claims = new Map<string, number>();
  for (const w of found) claims.set(w.totalCell, (claims.get(w.totalCell) ?? 0) + 1);
  return found.filter((w) => claims.get(w.totalCell) === 1);
}

/** The table and its deviations with the wrong cells set right: what the other checks read. */
export function withWrongCellsSetRight(
  table: SourceTable,
  variances: readonly Variance[],
  wrong: readonly WrongCell[],
): { readonly table: SourceTable; readonly variances: readonly Variance[] } {
  if (wrong.length === 0) return { table, variances };
  const byRow = new Map<number, WrongCell[]>();
  for (const w of wrong) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const lines = table.lines.map((line): Line => {
    const onRow = byRow.get(line.row);
    if (!onRow) return line;
    const values = { ...line.values };
    for (const w of onRow) values[w.column.address] = w.expected;
    return { ...line, values };
  });
  const corrected = new Map(wrong.map((w) => [w.original, w.corrected]));
  return { table: { ...table, lines }, variances: variances.map((v) => corrected.get(v) ?? v) };
}

/** One finding per wrong cell, on that cell, with the value its deviation and its total give. */
export function wrongCellFindings(table: SourceTable, wrong: readonly WrongCell[]): Finding[] {
  const indexOf = indexLinesByRow(table.lines);
  return wrong.map((w) => {
    const label = table.lines[indexOf(w.row) ?? -1]?.label ?? w.corrected.label;
    const forecast = w.corrected.against === "forecast";
    const sv = w.which === "budget" ? "budgeten" : forecast ? "prognosen" : "utfallet";
    const en = w.which === "budget" ? "budget" : forecast ? "forecast" : "outcome";
    const given = w.corrected.given!;
    return makeFinding("variance-mismatch", {
      cell: w.cell,
      label,
      expected: w.expected,
      actual: w.actual,
      message: `${label}: ${sv} ${formatPlain(w.actual)} stämmer varken med avvikelsen ${formatPlain(given)} eller med ${w.totalLabel}, som båda ger ${formatPlain(w.expected)}.`,
      messageEn: `${label}: the ${en} ${w.actual} matches neither the deviation ${given} nor ${w.totalLabel}, which both give ${w.expected}.`,
    });
  });
}
