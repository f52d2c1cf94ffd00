import { fromR1C1 } from "./fromR1C1";
import type { FakeCell } from "./fakeState";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * What Excel makes of a value written to a cell through `values` or `formulas`, as when a person
 * types it: a leading apostrophe keeps the rest as text (and is not part of the value); a cell
 * formatted as text ("@") keeps whatever it gets as text; "=…", "+…", "-…" and "@…" that are not
 * numbers become formulas; numeric text becomes a number, TRUE/FALSE a boolean.
 * `r1c1` marks a formula written through `formulasR1C1`, relative to (row, col).
 */
export function enterValue(
  cell: FakeCell,
  input: unknown,
  at?: { row: number; col: number; r1c1: boolean },
): void {
  delete cell.formula;
  if (input === "" || input === undefined) {
    cell.value = "";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = typeof input === "string" ? input : JSON.stringify(input);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    cell.value = percent ? n / 100 : n;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    return;
  }
  if (/^[=+\-@]./s.test(text)) {
    const formula = text.startsWith("=") ? text : `=${text}`;
    cell.formula = at?.r1c1 ? fromR1C1(formula, at.row, at.col) : formula;
    cell.value = "";
    return;
  }
  cell.value = text;
}
