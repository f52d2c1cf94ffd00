/** What this Excel supports beyond the ExcelApi 1.4 the add-in requires; each is used only when present. */
export interface ExcelFeatures {
  /** ExcelApi 1.6: `suspendApiCalculationUntilNextSync`, conditional formats. */
  readonly api16: boolean;
  /** ExcelApi 1.7: freeze panes, chart series axis ranges, tab colour, `worksheet.onChanged`. */
  readonly api17: boolean;
  /** ExcelApi 1.8: `showGridlines`. */
  readonly api18: boolean;
  /** ExcelApi 1.9: page layout (orientation, fit to page, print area, title rows). */
  readonly api19: boolean;
}

/** Asks `Office.context.requirements.isSetSupported` once per set; nothing is supported outside Office. */
export function detectFeatures(): ExcelFeatures {
  const has = (version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return { api16: has("1.6"), api17: has("1.7"), api18: has("1.8"), api19: has("1.9") };
}
