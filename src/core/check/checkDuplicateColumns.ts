import { cellRef } from "../cellAddress";
import { makeFinding } from "./makeFinding";
import type { Column, Finding, SourceTable } from "../types";

const normal = (header: string) => header.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");

/** What the engine took a column to mean: two columns that mean the same cannot both hold. */
const meaning = (c: Column) =>
  [c.role, c.year, c.fromMonth, c.toMonth, c.budgetKind, c.againstForecast === true].join("|");

/**
 * Data columns whose header repeats an earlier column's and that mean the same (two "Budget
 * 2024"): which one the numbers mean is the user's call, not the engine's. One finding a repeat,
 * on its header cell. A repeat its place tells apart is none: "Avvikelse" after "Helårsprognos"
 * is the deviation against the forecast, the one after "Utfall jan-aug" the period's.
 */
export function checkDuplicateColumns(table: SourceTable): Finding[] {
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.lines[0]?.row ?? 1;
  return table.columns.flatMap((column, i): Finding[] => {
    const header = normal(column.header);
    const earlier = table.columns
      .slice(0, i)
      .find((c) => header !== "" && normal(c.header) === header && meaning(c) === meaning(column));
    if (!earlier) return [];
    const shown = column.header.replace(/\s+/g, " ").trim();
    return [
      makeFinding("duplicate-column", {
        cell: cellRef(table.sheet, headerRow, column.index),
        label: shown,
        message: `Kolumnerna ${earlier.address} och ${column.address} har samma rubrik "${shown}". Bara en av dem kan gälla: ändra rubriken på den andra, eller välj kolumnens roll i panelen.`,
        messageEn: `Columns ${earlier.address} and ${column.address} have the same header "${shown}". Only one can hold: rename the other, or set the column's role in the pane.`,
      }),
    ];
  });
}
