import { buildSyntheticSource } from "../test/fakes/buildSyntheticSource";
import { planReport } from "../src/core/report/planReport";
import { DEFAULT_SETTINGS } from "../src/core/settings/types";
for (const n of [10, 1000, 10000, 50000]) {
  const t = Date.now();
  const plan = planReport([buildSyntheticSource(n)], [], DEFAULT_SETTINGS);
  const ms = Date.now() - t;
  const sheets = plan.layout.sheets.map((s) => ({ name: s.name, cells: s.cells.length, bytes: JSON.stringify(s.cells.map(c => c.content)).length, maxRow: Math.max(...s.cells.map(c=>c.row)), maxCol: Math.max(...s.cells.map(c=>c.col)), cfs: s.conditionalFormats.length, charts: s.charts.length, merges: s.merges.length }));
  console.log(n, ms, "ms", plan.analysis.tables.length, JSON.stringify(sheets));
  if (n === 10) { const s = plan.layout.sheets[0]!; console.log(JSON.stringify(s.cells.filter(c => c.row <= 12).map(c => [c.row, c.col, c.content, c.style, c.numFmt, c.editable]))); console.log(JSON.stringify({cf: s.conditionalFormats, charts: s.charts, cols: s.columns, freeze: s.freeze, print: s.print, rh: s.rowHeights, merges: s.merges, marker: s.marker})); }
}
