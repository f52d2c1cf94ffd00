import type ExcelJS from "exceljs";
import type { CellValue } from "../core/types";

/** "2024-05-12", or "2024-05-12T08:30:00" when the cell also holds a time of day. */
function toIsoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * An ExcelJS cell value as the engine reads it: a formula's cached result (null if none was
 * saved), rich text and hyperlinks as their plain text, dates as ISO text, errors as "#N/A".
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toIsoDate(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return toCellValue(value.richText.map((run) => run.text).join(""));
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    // ExcelJS hands a hyperlink's text over as rich text when the cell is formatted in runs.
    if (isObject(text) && Array.isArray(text.richText)) {
      return toCellValue({ richText: text.richText as ExcelJS.RichText[] });
    }
    return typeof text === "string" ? toCellValue(text) : toCellValue(value.hyperlink);
  }
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result);
  return null;
}
