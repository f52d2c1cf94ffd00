/**
 * SourceTables written by hand, as recognition should produce them: the label column is A, data
 * columns start at B, the header is on `headerRow` (2: the fixtures' title is on row 1) and the
 * rows follow it. Numbers are typed in as the fixtures' text reads ("– 8 814" is -8814).
 */
import { columnLetters } from "../../src/core/cellAddress";
import type {
  Column,
  ColumnRole,
  Line,
  ParsedCell,
  RowKind,
  RowRole,
  SourceTable,
  TableKind,
  Unit,
} from "../../src/core/types";

export interface ColumnSpec {
  readonly header: string;
  readonly role: ColumnRole;
  readonly year?: number;
  readonly fromMonth?: number;
  readonly toMonth?: number;
  readonly budgetKind?: "original" | "adjusted";
  readonly againstForecast?: boolean;
}

/** A number, an empty cell (null), or text that is not a number. */
export type CellSpec = number | null | { readonly text: string };

export interface RowSpec {
  readonly label: string;
  readonly kind: RowKind;
  readonly values: readonly CellSpec[];
  readonly role?: RowRole;
  readonly unit?: Unit;
  readonly section?: string;
}

export interface TableSpec {
  readonly sheet?: string;
  readonly title?: string;
  readonly unit?: Unit;
  readonly kind?: TableKind;
  readonly transposed?: boolean;
  readonly headerRow?: number;
  /** Numbers were pasted as text (every fixture but the synthetic one). */
  readonly fromText?: boolean;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
}

export function makeTable(spec: TableSpec): SourceTable {
  const headerRow = spec.headerRow ?? 2;
  const columns: Column[] = spec.columns.map((c, i) => ({
    index: i + 1,
    address: columnLetters(i + 1),
    header: c.header,
    role: c.role,
    ...(c.year !== undefined ? { year: c.year } : {}),
    fromMonth: c.fromMonth ?? 1,
    toMonth: c.toMonth ?? 12,
    ...(c.budgetKind ? { budgetKind: c.budgetKind } : {}),
    ...(c.againstForecast ? { againstForecast: true } : {}),
  }));
  const lines: Line[] = spec.rows.map((r, i) => {
    const cells: Record<string, ParsedCell> = {};
    const values: Record<string, number | null> = {};
    columns.forEach((column, j) => {
      const v = r.values[j] ?? null;
      if (v === null) cells[column.address] = { kind: "empty" };
      else if (typeof v === "number")
        cells[column.address] = { kind: "number", value: v, fromText: spec.fromText ?? false };
      else cells[column.address] = { kind: "text", text: v.text };
      values[column.address] = typeof v === "number" ? v : null;
    });
    return {
      row: headerRow + 1 + i,
      label: r.label,
      kind: r.kind,
      ...(r.role ? { role: r.role } : {}),
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.section ? { section: r.section } : {}),
      cells,
      values,
    };
  });
  const lastColumn = columnLetters(columns.length);
  return {
    sheet: spec.sheet ?? "Blad1",
    range: `A${headerRow}:${lastColumn}${headerRow + spec.rows.length}`,
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    kind: spec.kind ?? "budget",
    transposed: spec.transposed ?? false,
    unit: spec.unit ?? "tkr",
    headerRows: [headerRow],
    labelColumn: { index: 0, address: "A", header: "", role: "label", fromMonth: 1, toMonth: 12 },
    columns,
    lines,
  };
}
