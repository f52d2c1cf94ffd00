import type { Column, Line, ParsedCell, RowKind, TableKind, Unit } from "../types";
import { classifyLabel, type LabelClass } from "./classifyLabel";
import type { ReadGrid } from "./readGrid";

export interface LineSource {
  readonly grid: ReadGrid;
  readonly labelCol: number;
  /** 0-based grid column of each data column, in the order of `columns`. */
  readonly dataCols: readonly number[];
  readonly columns: readonly Column[];
  readonly originRow: number;
  readonly kind: TableKind;
  /** The unit of a key-figure line whose label names none; undefined to leave it unset. */
  readonly measureUnit?: Unit;
}

function kindOf(label: string, labelClass: LabelClass, hasNumber: boolean, table: TableKind): RowKind {
  const { kind } = labelClass;
  if (kind === "note" || (label === "" && !hasNumber)) return "note";
  if (!hasNumber) return "section";
  return table === "keyFigures" ? "measure" : kind;
}

/**
 * A line without a unit or notes, as most are: a literal for each shape, so V8 keeps every
 * property inside the line, where spreading the optional ones puts them in a second store.
 */
function plainLine(
  row: number,
  label: string,
  section: string | undefined,
  kind: RowKind,
  cells: Line["cells"],
  values: Line["values"],
): Line {
  return section === undefined
    ? { row, label, kind, cells, values }
    : { row, label, section, kind, cells, values };
}

/**
 * The lines of a table body (0-based grid rows `first`–`last`): a key for every data column in
 * `cells` and `values` (null where no number), the kind from the label, a label row without
 * numbers as a section carried by the lines below it, the unit the label names, and the
 * footnote marks of the row's numbers.
 */
export function buildLines(source: LineSource, first: number, last: number): Line[] {
  const { grid, labelCol, dataCols, columns } = source;
  // Made as long as the body at once: grown a line at a time, a ledger's list is copied ~25 times.
  const lines = new Array<Line>(Math.max(0, last - first + 1));
  // Labels repeat (the same accounts under every unit of a ledger): each is read and classified once.
  const labels = new Map<string, { readonly label: string; readonly labelClass: LabelClass }>();
  let section: string | undefined;
  for (let r = first; r <= last; r++) {
    const cells: Record<string, ParsedCell> = {};
    const values: Record<string, number | null> = {};
    // Made only for a row with a footnote mark, as few rows have one.
    let notes: string[] | undefined;
    // An Excel error stands where a number should: the row is a line with an unreadable value, not a heading.
    let hasNumber = false;
    for (let i = 0; i < columns.length; i++) {
      const address = columns[i]!.address;
      const cell = grid.cell(r, dataCols[i] ?? -1);
      cells[address] = cell;
      values[address] = cell.kind === "number" ? cell.value : null;
      if (cell.kind === "number" || cell.kind === "error") hasNumber = true;
      if (cell.kind === "number" && cell.note !== undefined && !notes?.includes(cell.note))
        (notes ??= []).push(cell.note);
    }
    const text = grid.text(r, labelCol);
    let read = labels.get(text);
    if (read === undefined) {
      const label = text.replace(/[\s\u00a0\u2009\u202f]+/g, " ");
      labels.set(text, (read = { label, labelClass: classifyLabel(label) }));
    }
    const { label, labelClass } = read;
    const kind = kindOf(label, labelClass, hasNumber, source.kind);
    const unit = labelClass.unit ?? (kind === "measure" ? source.measureUnit : undefined);
    const row = source.originRow + r + 1;
    const inSection = kind !== "section" ? section : undefined;
    lines[r - first] =
      unit || notes
        ? {
            row,
            label,
            ...(inSection !== undefined ? { section: inSection } : {}),
            kind,
            ...(unit ? { unit } : {}),
            cells,
            values,
            ...(notes ? { notes } : {}),
          }
        : plainLine(row, label, inSection, kind, cells, values);
    if (kind === "section") section = label;
  }
  return lines;
}
