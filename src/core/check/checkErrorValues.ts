import { cellRef } from "../cellAddress";
import { errorOf } from "../parse/parseCell";
import { makeFinding } from "./makeFinding";
import type { ExcelError, Finding, SourceTable } from "../types";

/**
 * Cells that show an Excel error (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?, …) or a number too
 * large to count with: their value cannot be read, so it is left out of every sum and deviation.
 * One finding a row, on its first such cell (the label cell first), with the count; one for each
 * header cell that shows an error.
 */
export function checkErrorValues(table: SourceTable): Finding[] {
  const findings = checkHeaderErrors(table);
  for (const line of table.lines) {
    // The label as parseCell reads it, asked only whether it is an error; a row without an error
    // cell is passed at once, with no list made for it (a ledger has 100 000).
    const labelError = errorOf(line.label.trim());
    if (!labelError && !table.columns.some((c) => line.cells[c.address]?.kind === "error")) continue;
    const cells: { readonly index: number; readonly error: ExcelError }[] = [];
    if (labelError) cells.push({ index: table.labelColumn.index, error: labelError });
    for (const column of table.columns) {
      const cell = line.cells[column.address];
      if (cell?.kind === "error") cells.push({ index: column.index, error: cell.error });
    }
    const first = cells[0]!;
    const errors = [...new Set(cells.map((c) => c.error))].join(", ");
    const count = cells.length;
    const name = line.label === "" ? `Rad ${line.row}` : line.label;
    const nameEn = line.label === "" ? `Row ${line.row}` : line.label;
    findings.push(
      makeFinding("error-value", {
        cell: cellRef(table.sheet, line.row, first.index),
        label: line.label,
        message: `${name}: ${count === 1 ? "en cell visar" : `${count} celler visar`} felvärdet ${errors}. Värdet kan inte läsas och räknas inte med; rätta formeln eller källan.`,
        messageEn: `${nameEn}: ${count === 1 ? "a cell shows" : `${count} cells show`} the error ${errors}. The value cannot be read and is left out; correct the formula or the source.`,
      }),
    );
  }
  return findings;
}

/**
 * A header cell that shows an Excel error (#REF! where "Utfall 2024" was): its column's role is
 * unknown until the header is set right or the role chosen in the pane. On the header row the
 * error stands on (the lower of a two-line header when the other line is empty).
 */
function checkHeaderErrors(table: SourceTable): Finding[] {
  const rows = table.headerRows;
  return table.columns.flatMap((column): Finding[] => {
    const parts = column.header.split("\n");
    const at = parts.findIndex((part) => errorOf(part.trim()) !== undefined);
    if (at < 0) return [];
    const error = errorOf(parts[at]!.trim())!;
    const row = parts.length === rows.length ? rows[at]! : rows[rows.length - 1]!;
    return [
      makeFinding("error-value", {
        cell: cellRef(table.sheet, row, column.index),
        label: column.header,
        message:
          column.role === "unknown"
            ? `Kolumnrubriken i ${column.address} visar felvärdet ${error}, så kolumnens roll är okänd och dess tal räknas inte med. Rätta rubriken eller välj kolumnens roll i panelen.`
            : `Kolumnrubriken i ${column.address} visar felvärdet ${error}; rätta rubriken.`,
        messageEn:
          column.role === "unknown"
            ? `The header of column ${column.address} shows the error ${error}, so the column's role is unknown and its numbers are left out. Correct the header or set the column's role in the pane.`
            : `The header of column ${column.address} shows the error ${error}; correct the header.`,
      }),
    ];
  });
}
