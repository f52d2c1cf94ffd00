function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * An A1 formula as R1C1 for the cell at (row, col), 1-based: "=B7-C7" in D7 → "=RC[-2]-RC[-1]".
 * A column of such formulas is then one string, written to the whole column at once. String
 * literals and quoted sheet names are left alone; "$" keeps a reference absolute.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
            (_m, absCol: string, letters: string, absRow: string, digits: string) => {
              const r = Number(digits);
              const c = columnNumber(letters);
              const rowPart = absRow ? `R${r}` : r === row ? "R" : `R[${r - row}]`;
              const colPart = absCol ? `C${c}` : c === col ? "C" : `C[${c - col}]`;
              return `${rowPart}${colPart}`;
            },
          ),
    )
    .join("");
}
