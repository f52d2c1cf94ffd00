import type { FakeContext } from "./FakeContext";
import type { Rect } from "./fakeAddress";
import type { FakeSheet } from "./fakeState";
import { FakeRangeFormat } from "./FakeRangeFormat";

/** Excel.RangeAreas (ExcelApi 1.9): a format set once for every area, each area with its own edges; clear. */
export class FakeRangeAreas {
  private formatProxy?: FakeRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: readonly Rect[] },
  ) {}

  /** Empties every area: "Contents" keeps the formats, "All" takes them too. */
  clear(applyTo: "All" | "Contents" = "All"): void {
    this.ctx.queueWrite("RangeAreas.clear", applyTo, () => {
      const { sheet, rects } = this.resolve();
      for (const rect of rects)
        for (let r = rect.row; r < rect.row + rect.rows; r++) {
          const line = sheet.cells[r];
          if (!line) continue;
          for (let c = rect.col; c < rect.col + rect.cols; c++) {
            const cell = line[c];
            if (applyTo === "All" || !cell) line[c] = undefined;
            else {
              cell.value = "";
              delete cell.formula;
            }
          }
        }
    });
  }

  get format(): FakeRangeFormat {
    if (!this.formatProxy) {
      this.ctx.queuePath("format");
      this.formatProxy = new FakeRangeFormat(this.ctx, this.resolve);
    }
    return this.formatProxy;
  }
}
