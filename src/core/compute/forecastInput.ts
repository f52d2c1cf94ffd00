import type { RowKind } from "../types";

/** What a full-year forecast of one line starts from. */
export interface ForecastInput {
  readonly label: string;
  readonly kind: RowKind;
  /** Outcome of months 1–`months`. */
  readonly outcome: number;
  readonly months: number;
  readonly year?: number;
  /** The budget of the same months, when the table has one (otherwise twelfths of the year's). */
  readonly periodBudget: number | null;
  readonly fullYearBudget: number | null;
}
