import { cellRef } from "../cellAddress";
import { makeFinding } from "./makeFinding";
import type { Column, Finding, Line, SourceTable } from "../types";

/** Numbers stored as text: one finding for the table, on the first such cell, with the count. */
export function checkTextNumbers(table: SourceTable): Finding[] {
  let first: { readonly line: Line; readonly column: Column } | undefined;
  let count = 0;
  for (const line of table.lines) {
    for (const column of table.columns) {
      const cell = line.cells[column.address];
      if (cell?.kind !== "number" || !cell.fromText) continue;
      first ??= { line, column };
      count++;
    }
  }
  if (!first) return [];
  return [
    makeFinding("text-number", {
      cell: cellRef(table.sheet, first.line.row, first.column.index),
      label: first.line.label,
      message: `${count} ${count === 1 ? "tal är lagrat" : "tal är lagrade"} som text i tabellen; de läses som tal men räknas inte av Excels formler.`,
      messageEn: `${count} ${count === 1 ? "number is" : "numbers are"} stored as text in the table; read as numbers, but Excel formulas ignore them.`,
    }),
  ];
}
