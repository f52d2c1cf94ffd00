import { cellRef } from "../cellAddress";
import { makeFinding } from "./makeFinding";
import type { Finding, SourceTable } from "../types";

/** Numbers stored as text: one finding for the table, on the first such cell, with the count. */
export function checkTextNumbers(table: SourceTable): Finding[] {
  const cells = table.lines.flatMap((line) =>
    table.columns.flatMap((column) => {
      const cell = line.cells[column.address];
      return cell?.kind === "number" && cell.fromText ? [{ line, column }] : [];
    }),
  );
  const first = cells[0];
  if (!first) return [];
  const count = cells.length;
  return [
    makeFinding("text-number", {
      cell: cellRef(table.sheet, first.line.row, first.column.index),
      label: first.line.label,
      message: `${count} ${count === 1 ? "tal är lagrat" : "tal är lagrade"} som text i tabellen; de läses som tal men räknas inte av Excels formler.`,
      messageEn: `${count} ${count === 1 ? "number is" : "numbers are"} stored as text in the table; read as numbers, but Excel formulas ignore them.`,
    }),
  ];
}
