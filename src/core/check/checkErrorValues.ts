import { cellRef } from "../cellAddress";
import { errorOf } from "../parse/parseCell";
import { makeFinding } from "./makeFinding";
import type { ExcelError, Finding, SourceTable } from "../types";

/**
 * Cells that show an Excel error (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?, …) or a number too
 * large to count with: their value cannot be read, so it is left out of every sum and deviation.
 * One finding a row, on its first such cell (the label cell first), with the count.
 */
export function checkErrorValues(table: SourceTable): Finding[] {
  const findings: Finding[] = [];
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
