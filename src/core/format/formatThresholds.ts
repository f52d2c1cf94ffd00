import { formatNumber } from "./formatNumber";
import type { Thresholds } from "../types";

/** A number with as many decimals as it has, up to two: 5 → "5", 2.5 → "2,5", 0.25 → "0,25". */
function exact(value: number): string {
  const decimals = [0, 1, 2].find((d) => Math.abs(Number(value.toFixed(d)) - value) < 1e-9) ?? 2;
  return formatNumber(value, decimals);
}

/** The materiality thresholds as the reports say them: "2,5 % och 50 tkr" (never rounded to "3 %"). */
export function formatThresholds(thresholds: Thresholds): string {
  return `${exact(thresholds.percent * 100)} % och ${exact(thresholds.amountTkr)} tkr`;
}
