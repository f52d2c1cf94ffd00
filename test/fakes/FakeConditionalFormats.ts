import type { FakeContext } from "./FakeContext";
import { formatRect, type Rect } from "./fakeAddress";
import { invalidArgument } from "./fakeErrors";
import type { FakeConditionalFormat, FakeSheet } from "./fakeState";

type Resolve = () => { sheet: FakeSheet; rect: Rect };

/** `range.conditionalFormats.add("Custom")`: a formula rule with font and fill colours. */
export class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: Resolve,
  ) {}

  add(type: string): { custom: FakeCustomConditionalFormat } {
    if (type !== "Custom") throw invalidArgument(`conditional format type ${type} (the fake knows "Custom")`);
    let entry: FakeConditionalFormat | undefined;
    this.ctx.queueWrite("ConditionalFormatCollection.add", type, () => {
      const { sheet, rect } = this.resolve();
      entry = { range: formatRect(rect), type };
      sheet.conditionalFormats.push(entry);
    });
    return { custom: new FakeCustomConditionalFormat(this.ctx, () => entry) };
  }
}

class FakeCustomConditionalFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly entry: () => FakeConditionalFormat | undefined,
  ) {}

  private change(what: string, value: string, apply: (e: FakeConditionalFormat) => void): void {
    this.ctx.queueWrite(what, value, () => {
      const entry = this.entry();
      if (!entry) throw invalidArgument(`${what} before the conditional format exists`);
      apply(entry);
    });
  }

  get rule(): { formula: string } {
    const set = (v: string) =>
      this.change("ConditionalRangeFormatRule.formula", v, (e) => {
        if (!v.startsWith("=")) throw invalidArgument("a rule formula starts with =");
        e.formula = v;
      });
    return {
      set formula(v: string) {
        set(v);
      },
      get formula(): string {
        throw invalidArgument("ConditionalRangeFormatRule.formula is write-only in the fake");
      },
    };
  }

  get format(): { font: { color: string }; fill: { color: string } } {
    const setFont = (v: string) =>
      this.change("ConditionalRangeFont.color", v, (e) => (e.fontColor = v.replace("#", "").toUpperCase()));
    const setFill = (v: string) =>
      this.change("ConditionalRangeFill.color", v, (e) => (e.fillColor = v.replace("#", "").toUpperCase()));
    return {
      font: {
        set color(v: string) {
          setFont(v);
        },
        get color(): string {
          throw invalidArgument("write-only in the fake");
        },
      },
      fill: {
        set color(v: string) {
          setFill(v);
        },
        get color(): string {
          throw invalidArgument("write-only in the fake");
        },
      },
    };
  }
}
