/**
 * What must hold of any analysis and any report layout, whatever the input: each function lists
 * the violations it finds (empty when all is well), so a failing test says what broke.
 */
import type { ReportLayout } from "../../src/core/report/types";
import type { Analysis, SheetGrid } from "../../src/core/types";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Every number anywhere in a value, with its path. */
function numbersIn(value: unknown, path: string, out: [string, number][]): [string, number][] {
  if (typeof value === "number") out.push([path, value]);
  else if (value instanceof Map) for (const [k, v] of value) numbersIn(v, `${path}.${String(k)}`, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

/** Every string anywhere in a value, with its path. */
function stringsIn(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) stringsIn(v, `${path}.${k}`, out);
  return out;
}

/** "B12" → 1-based column and row. */
export function parseAddress(address: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) return undefined;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

/** "'Blad 1'!B12" → sheet name and address. */
export function splitCellRef(ref: string): { sheet: string; address: string } | undefined {
  const at = ref.lastIndexOf("!");
  if (at < 0) return undefined;
  const quoted = ref.slice(0, at);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, address: ref.slice(at + 1) };
}

/** The 1-based bounds of a sheet's cells, as the host read them. */
function boundsOf(sheet: SheetGrid) {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const cols = Math.max(0, ...sheet.cells.map((r) => r.length));
  return {
    top: origin.row + 1,
    left: origin.col + 1,
    bottom: origin.row + sheet.cells.length,
    right: origin.col + cols,
  };
}

const BROKEN_WORD = /\b(NaN|Infinity|undefined)\b/;

/** True when a cell of the input already holds one of the words a broken number prints as. */
export function hasBrokenWord(sheets: readonly SheetGrid[]): boolean {
  return sheets.some((s) =>
    s.cells.some((row) => row.some((v) => typeof v === "string" && BROKEN_WORD.test(v))),
  );
}

/** Analysis: finite numbers, readable texts, and every finding on a cell inside the grid it came from. */
export function analysisProblems(analysis: Analysis, sheets: readonly SheetGrid[]): string[] {
  const problems: string[] = [];
  for (const [path, n] of numbersIn(analysis, "analysis", [])) {
    if (!Number.isFinite(n)) problems.push(`${path} is ${n}`);
  }
  if (!hasBrokenWord(sheets))
    for (const [path, s] of stringsIn(analysis, "analysis", []))
      if (BROKEN_WORD.test(s)) problems.push(`${path} reads "${s}"`);
  for (const t of analysis.tables) {
    for (const f of t.findings) {
      const ref = splitCellRef(f.cell);
      const sheet = sheets.find((s) => s.name === ref?.sheet);
      const at = ref && parseAddress(ref.address);
      if (!ref || !sheet || !at) {
        problems.push(`${f.code} names no cell of a sheet: ${f.cell}`);
        continue;
      }
      const b = boundsOf(sheet);
      if (at.row < b.top || at.row > b.bottom || at.col < b.left || at.col > b.right)
        problems.push(
          `${f.code} at ${f.cell} is outside ${sheet.name} rows ${b.top}-${b.bottom} cols ${b.left}-${b.right}`,
        );
      if (f.row !== at.row) problems.push(`${f.code} at ${f.cell} says row ${f.row}`);
      if (f.message.trim() === "" || f.messageEn.trim() === "")
        problems.push(`${f.code} at ${f.cell} has no message`);
    }
  }
  return problems;
}

/** Sheet names a formula reaches: "'Blad 1'!A1" and "Blad1!A1". */
function sheetsReferenced(formula: string): string[] {
  const names: string[] = [];
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of withoutStrings.matchAll(/'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!/gu)) {
    names.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!);
  }
  return names;
}

function rangeInside(range: string): boolean {
  return range.split(":").every((part) => {
    const at = parseAddress(part);
    return at !== undefined && at.row >= 1 && at.row <= MAX_ROW && at.col >= 1 && at.col <= MAX_COL;
  });
}

/**
 * Layout: each sheet a valid, unique name that is none of the user's; every cell once, inside
 * the sheet; numbers finite; formulas reaching only the report's own sheets and the sources.
 */
export function layoutProblems(layout: ReportLayout, sources: readonly SheetGrid[]): string[] {
  const problems: string[] = [];
  const sourceNames = sources.map((s) => s.name);
  const checkWords = !hasBrokenWord(sources);
  const seen = new Set<string>();
  const user = new Set(sourceNames.map((n) => n.toLowerCase()));
  const reachable = new Set([...sourceNames, ...layout.sheets.map((s) => s.name)]);
  for (const sheet of layout.sheets) {
    const name = sheet.name;
    if (name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
      problems.push(`invalid sheet name "${name}"`);
    if (seen.has(name.toLowerCase())) problems.push(`sheet name "${name}" used twice`);
    if (user.has(name.toLowerCase())) problems.push(`sheet "${name}" takes a user's sheet name`);
    seen.add(name.toLowerCase());
    const taken = new Set<string>();
    for (const cell of sheet.cells) {
      const where = `${name}!R${cell.row}C${cell.col}`;
      if (
        !Number.isInteger(cell.row) ||
        !Number.isInteger(cell.col) ||
        cell.row < 1 ||
        cell.col < 1 ||
        cell.row > MAX_ROW ||
        cell.col > MAX_COL
      )
        problems.push(`${where} is outside a sheet`);
      if (taken.has(`${cell.row}:${cell.col}`)) problems.push(`${where} written twice`);
      taken.add(`${cell.row}:${cell.col}`);
      const c = cell.content;
      if (c.kind === "number" && !Number.isFinite(c.value)) problems.push(`${where} is ${c.value}`);
      if (c.kind === "formula") {
        if (typeof c.result === "number" && !Number.isFinite(c.result))
          problems.push(`${where} caches ${c.result}`);
        if (!c.formula.startsWith("=")) problems.push(`${where} formula without "=": ${c.formula}`);
        for (const target of sheetsReferenced(c.formula))
          if (!reachable.has(target)) problems.push(`${where} reaches sheet "${target}": ${c.formula}`);
      }
      if (checkWords && c.kind === "text" && BROKEN_WORD.test(c.text))
        problems.push(`${where} reads "${c.text}"`);
    }
    for (const range of [...sheet.merges, ...sheet.conditionalFormats.map((f) => f.range), sheet.print.area])
      if (!rangeInside(range)) problems.push(`${name}: range ${range} is outside a sheet`);
    for (const chart of sheet.charts) {
      if (chart.values.some((v) => !Number.isFinite(v))) problems.push(`${name}: chart value not finite`);
      for (const target of [chart.categoriesRange, chart.valuesRange].flatMap(sheetsReferenced))
        if (target !== name) problems.push(`${name}: chart reads sheet "${target}"`);
    }
  }
  return problems;
}
