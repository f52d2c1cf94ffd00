import { cleanNumber } from "./cleanNumber";
import { isRevenueLike } from "./isRevenueLike";
import type { Line, SignConvention } from "../types";

/**
 * The deviation (avvikelse) of one line in a sign convention; positive is favourable.
 * ledger: budget − utfall; result: utfall − budget; absolute: the row's kind decides. A line the
 * user marked inverted (its signs run against the convention) is turned.
 */
export function deviationOf(
  convention: SignConvention,
  line: Pick<Line, "kind" | "label" | "inverted">,
  budget: number,
  actual: number,
): number {
  const outcomeMinusBudget = convention === "result" || (convention === "absolute" && isRevenueLike(line));
  const favourable = outcomeMinusBudget !== (line.inverted === true);
  return cleanNumber(favourable ? actual - budget : budget - actual);
}
