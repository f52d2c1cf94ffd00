/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and _. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet!B3" from a sheet name, a 1-based row and a 0-based column index. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row}`;
}

/**
 * `cellRef` for many cells of one sheet: the name quoted once, each column's letters written once.
 * Each reference is joined into one string: a template literal of 13 characters or more is in V8
 * a chain of pieces, three objects where one will do (a ledger's deviations name 300 000 cells).
 */
export function cellRefsOf(sheet: string): (row: number, column: number) => string {
  const prefix = `${quoteSheetName(sheet)}!`;
  const columns: string[] = [];
  return (row, column) => [(columns[column] ??= prefix + columnLetters(column)), row].join("");
}

/** "'Blad 1'!B3" → sheet "Blad 1" and "B3" (the inverse of `quoteSheetName` + "!"); undefined without a sheet. */
export function splitSheetRef(address: string): { sheet: string; local: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 1) return undefined;
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}
