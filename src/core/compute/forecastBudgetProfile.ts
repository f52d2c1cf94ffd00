import { formatNumber } from "../format/formatNumber";
import { cleanNumber } from "./cleanNumber";
import { forecastPitfall } from "./forecastPitfall";
import { forecastRunRate } from "./forecastRunRate";
import type { ForecastInput } from "./forecastInput";
import type { Forecast } from "../types";

/**
 * Budget profile: the outcome so far plus the rest of the year's budget (full-year budget − the
 * period's budget; twelfths of the year's budget when the table has no period budget).
 */
export function forecastBudgetProfile(input: ForecastInput): Forecast {
  const months = Math.min(12, Math.max(0, input.months));
  if (input.fullYearBudget === null) {
    const fallback = forecastRunRate(input);
    return {
      ...fallback,
      explanation: `Helårsbudget saknas, så årstakt används i stället. ${fallback.explanation}`,
    };
  }
  const periodBudget = input.periodBudget ?? (input.fullYearBudget * months) / 12;
  const rest = cleanNumber(input.fullYearBudget - periodBudget);
  const twelfths = input.periodBudget === null ? " (tolftedelar)" : "";
  return {
    method: "budget-profile",
    value: cleanNumber(input.outcome + rest),
    explanation: `Budgetprofil: utfall ${formatNumber(input.outcome)} + årets återstående budget ${formatNumber(rest)}${twelfths}; se upp, ${forecastPitfall("budget-profile", input.label, months)}.`,
  };
}
