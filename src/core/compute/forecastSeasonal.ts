import { formatNumber } from "../format/formatNumber";
import { cleanNumber } from "./cleanNumber";
import { forecastBudgetProfile } from "./forecastBudgetProfile";
import { forecastPitfall } from "./forecastPitfall";
import type { ForecastInput } from "./forecastInput";
import type { Forecast, MonthlySeries } from "../types";

const normalise = (text: string) =>
  text
    .toLocaleLowerCase("sv")
    .replace(/\(.*?\)/g, " ")
    .replace(/\bper månad\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The series of a line: the same label, or one that starts with it ("Personalkostnader per månad"). */
function seriesFor(label: string, monthly: readonly MonthlySeries[]): MonthlySeries | undefined {
  const name = normalise(label);
  return (
    monthly.find((s) => normalise(s.label) === name) ??
    monthly.find((s) => normalise(s.label).startsWith(name + " "))
  );
}

function priorYear(series: MonthlySeries, year: number | undefined): [number, readonly number[]] | undefined {
  const complete = [...series.byYear.entries()]
    .filter(
      ([y, months]) =>
        (year === undefined || y < year) &&
        months.length >= 12 &&
        months.slice(0, 12).every((m) => m != null),
    )
    .sort((a, b) => b[0] - a[0]);
  const chosen = complete.find(([y]) => year !== undefined && y === year - 1) ?? complete[0];
  return chosen ? [chosen[0], chosen[1].slice(0, 12) as number[]] : undefined;
}

/**
 * Prior-year seasonal profile: the outcome ÷ the share of last year's full-year outcome reached by
 * the same month. Without a complete series for the line: the budget profile, saying so.
 */
export function forecastSeasonal(input: ForecastInput, monthly: readonly MonthlySeries[]): Forecast {
  const series = seriesFor(input.label, monthly);
  const prior = series ? priorYear(series, input.year) : undefined;
  const months = Math.min(12, Math.max(1, input.months));
  const share = prior
    ? prior[1].slice(0, months).reduce((a, b) => a + b, 0) / prior[1].reduce((a, b) => a + b, 0)
    : NaN;
  if (!prior || !Number.isFinite(share) || share <= 0) {
    const fallback = forecastBudgetProfile(input);
    return {
      ...fallback,
      explanation: `Ingen fullständig månadsserie från fjolåret för raden, så budgetprofil används i stället. ${fallback.explanation}`,
    };
  }
  return {
    method: "seasonal",
    value: cleanNumber(input.outcome / share),
    explanation: `Säsongsprofil: utfall ${formatNumber(input.outcome)} ÷ ${formatNumber(share * 100, 1)} % (andelen av ${prior[0]} års utfall t.o.m. månad ${months}); se upp, ${forecastPitfall("seasonal", input.label, months)}.`,
  };
}
