import { cellRef } from "../cellAddress";
import { makeFinding } from "./makeFinding";
import type { Column, Finding, Line, SourceTable } from "../types";

/**
 * Rows with fewer values than the columns the table uses (an empty budget among them): values
 * may have been shifted or left out. Cells showing an Excel error are not counted as missing; a
 * cell holding text that is no number ("1-2", "12.5.2024") or a logical value (TRUE) is, and the
 * finding names it. One finding a row, on its first empty cell. Columns empty on every row (a
 * forecast column still to fill) are not counted.
 */
export function checkMissingValues(table: SourceTable): Finding[] {
  const isRow = (l: Line) => l.kind !== "section" && l.kind !== "note";
  const rows = table.lines;
  const textIn = (line: Line, column: Column): string | undefined => {
    const cell = line.cells[column.address];
    return cell?.kind === "text" ? cell.text.trim() : undefined;
  };
  // A logical value (TRUE) where a number should be: shown as such, in Excel's Swedish and English.
  const booleanIn = (line: Line, column: Column) => {
    const cell = line.cells[column.address];
    if (cell?.kind !== "boolean") return undefined;
    return cell.value ? { sv: "SANT", en: "TRUE" } : { sv: "FALSKT", en: "FALSE" };
  };
  const shown = (line: Line, column: Column) =>
    textIn(line, column) !== undefined || booleanIn(line, column) !== undefined;
  const used = table.columns.filter((c) =>
    rows.some((l) => isRow(l) && (l.values[c.address] != null || (c.role !== "unknown" && shown(l, c)))),
  );
  // A cell showing an Excel error is reported by checkErrorValues, not as missing.
  const isMissing = (line: Line, c: Column) =>
    line.values[c.address] == null && line.cells[c.address]?.kind !== "error";
  // A loop with a list of findings, the missing cells listed only for a row missing some: most miss none.
  const findings: Finding[] = [];
  for (const line of rows) {
    if (!isRow(line)) continue;
    let count = 0;
    for (const c of used) if (isMissing(line, c)) count++;
    const present = used.length - count;
    if (count === 0 || present === 0) continue;
    const missing = used.filter((c) => isMissing(line, c));
    const withText = missing.find((c) => shown(line, c));
    const first = withText ?? missing[0]!;
    const cell = cellRef(table.sheet, line.row, first.index);
    const logical = withText && booleanIn(line, withText);
    if (logical) {
      findings.push(
        makeFinding("missing-value", {
          cell,
          label: line.label,
          message: `${line.label}: cellen visar sanningsvärdet ${logical.sv} (${logical.en}), inget tal, och räknas inte med. Skriv talet (eller lämna cellen tom).`,
          messageEn: `${line.label}: the cell shows the logical value ${logical.en}, not a number, and is left out. Write the number (or leave the cell empty).`,
        }),
      );
      continue;
    }
    if (withText) {
      const text = textIn(line, withText) ?? "";
      findings.push(
        makeFinding("missing-value", {
          cell,
          label: line.label,
          message: `${line.label}: "${text}" är inget tal och räknas inte med. Skriv talet (eller lämna cellen tom).`,
          messageEn: `${line.label}: "${text}" is not a number and is left out. Write the number (or leave the cell empty).`,
        }),
      );
      continue;
    }
    const budget = missing.find((c) => c.role === "budget");
    findings.push(
      makeFinding("missing-value", {
        cell,
        label: line.label,
        message: `${line.label} har ${present} värden men tabellen har ${used.length} kolumner${budget ? "; budget saknas" : ""}: kontrollera att inget värde har hamnat i fel kolumn.`,
        messageEn: `${line.label} has ${present} values but the table has ${used.length} columns${budget ? "; the budget is missing" : ""}: check that no value has shifted.`,
      }),
    );
  }
  return findings;
}
