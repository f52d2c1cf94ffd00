import { cellRef } from "../cellAddress";
import { makeFinding } from "./makeFinding";
import type { Finding, SourceTable } from "../types";

/** Columns with a header and no value on any row: one finding each, on the header cell. */
export function checkEmptyColumns(table: SourceTable): Finding[] {
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.lines[0]?.row ?? 1;
  return table.columns.flatMap((column): Finding[] => {
    const empty = table.lines.every(
      (l) => l.values[column.address] == null && (l.cells[column.address]?.kind ?? "empty") === "empty",
    );
    if (!empty || table.lines.length === 0) return [];
    const header = column.header.replace(/\s+/g, " ").trim() || column.address;
    return [
      makeFinding("empty-column", {
        cell: cellRef(table.sheet, headerRow, column.index),
        label: header,
        message: `Kolumnen ${header} är tom på alla rader.`,
        messageEn: `The column ${header} is empty on every row.`,
      }),
    ];
  });
}
