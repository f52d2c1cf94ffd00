import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { buildReportLayout } from "../../src/core/report/buildReportLayout";
import { toAnalysisOptions } from "../../src/core/settings/toAnalysisOptions";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { makeLedger } from "./makeLedger";
import { median } from "./median";

export interface EngineTiming {
  readonly lines: number;
  /** Lines of the one table the engine recognised (must equal `lines`), and how many tables it found. */
  readonly recognised: number;
  readonly tables: number;
  /** Medians of the timed runs (each part on its own), after one warm-up run. */
  readonly analyseMs: number;
  readonly layoutMs: number;
  readonly totalMs: number;
}

/**
 * Analyse (recognise, compute, check) and layout of a synthetic ledger of `lines` lines, timed
 * with `performance.now()`: one warm-up run, then the median of `runs` runs.
 */
export function timeEngine(lines: number, runs: number): EngineTiming {
  const sheet = makeLedger(lines);
  const options = toAnalysisOptions(DEFAULT_SETTINGS);
  const reportOptions = { thresholds: DEFAULT_SETTINGS.thresholds, method: DEFAULT_SETTINGS.method };
  const analyse: number[] = [];
  const layout: number[] = [];
  const total: number[] = [];
  let recognised = 0;
  let tables = 0;
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const analysis = analyseWorkbook([sheet], options);
    const t1 = performance.now();
    buildReportLayout(analysis, reportOptions, { sheets: [] });
    const t2 = performance.now();
    tables = analysis.tables.length;
    recognised = analysis.tables.reduce((sum, t) => sum + t.table.lines.length, 0);
    if (run === 0) continue;
    analyse.push(t1 - t0);
    layout.push(t2 - t1);
    total.push(t2 - t0);
  }
  return {
    lines,
    recognised,
    tables,
    analyseMs: median(analyse),
    layoutMs: median(layout),
    totalMs: median(total),
  };
}
