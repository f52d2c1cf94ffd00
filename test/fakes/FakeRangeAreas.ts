import type { FakeContext } from "./FakeContext";
import type { Rect } from "./fakeAddress";
import type { FakeSheet } from "./fakeState";
import { FakeRangeFormat } from "./FakeRangeFormat";

/** Excel.RangeAreas (ExcelApi 1.9): a format set once for every area, each area with its own edges. */
export class FakeRangeAreas {
  private formatProxy?: FakeRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: readonly Rect[] },
  ) {}

  get format(): FakeRangeFormat {
    if (!this.formatProxy) {
      this.ctx.queuePath("format");
      this.formatProxy = new FakeRangeFormat(this.ctx, this.resolve);
    }
    return this.formatProxy;
  }
}
