import { analyseTable } from "../../src/core/analyseTable";
import {
  DEFAULT_OPTIONS,
  type AnalysisOptions,
  type MonthlySeries,
  type SourceTable,
  type TableAnalysis,
} from "../../src/core/types";

/** analyseTable with the default options, some of them replaced. */
export function analyse(
  table: SourceTable,
  options: Partial<AnalysisOptions> = {},
  monthly: readonly MonthlySeries[] = [],
): TableAnalysis {
  return analyseTable(table, { ...DEFAULT_OPTIONS, ...options }, monthly);
}
