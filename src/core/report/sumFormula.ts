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
