type Parts = readonly { readonly row: number; readonly sign: 1 | -1 }[];

/** A sum's rows sorted: the first and last row of each run of added rows, then the subtracted rows. */
interface SumPlan {
  readonly runs: readonly number[];
  readonly subtracted: readonly number[];
}

function planSum(parts: Parts): SumPlan {
  const added: number[] = [];
  const subtracted: number[] = [];
  for (const part of parts) (part.sign === 1 ? added : subtracted).push(part.row);
  added.sort((a, b) => a - b);
  subtracted.sort((a, b) => a - b);
  const runs: number[] = [];
  for (let i = 0; i < added.length; i++) {
    const row = added[i]!;
    if (i > 0 && added[i - 1] === row - 1) runs[runs.length - 1] = row;
    else runs.push(row, row);
  }
  return { runs, subtracted };
}

/** The formula of a plan in one column, every row moved down by `shift`. */
function writeSum(plan: SumPlan, column: string, shift: number): string {
  const { runs, subtracted } = plan;
  const refs: string[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]! + shift;
    const end = runs[i + 1]! + shift;
    refs.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
  }
  const sum = refs.length > 0 ? `SUM(${refs.join(",")})` : "0";
  return `=${sum}${subtracted.map((row) => `-${column}${row + shift}`).join("")}`;
}

/**
 * A sum over rows of one column as a person writes it: `=SUM(B3:B6)` for a run of added rows,
 * `=SUM(B3,B5)` for scattered ones, and subtracted rows after it (`=SUM(B8)-B7`).
 */
export function sumFormula(column: string, parts: Parts): string {
  return writeSum(planSum(parts), column, 0);
}

/** Excel refuses a formula longer than 8 192 characters or a function with more than 255 arguments. */
const MAX_FORMULA = 8192;
const MAX_ARGUMENTS = 255;

/**
 * The block `first`–`last` when `parts` are all added subtotals that, with their own parts (all
 * added), fill it exactly once each; else undefined. Rows are marked in a bitmap of the block, as
 * a grand total of a ledger has 100 000 rows under it.
 */
function blockOf(
  parts: Parts,
  partsOf: (row: number) => Parts | undefined,
): { readonly first: number; readonly last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  let count = 0;
  for (const part of parts) {
    const own = partsOf(part.row);
    if (part.sign !== 1 || !own) return undefined;
    first = Math.min(first, part.row);
    last = Math.max(last, part.row);
    for (const p of own) {
      if (p.sign !== 1) return undefined;
      first = Math.min(first, p.row);
      last = Math.max(last, p.row);
    }
    count += 1 + own.length;
  }
  // More rows than the block has places: one is there twice.
  if (count === 0 || last - first + 1 !== count) return undefined;
  const seen = new Uint8Array(count);
  const mark = (row: number) => {
    if (seen[row - first] === 1) return false;
    seen[row - first] = 1;
    return true;
  };
  for (const part of parts) {
    if (!mark(part.row)) return undefined;
    for (const p of partsOf(part.row)!) if (!mark(p.row)) return undefined;
  }
  return { first, last };
}

/**
 * `fitSumFormula` for one row in any column: the rows are sorted and the block checked once (not
 * once per column), each column's formula written from them, every row moved down by `shift`.
 */
export function fitSums(
  parts: Parts,
  partsOf: (row: number) => Parts | undefined,
  shift = 0,
): (column: string) => string | undefined {
  const plan = planSum(parts);
  let block: { readonly first: number; readonly last: number } | undefined | null = null;
  return (column) => {
    const formula = writeSum(plan, column, shift);
    const args = countOf(formula, ",") + 1 + countOf(formula, "-");
    if (formula.length <= MAX_FORMULA && args <= MAX_ARGUMENTS) return formula;
    if (block === null) block = blockOf(parts, partsOf);
    if (!block) return undefined;
    return `=SUM(${column}${block.first + shift}:${column}${block.last + shift})/2`;
  };
}

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
  return fitSums(parts, partsOf)(column);
}

/** How often `char` occurs in `text`. */
function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}
