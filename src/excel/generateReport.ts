import { planReport } from "../core/report/planReport";
import type { Settings } from "../core/settings/types";
import { detectFeatures } from "./detectFeatures";
import { ExcelHostError } from "./ExcelHostError";
import { toExcelHostError } from "./describeExcelError";
import { resolveSourceRange } from "./namedSources";
import { readContents, type WorkbookState } from "./readContents";
import { restoreWorkbook } from "./restoreWorkbook";
import { SETTINGS_KEY } from "./settingsKey";
import { writeLayout, writeNames } from "./writeLayout";

export interface GeneratedReport {
  readonly sheetNames: readonly string[];
  readonly firstSheet: string;
}

const NO_TABLES = {
  sv: "Hittade ingen tabell att rapportera. Kontrollera att tabellerna har rubriker som Budget och Utfall, eller ta med en tabell du valt bort.",
  en: "Found no table to report. Check that the tables have headers such as Budget and Utfall, or include a table you excluded.",
};

/**
 * Reads the workbook, plans the report with `settings` (saved in the workbook in the same request, so
 * the ribbon button makes exactly this report again) and writes it: one or two requests to read, one to write
 * a report of ordinary size. On a failed write the workbook is put back as it was and the error is
 * thrown as an `ExcelHostError` with a Swedish and an English message. `onProgress` gets 0–1.
 */
export async function generateReport(
  settings?: Settings,
  onProgress: (done: number) => void = () => undefined,
): Promise<GeneratedReport> {
  const features = detectFeatures();
  let state: WorkbookState | undefined;
  let wrote = false;
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const read = await readContents(context);
      state = read;
      onProgress(0.2);
      const chosen = settings ?? read.settings;
      const { layout } = planReport(
        read.sources,
        read.reports,
        resolveSourceRange(chosen, read.namedSources),
      );
      if (layout.sheets.length === 0) throw new ExcelHostError("no-tables", NO_TABLES);
      onProgress(0.3);
      const names = writeNames(layout, read, Date.now().toString(36).slice(-6));
      const saveChoice = () => {
        if (settings) context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      };
      wrote = true;
      await writeLayout(
        context,
        read,
        layout,
        features,
        names,
        (done, of) => onProgress(0.3 + (0.7 * done) / of),
        saveChoice,
      );
      return { sheetNames: layout.sheets.map((s) => s.name), firstSheet: layout.sheets[0]!.name };
    });
  } catch (error) {
    if (!wrote || !state || error instanceof ExcelHostError) throw toExcelHostError(error);
    const failed = state;
    const restored = await restoreWorkbook(failed).catch(() => false);
    throw toExcelHostError(error, restored);
  }
}
