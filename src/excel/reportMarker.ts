import { quoteSheetName } from "../core/cellAddress";
import { SHEET_MARK } from "../core/report/types";
import type { SheetGrid } from "../core/types";

/** "='Sociala myndighetsnämnden'!$A$1,Rapport!$A$1" → the sheet names it points at. */
export function sheetsOfMarker(formula: string): string[] {
  const names: string[] = [];
  const re = /'((?:[^']|'')+)'!|([^'!,=]+)!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]?.trim();
    if (name && name !== "#REF") names.push(name);
  }
  return names;
}

/** The marker's formula naming A1 of each of our sheets. */
export function markerFormula(sheetNames: readonly string[]): string {
  return `=${sheetNames.map((name) => `${quoteSheetName(name)}!$A$1`).join(",")}`;
}

/** Whether a cell of a sheet's row 1 starts with our mark (the hidden key column). */
export function rowHasSheetMark(row: readonly unknown[]): boolean {
  return row.some((v) => typeof v === "string" && v.startsWith(SHEET_MARK));
}

/** Whether a cell of the sheet's row 1 starts with our mark. */
export function hasSheetMark(grid: SheetGrid): boolean {
  return (grid.origin?.row ?? 0) === 0 && rowHasSheetMark(grid.cells[0] ?? []);
}
