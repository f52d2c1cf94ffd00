import type { FakeContext } from "./FakeContext";
import type { Rect } from "./fakeAddress";
import { invalidArgument } from "./fakeErrors";
import { ensureCell, type FakeFormat, type FakeSheet } from "./fakeState";

/** The sheet and the rectangles a format applies to: one for a range, several for RangeAreas. */
type Resolve = () => { sheet: FakeSheet; rects: readonly Rect[] };

/** "#1F4E79" or "1F4E79" → "1F4E79"; Excel takes "#RRGGBB" and colour names. */
function colour(value: unknown): string {
  if (typeof value !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(value))
    throw invalidArgument(`colour ${String(value)}`);
  return value.replace("#", "").toUpperCase();
}

/** Which cells of the rectangle a border index draws on: the edge's own row or column, or all. */
function onEdge(index: string | undefined, rect: Rect, r: number, c: number): boolean {
  if (index === "EdgeTop") return r === rect.row;
  if (index === "EdgeBottom") return r === rect.row + rect.rows - 1;
  if (index === "EdgeLeft") return c === rect.col;
  if (index === "EdgeRight") return c === rect.col + rect.cols - 1;
  return true;
}

/** Queues a change of every cell's format in the range (for a border: the cells on its edge). */
function formatCells(
  ctx: FakeContext,
  resolve: Resolve,
  what: string,
  payload: unknown,
  change: (f: FakeFormat) => void,
  edge?: string,
): void {
  ctx.queueWrite(what, payload, () => {
    const { sheet, rects } = resolve();
    for (const rect of rects)
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++)
          if (onEdge(edge, rect, r, c)) change(ensureCell(sheet, r, c).format);
  });
}

class FakeFont {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: Resolve,
  ) {}
  set bold(v: boolean) {
    formatCells(this.ctx, this.resolve, "RangeFont.bold", v, (f) => (f.bold = v));
  }
  set italic(v: boolean) {
    formatCells(this.ctx, this.resolve, "RangeFont.italic", v, (f) => (f.italic = v));
  }
  set size(v: number) {
    formatCells(this.ctx, this.resolve, "RangeFont.size", v, (f) => (f.fontSize = v));
  }
  set name(v: string) {
    formatCells(this.ctx, this.resolve, "RangeFont.name", v, (f) => (f.fontName = v));
  }
  set color(v: string) {
    formatCells(this.ctx, this.resolve, "RangeFont.color", v, (f) => (f.fontColor = colour(v)));
  }
}

class FakeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: Resolve,
  ) {}
  set color(v: string) {
    formatCells(this.ctx, this.resolve, "RangeFill.color", v, (f) => (f.fill = colour(v)));
  }
  clear(): void {
    formatCells(this.ctx, this.resolve, "RangeFill.clear", undefined, (f) => delete f.fill);
  }
}

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

class FakeBorder {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: Resolve,
    private readonly index: string,
  ) {}
  set style(v: string) {
    formatCells(
      this.ctx,
      this.resolve,
      "RangeBorder.style",
      v,
      (f) => {
        f.borders = {
          ...f.borders,
          [this.index]: f.borders?.[this.index] ?? (v === "None" ? "None" : "Thin"),
        };
        if (v === "None") delete f.borders[this.index];
      },
      this.index,
    );
  }
  set weight(v: string) {
    formatCells(
      this.ctx,
      this.resolve,
      "RangeBorder.weight",
      v,
      (f) => (f.borders = { ...f.borders, [this.index]: v }),
      this.index,
    );
  }
  set color(v: string) {
    colour(v);
  }
}

/** Excel.RangeFormat: font, fill, borders, alignment, wrap, widths and heights. Write-only in the fake. */
export class FakeRangeFormat {
  private fontProxy?: FakeFont;
  private fillProxy?: FakeFill;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: Resolve,
  ) {}

  get font(): FakeFont {
    if (!this.fontProxy) {
      this.ctx.queuePath("font");
      this.fontProxy = new FakeFont(this.ctx, this.resolve);
    }
    return this.fontProxy;
  }
  get fill(): FakeFill {
    if (!this.fillProxy) {
      this.ctx.queuePath("fill");
      this.fillProxy = new FakeFill(this.ctx, this.resolve);
    }
    return this.fillProxy;
  }
  get borders(): { getItem(index: string): FakeBorder } {
    return {
      getItem: (index: string) => {
        if (!BORDERS.includes(index)) throw invalidArgument(`border ${index}`);
        this.ctx.queuePath("getItem", [index]);
        return new FakeBorder(this.ctx, this.resolve, index);
      },
    };
  }
  set horizontalAlignment(v: string) {
    formatCells(this.ctx, this.resolve, "RangeFormat.horizontalAlignment", v, (f) => (f.horizontal = v));
  }
  set verticalAlignment(v: string) {
    formatCells(this.ctx, this.resolve, "RangeFormat.verticalAlignment", v, (f) => (f.vertical = v));
  }
  set wrapText(v: boolean) {
    formatCells(this.ctx, this.resolve, "RangeFormat.wrapText", v, (f) => (f.wrap = v));
  }
  set indentLevel(v: number) {
    formatCells(this.ctx, this.resolve, "RangeFormat.indentLevel", v, (f) => (f.indent = v));
  }
  /** Points, as in Excel. */
  set columnWidth(v: number) {
    this.ctx.queueWrite("RangeFormat.columnWidth", v, () => {
      const { sheet, rects } = this.resolve();
      for (const rect of rects)
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.ctx.queueWrite("RangeFormat.rowHeight", v, () => {
      const { sheet, rects } = this.resolve();
      for (const rect of rects)
        for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, v);
    });
  }
  autofitColumns(): void {
    this.ctx.queueWrite("RangeFormat.autofitColumns", undefined, () => undefined);
  }
}
