import { cleanNumber } from "./cleanNumber";
import { deviationOf } from "./deviationOf";
import { forecastBudgetProfile } from "./forecastBudgetProfile";
import { forecastManual } from "./forecastManual";
import { forecastRunRate } from "./forecastRunRate";
import { forecastSeasonal } from "./forecastSeasonal";
import { ratioOf } from "./percentOf";
import { pickBudgetColumn } from "./pickBudgetColumn";
import type {
  AnalysisOptions,
  Forecast,
  LineForecast,
  MonthlySeries,
  SignConvention,
  SourceTable,
  TableAnalysis,
  Total,
} from "../types";

type Interim = NonNullable<TableAnalysis["interim"]>;

/**
 * For an interim table (an outcome for months 1–n, n < 12): förbrukningsgrad beside n ÷ 12, and a
 * full-year forecast per line by the chosen method (a forecast already in the table is kept);
 * a total's forecast is the sum of its lines' forecasts, its method the one its lines used.
 */
export function computeInterim(
  table: SourceTable,
  convention: SignConvention,
  totals: readonly Total[],
  method: AnalysisOptions["method"],
  monthly: readonly MonthlySeries[],
): Interim | undefined {
  if (table.transposed) return undefined;
  const outcome = table.columns
    .filter((c) => c.role === "outcome" && c.fromMonth === 1 && c.toMonth < 12)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.toMonth - a.toMonth)[0];
  if (!outcome) return undefined;
  const months = outcome.toMonth;
  const year = outcome.year;
  const periodBudget = pickBudgetColumn(table, outcome);
  const fullBudget = pickBudgetColumn(table, { year, fromMonth: 1, toMonth: 12 });
  const manual = table.columns.find(
    (c) => c.role === "forecast" && c.toMonth === 12 && (c.year === undefined || c.year === year),
  );
  const byRow = new Map(totals.filter((t) => !t.unbalanced).map((t) => [t.row, t]));
  const forecasts = new Map<number, LineForecast>();
  const consumption: Interim["consumption"][number][] = [];
  for (const line of table.lines) {
    const value = line.values[outcome.address];
    if (value == null || line.role !== undefined) continue;
    const fullYearBudget = fullBudget ? (line.values[fullBudget.address] ?? null) : null;
    consumption.push({
      row: line.row,
      label: line.label,
      share: ratioOf(value, fullYearBudget),
    });
    const input = {
      label: line.label,
      kind: line.kind,
      outcome: value,
      months,
      ...(year !== undefined ? { year } : {}),
      periodBudget: periodBudget ? (line.values[periodBudget.address] ?? null) : null,
      fullYearBudget,
    };
    const total = byRow.get(line.row);
    const parts = total?.breakdowns[0]?.map((p) => ({
      sign: p.sign,
      forecast: forecasts.get(p.row)?.forecast,
    }));
    const manualValue = manual ? line.values[manual.address] : null;
    let forecast: Forecast;
    if (parts && parts.every((p) => p.forecast)) {
      const sum = parts.reduce((acc, p) => acc + p.sign * p.forecast!.value, 0);
      // What the lines used (a seasonal forecast may have fallen back to the budget profile); "sum" when they differ.
      const used = new Set(parts.map((p) => p.forecast!.method));
      forecast = {
        method: used.size === 1 ? [...used][0]! : "sum",
        value: cleanNumber(sum),
        explanation: "Summan av radernas prognoser.",
      };
    } else if (manualValue != null) forecast = forecastManual(manualValue);
    else if (method === "run-rate") forecast = forecastRunRate(input);
    else if (method === "seasonal") forecast = forecastSeasonal(input, monthly);
    else forecast = forecastBudgetProfile(input);
    const deviation =
      fullYearBudget === null ? null : deviationOf(convention, line, fullYearBudget, forecast.value);
    forecasts.set(line.row, {
      row: line.row,
      label: line.label,
      kind: line.kind,
      outcome: value,
      fullYearBudget,
      forecast,
      deviation,
    });
  }
  return { months, linearShare: months / 12, consumption, forecasts: [...forecasts.values()] };
}
