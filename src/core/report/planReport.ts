import { analyseWorkbook } from "../analyseWorkbook";
import { toAnalysisOptions } from "../settings/toAnalysisOptions";
import type { Settings } from "../settings/types";
import { settingsKey } from "../tableKey";
import type { Analysis, SheetGrid } from "../types";
import { buildReportLayout } from "./buildReportLayout";
import { gridFromA1 } from "./gridFromA1";
import { readPreservedText } from "./readPreservedText";
import type { PreservedSheet, ReportLayout } from "./types";

export interface ReportPlan {
  /** Every recognised table, the excluded ones too (the panel lists them all). */
  readonly analysis: Analysis;
  /** The report of the tables not excluded by the settings. */
  readonly layout: ReportLayout;
}

/**
 * What every host does to make a report, as one pure step: the user's sheets analysed with the
 * saved settings, the texts people wrote on our earlier report sheets read back, and the layout
 * of the tables the user did not exclude. `sources` are the sheets that are not ours; `reports`
 * are ours (the host found them by the workbook's marker), read as values.
 */
export function planReport(
  sources: readonly SheetGrid[],
  reports: readonly SheetGrid[],
  settings: Settings,
  link = false,
): ReportPlan {
  const analysis = analyseWorkbook(sources, toAnalysisOptions(settings));
  const excluded = new Set(settings.excludedTables.map(settingsKey));
  const reported: Analysis = { tables: analysis.tables.filter((t) => !excluded.has(settingsKey(t.key))) };
  const preserved = reports.flatMap((sheet): PreservedSheet[] => {
    const text = readPreservedText(gridFromA1(sheet), sheet.name);
    return text ? [text] : [];
  });
  const layout = buildReportLayout(
    reported,
    {
      thresholds: settings.thresholds,
      method: settings.method,
      link,
      reservedNames: sources.map((s) => s.name),
    },
    { sheets: preserved },
  );
  return { analysis, layout };
}
