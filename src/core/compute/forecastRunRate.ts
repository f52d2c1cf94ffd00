import { formatNumber } from "../format/formatNumber";
import { cleanNumber } from "./cleanNumber";
import { forecastPitfall } from "./forecastPitfall";
import type { ForecastInput } from "./forecastInput";
import type { Forecast } from "../types";

/** Run rate: the outcome so far × 12 ÷ months. */
export function forecastRunRate(input: ForecastInput): Forecast {
  const months = Math.max(1, input.months);
  const value = cleanNumber((input.outcome * 12) / months);
  return {
    method: "run-rate",
    value,
    explanation: `Årstakt: utfall ${formatNumber(input.outcome)} × 12/${months}; se upp, ${forecastPitfall("run-rate", input.label, months)}.`,
  };
}
