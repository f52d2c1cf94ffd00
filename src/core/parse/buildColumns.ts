import { columnLetters } from "../cellAddress";
import type { Column, Unit } from "../types";
import { assignVariancePeriods } from "./assignVariancePeriods";
import { parseHeader } from "./parseHeader";
import type { PeriodInText } from "./parsePeriod";

const FULL_YEAR = /helår|årsbudget|årsprognos|(?<![\p{L}])år(?![\p{L}])/iu;

/**
 * The data columns of a table from their header texts (`texts[c]` for the 0-based grid column
 * `c`). A month name heads an outcome column of that month. A budget, outcome or forecast header
 * that names no period takes the title's ("Delår jan-aug 2025" over "Budget", "Utfall"), except
 * a forecast or a header naming the whole year; variance columns then take their pair's period.
 */
export function buildColumns(
  texts: readonly string[],
  dataColumns: readonly number[],
  originCol: number,
  titlePeriod: PeriodInText | undefined,
  tableUnit: Unit,
): Column[] {
  const columns = dataColumns.map((c): Column => {
    const header = texts[c] ?? "";
    const info = parseHeader(header);
    const role = info.month !== undefined && info.role === "unknown" ? "outcome" : info.role;
    const inherits =
      titlePeriod !== undefined &&
      info.month === undefined &&
      info.year === undefined &&
      !info.partOfYear &&
      (role === "budget" || role === "outcome" || role === "forecast");
    const titleMonths = inherits && role !== "forecast" && !FULL_YEAR.test(header);
    const year = info.year ?? (inherits ? titlePeriod.year : undefined);
    return {
      index: originCol + c,
      address: columnLetters(originCol + c),
      header,
      role,
      ...(year !== undefined ? { year } : {}),
      fromMonth: titleMonths ? titlePeriod.fromMonth : info.fromMonth,
      toMonth: titleMonths ? titlePeriod.toMonth : info.toMonth,
      ...(info.budgetKind ? { budgetKind: info.budgetKind } : {}),
      ...(info.againstForecast ? { againstForecast: true } : {}),
      ...(info.unit && info.unit !== tableUnit ? { unit: info.unit } : {}),
    };
  });
  return assignVariancePeriods(columns);
}
