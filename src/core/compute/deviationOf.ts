import { cleanNumber } from "./cleanNumber";
import { isRevenueLike } from "./isRevenueLike";
import type { Line, SignConvention } from "../types";

/**
 * The deviation (avvikelse) of one line in a sign convention; positive is favourable.
 * ledger: budget − utfall; result: utfall − budget; absolute: the row's kind decides.
 */
export function deviationOf(
  convention: SignConvention,
  line: Pick<Line, "kind" | "label">,
  budget: number,
  actual: number,
): number {
  switch (convention) {
    case "ledger":
      return cleanNumber(budget - actual);
    case "result":
      return cleanNumber(actual - budget);
    case "absolute":
      return cleanNumber(isRevenueLike(line) ? actual - budget : budget - actual);
  }
}
