/**
 * A sum over rows of one column as a person writes it: `=SUM(B3:B6)` for a run of added rows,
 * `=SUM(B3,B5)` for scattered ones, and subtracted rows after it (`=SUM(B8)-B7`).
 */
export function sumFormula(
  column: string,
  parts: readonly { readonly row: number; readonly sign: 1 | -1 }[],
): string {
  const added = parts
    .filter((p) => p.sign === 1)
    .map((p) => p.row)
    .sort((a, b) => a - b);
  const subtracted = parts
    .filter((p) => p.sign === -1)
    .map((p) => p.row)
    .sort((a, b) => a - b);
  const runs: string[] = [];
  let start = added[0];
  for (let i = 0; i < added.length; i++) {
    const row = added[i]!;
    if (added[i + 1] !== row + 1) {
      runs.push(start === row ? `${column}${row}` : `${column}${start}:${column}${row}`);
      start = added[i + 1];
    }
  }
  const sum = runs.length > 0 ? `SUM(${runs.join(",")})` : "0";
  return `=${sum}${subtracted.map((row) => `-${column}${row}`).join("")}`;
}

type Parts = readonly { readonly row: number; readonly sign: 1 | -1 }[];

/** Excel refuses a formula longer than 8 192 characters or a function with more than 255 arguments. */
const MAX_FORMULA = 8192;
const MAX_ARGUMENTS = 255;

/**
 * `sumFormula` when Excel accepts it; for a total over more subtotals than Excel lets one formula
 * name (a ledger of thousands of units), the accountant's form `=SUM(D7:D9000)/2` when the
 * subtotals and their lines fill the block exactly once each, all added; else undefined (the caller
 * writes the value). `partsOf` gives a subtotal's own parts by its row.
 */
export function fitSumFormula(
  column: string,
  parts: Parts,
  partsOf: (row: number) => Parts | undefined,
): string | undefined {
  const formula = sumFormula(column, parts);
  const args = countOf(formula, ",") + 1 + countOf(formula, "-");
  if (formula.length <= MAX_FORMULA && args <= MAX_ARGUMENTS) return formula;
  // The rows of the block, each once; its first and last as they come (no spread of every row).
  const rows = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  for (const part of parts) {
    const own = partsOf(part.row);
    if (part.sign !== 1 || !own || own.some((p) => p.sign !== 1)) return undefined;
    for (const row of [part.row, ...own.map((p) => p.row)]) {
      if (rows.has(row)) return undefined;
      rows.add(row);
      first = Math.min(first, row);
      last = Math.max(last, row);
    }
  }
  return last - first + 1 === rows.size ? `=SUM(${column}${first}:${column}${last})/2` : undefined;
}

/** How often `char` occurs in `text`. */
function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}
