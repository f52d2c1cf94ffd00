import type { ParsedCell } from "../types";

/** A cell that can head a year column: a whole number 1900–2100 written plainly ("2020", 2020). */
export function isYearCell(cell: ParsedCell): boolean {
  return (
    cell.kind === "number" &&
    Number.isInteger(cell.value) &&
    cell.value >= 1900 &&
    cell.value <= 2100 &&
    !cell.percent &&
    !cell.dash &&
    cell.note === undefined
  );
}
