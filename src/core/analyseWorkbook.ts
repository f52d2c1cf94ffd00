import { analyseTable } from "./analyseTable";
import { cropToRange } from "./parse/cropToRange";
import { recogniseTables } from "./parse/recogniseTables";
import { toMonthlySeries } from "./parse/toMonthlySeries";
import type { Analysis, AnalysisOptions, SheetGrid } from "./types";

/**
 * The engine's one entry: every table on every sheet, recognised, computed and checked.
 * Monthly outcome tables are not reported on their own; they feed the seasonal forecasts
 * of the lines they name. Column roles the user corrected (`options.columnRoles`) win over the headers.
 */
export function analyseWorkbook(sheets: readonly SheetGrid[], options: AnalysisOptions): Analysis {
  const tables = cropToRange(sheets, options.sourceRange).flatMap((sheet) =>
    recogniseTables(sheet, options.columnRoles),
  );
  const monthly = tables.filter((table) => table.kind === "monthly").flatMap(toMonthlySeries);
  return {
    tables: tables
      .filter((table) => table.kind !== "monthly")
      .map((table) => analyseTable(table, options, monthly)),
  };
}
