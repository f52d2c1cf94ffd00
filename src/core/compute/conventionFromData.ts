import { amountColumns } from "./amountColumns";
import type { SignConvention, SourceTable } from "../types";

/** The convention the signs of the amounts suggest, and why, in one line in Swedish and in English. */
export function conventionFromData(table: SourceTable): {
  convention: SignConvention;
  reason: string;
  reasonEn: string;
} {
  let revenueNegative = 0;
  let revenuePositive = 0;
  let costNegative = 0;
  let costPositive = 0;
  let anyNegative = false;
  let anyAmount = false;
  const columns = amountColumns(table);
  for (const line of table.lines) {
    if (
      line.kind === "section" ||
      line.kind === "note" ||
      line.kind === "measure" ||
      line.role === "variance"
    )
      continue;
    for (const column of columns) {
      const value = line.values[column.address];
      if (value == null || value === 0) continue;
      anyAmount = true;
      if (value < 0) anyNegative = true;
      if (line.role !== undefined) continue;
      const negative = value < 0;
      if (line.kind === "revenue") {
        if (negative) revenueNegative++;
        else revenuePositive++;
      }
      if (line.kind === "cost" || line.kind === "net") {
        if (negative) costNegative++;
        else costPositive++;
      }
    }
  }
  if (revenueNegative > revenuePositive && costNegative <= costPositive) {
    return {
      convention: "ledger",
      reason:
        "Intäkterna är negativa och kostnaderna positiva: huvudbokens tecken, avvikelse = budget − utfall.",
      reasonEn: "Revenues are negative and costs positive: ledger signs, deviation = budget − outcome.",
    };
  }
  if (costNegative > costPositive) {
    return {
      convention: "result",
      reason: "Kostnaderna är negativa: resultatets tecken, avvikelse = utfall − budget.",
      reasonEn: "Costs are negative: result signs, deviation = outcome − budget.",
    };
  }
  if (anyAmount && !anyNegative) {
    return {
      convention: "absolute",
      reason:
        "Alla belopp är positiva: radens slag avgör tecknet (kostnader budget − utfall, intäkter utfall − budget).",
      reasonEn:
        "All amounts are positive: the kind of row decides the sign (costs budget − outcome, revenues outcome − budget).",
    };
  }
  return {
    convention: "ledger",
    reason: "Tecknen avgör inte konventionen; huvudbokens tecken antas (avvikelse = budget − utfall).",
    reasonEn:
      "The signs do not settle the convention; ledger signs are assumed (deviation = budget − outcome).",
  };
}
