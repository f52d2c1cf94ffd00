import type { FakeContext } from "./FakeContext";
import { invalidArgument } from "./fakeErrors";
import type { FakeChart, FakeSheet } from "./fakeState";
import type { FakeRange } from "./FakeRange";
import { formatRect } from "./fakeAddress";

const rangeText = (range: FakeRange | string): string => {
  if (typeof range === "string") return range;
  const { sheet, rect } = range.resolve();
  return `${sheet.name}!${formatRect(rect)}`;
};

/** `worksheet.charts.add(type, source, seriesBy)` and the chart parts the adapter sets. */
export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let chart: FakeChart | undefined;
    this.ctx.queueWrite("ChartCollection.add", [type, seriesBy], () => {
      const sheet = this.sheet();
      chart = {
        type,
        source: rangeText(source),
        seriesBy,
        name: `Chart ${sheet.charts.length + 1}`,
        pointColours: {},
      };
      sheet.charts.push(chart);
    });
    return new FakeChartProxy(this.ctx, () => {
      if (!chart) throw invalidArgument("chart not added");
      return chart;
    });
  }
}

class FakeChartProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {}

  private change(what: string, value: unknown, apply: (c: FakeChart) => void): void {
    this.ctx.queueWrite(what, value, () => apply(this.chart()));
  }

  set name(v: string) {
    this.change("Chart.name", v, (c) => (c.name = v));
  }
  get title(): { text: string } {
    const set = (v: string) => this.change("ChartTitle.text", v, (c) => (c.title = v));
    return {
      set text(v: string) {
        set(v);
      },
      get text(): string {
        throw invalidArgument("write-only in the fake");
      },
    };
  }
  get legend(): { visible: boolean } {
    const set = (v: boolean) => this.change("ChartLegend.visible", v, (c) => (c.legendVisible = v));
    return {
      set visible(v: boolean) {
        set(v);
      },
      get visible(): boolean {
        throw invalidArgument("write-only in the fake");
      },
    };
  }
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.change("Chart.setPosition", [String(typeof start === "string" ? start : "range")], (c) => {
      c.position = { start: rangeText(start), ...(end ? { end: rangeText(end) } : {}) };
    });
  }
  get series(): { getItemAt(index: number): FakeSeries } {
    return {
      getItemAt: (index: number) => {
        if (index !== 0) throw invalidArgument("the fake's charts have one series");
        return new FakeSeries(this.ctx, this.chart);
      },
    };
  }
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {}

  setXAxisValues(range: FakeRange): void {
    this.ctx.queueWrite(
      "ChartSeries.setXAxisValues",
      undefined,
      () => (this.chart().xAxisValues = rangeText(range)),
    );
  }
  setValues(range: FakeRange): void {
    this.ctx.queueWrite("ChartSeries.setValues", undefined, () => (this.chart().values = rangeText(range)));
  }
  get format(): { fill: { setSolidColor(colour: string): void } } {
    return {
      fill: {
        setSolidColor: (colour) =>
          this.ctx.queueWrite("ChartFill.setSolidColor", colour, () => (this.chart().seriesColour = colour)),
      },
    };
  }
  get points(): { getItemAt(index: number): { format: { fill: { setSolidColor(colour: string): void } } } } {
    return {
      getItemAt: (index) => ({
        format: {
          fill: {
            setSolidColor: (colour) =>
              this.ctx.queueWrite(
                "ChartFill.setSolidColor",
                colour,
                () => (this.chart().pointColours[index] = colour),
              ),
          },
        },
      }),
    };
  }
}
