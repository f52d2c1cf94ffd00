import { columnName } from "./fakeAddress";

/**
 * An R1C1 formula as A1 for the cell at (row, col), 0-based: "=R[0]C[-2]-RC[-1]" in D7 → "=B7-C7".
 * References inside string literals are left alone.
 */
export function fromR1C1(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g,
            (_m, r: string | undefined, c: string | undefined) => {
              const rowRef =
                r === undefined
                  ? `${row + 1}`
                  : r.startsWith("[")
                    ? `${row + 1 + Number(r.slice(1, -1))}`
                    : `$${r}`;
              const colRef =
                c === undefined
                  ? columnName(col)
                  : c.startsWith("[")
                    ? columnName(col + Number(c.slice(1, -1)))
                    : `$${columnName(Number(c) - 1)}`;
              return `${colRef}${rowRef}`;
            },
          ),
    )
    .join("");
}
