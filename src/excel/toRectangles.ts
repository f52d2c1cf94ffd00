/** A rectangle of cells sharing one key; rows and columns 1-based. */
export interface Rectangle<K> {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly key: K;
}

/**
 * Cells grouped into as few rectangles as a simple sweep finds: runs along each row, then runs of
 * equal column spans stacked down the rows. `stack(key)` false keeps a key's rectangles one row high
 * (a border drawn on a rectangle's top edge must be drawn on every row).
 */
export function toRectangles<K>(
  cells: readonly { readonly row: number; readonly col: number; readonly key: K }[],
  idOf: (key: K) => string,
  stack: (key: K) => boolean = () => true,
): Rectangle<K>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; cols: number; key: K }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.row === cell.row &&
      last.col + last.cols === cell.col &&
      idOf(last.key) === idOf(cell.key)
    )
      last.cols += 1;
    else runs.push({ row: cell.row, col: cell.col, cols: 1, key: cell.key });
  }
  const open = new Map<string, { row: number; col: number; rows: number; cols: number; key: K }>();
  const done: Rectangle<K>[] = [];
  for (const run of runs) {
    const id = `${idOf(run.key)}\u0000${run.col}:${run.cols}`;
    const rect = open.get(id);
    if (rect && stack(run.key) && rect.row + rect.rows === run.row) rect.rows += 1;
    else {
      if (rect) done.push(rect);
      open.set(id, { row: run.row, col: run.col, rows: 1, cols: run.cols, key: run.key });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}
