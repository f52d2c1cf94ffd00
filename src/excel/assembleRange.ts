import type { Block } from "./planReadBlocks";

/** Cells of a block as Excel gave them: values and number formats, a row of each per row of the block. */
export interface BlockCells {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

/**
 * The values and number formats of `used` put together from the blocks read of it, in any order.
 * A cell no block brought is empty (a look at a sheet brings only its used cells). A row a block
 * brought whole is kept as it came, not copied: a ledger read in two blocks is joined, not rebuilt.
 */
export function assembleRange(
  used: Block,
  blocks: readonly BlockCells[],
): { values: unknown[][]; numberFormat: unknown[][] } {
  const values = new Array<unknown[]>(used.rows);
  const formats = new Array<unknown[]>(used.rows);
  for (const { block, values: blockValues, numberFormat } of blocks) {
    const whole = block.col === used.col && block.cols === used.cols;
    for (let i = 0; i < block.rows; i++) {
      const r = block.row - used.row + i;
      if (r < 0 || r >= used.rows) continue;
      const rowValues = blockValues[i] ?? [];
      const rowFormats = numberFormat[i] ?? [];
      if (whole && values[r] === undefined) {
        values[r] = rowValues as unknown[];
        formats[r] = rowFormats as unknown[];
        continue;
      }
      const into = (values[r] ??= new Array<unknown>(used.cols).fill(""));
      const intoFormats = (formats[r] ??= new Array<unknown>(used.cols).fill("General"));
      for (let j = 0; j < block.cols; j++) {
        const c = block.col - used.col + j;
        if (c < 0 || c >= used.cols) continue;
        into[c] = rowValues[j] ?? "";
        intoFormats[c] = rowFormats[j] ?? "General";
      }
    }
  }
  for (let r = 0; r < used.rows; r++) {
    values[r] ??= new Array<unknown>(used.cols).fill("");
    formats[r] ??= new Array<unknown>(used.cols).fill("General");
  }
  return { values, numberFormat: formats };
}
