import { formatThresholds } from "../../../src/core/format/formatThresholds";
import { buildReportLayout } from "../../../src/core/report/buildReportLayout";
import { socialaAnalysis } from "../../helpers/reportAnalyses";
import { shownValue } from "../../helpers/reportCells";

describe("formatThresholds", () => {
  it("says the thresholds as they were set, never rounded", () => {
    expect(formatThresholds({ percent: 0.025, amountTkr: 50 })).toBe("2,5 % och 50 tkr");
    // 0.07 × 100 is 7.000000000000001 in floating point: still "7".
    expect(formatThresholds({ percent: 0.07, amountTkr: 12.5 })).toBe("7 % och 12,5 tkr");
    expect(formatThresholds({ percent: 0.05, amountTkr: 1500 })).toBe("5 % och 1\u00a0500 tkr");
  });
});

describe("the colour legend under a report table", () => {
  it("names thresholds of 2,5 % and 50 tkr as 2,5 %, not 3 %", () => {
    const layout = buildReportLayout(
      { tables: [socialaAnalysis()] },
      { thresholds: { percent: 0.025, amountTkr: 50 }, method: "budget-profile" },
    );
    expect(layout.sheets[0]!.cells.map(shownValue)).toContain(
      "Avvikelse: + är gynnsam (överskott), − ogynnsam (underskott). Grönt och rött markerar avvikelser mot budgeten på minst 2,5 % och 50 tkr; grått ligger inom gränsen.",
    );
  });
});
