import type { Settings } from "./types";
import type { AnalysisOptions } from "../types";

/** The engine's options from the saved settings. */
export function toAnalysisOptions(settings: Settings): AnalysisOptions {
  return {
    thresholds: settings.thresholds,
    method: settings.method,
    signConventions: settings.signConventions,
    columnRoles: settings.columnRoles,
    invertedLines: settings.invertedLines,
    ...(settings.sourceRange !== undefined ? { sourceRange: settings.sourceRange } : {}),
  };
}
