import { EXCEL_ERRORS, type CellValue, type ExcelError, type ParsedCell } from "../types";

/** Excel's Swedish error texts, as a Swedish Excel may hand them over. */
const SWEDISH_ERRORS: Readonly<Record<string, ExcelError>> = {
  "#SAKNAS!": "#N/A",
  "#REFERENS!": "#REF!",
  "#DIVISION/0!": "#DIV/0!",
  "#VÄRDEFEL!": "#VALUE!",
  "#NAMN?": "#NAME?",
  "#OGILTIGT!": "#NUM!",
  "#SKÄRNING!": "#NULL!",
};

/** Every empty cell: one object, as the cells of a parsed sheet are kept. */
export const EMPTY_CELL: ParsedCell = { kind: "empty" };

/** Below this a number is rounding noise, read as zero (Excel itself shows nothing under 1E-307). */
const TINY = 1e-100;

const DASHES = "\\-\u2010\u2011\u2013\u2014\u2212";
const LONE_DASH = new RegExp(`^[${DASHES}]$`);
/** Space, no-break space, thin space, narrow no-break space. */
const SEP = "[ \\u00a0\\u2009\\u202f]";
/** A footnote mark after the number: "2 021*", "12 †", "5¹". */
const NOTE = /\s*([*†‡]+\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;
const PERCENT = /\s*%$/;
const SIGN = new RegExp(`^([+${DASHES}])${SEP}*`);
/** Whole part without a leading zero (a code such as "0180" is text), grouped by threes or not. */
const UNSIGNED = new RegExp(`^(0|[1-9]\\d{0,2}(?:${SEP}\\d{3})+|[1-9]\\d*)(?:,(\\d+))?$`);
/** Some ASCII digit: every number form read here has one. */
const HAS_DIGIT = /\d/;
/** A decimal point is read only where it cannot be a thousands separator ("7.5", not "1.234"). */
const POINT_DECIMAL = /^(0|[1-9]\d*)\.(\d{1,2}|\d{4,})$/;

/** The Excel error a trimmed text shows ("#N/A", "#SAKNAS!"), or undefined. Every error text starts with "#". */
export function errorOf(text: string): ExcelError | undefined {
  if (!text.startsWith("#")) return undefined;
  const upper = text.toUpperCase();
  return EXCEL_ERRORS.find((e) => e === upper) ?? SWEDISH_ERRORS[upper];
}

function unsignedValue(text: string): number | undefined {
  const grouped = UNSIGNED.exec(text);
  const point = grouped ? undefined : POINT_DECIMAL.exec(text);
  const match = grouped ?? point;
  if (!match) return undefined;
  const whole = (match[1] ?? "").replace(/\D/g, "");
  // Excel keeps 15 significant digits: a longer string of digits is an identifier, not an amount.
  if ((whole.replace(/^0+/, "") + (match[2] ?? "")).length > 15) return undefined;
  const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : undefined;
}

function numberOf(text: string): number | undefined {
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    const inner = unsignedValue((paren[1] ?? "").trim());
    return inner === undefined ? undefined : -inner;
  }
  const sign = SIGN.exec(text);
  const magnitude = unsignedValue(sign ? text.slice(sign[0].length) : text);
  if (magnitude === undefined) return undefined;
  return sign && sign[1] !== "+" ? -magnitude : magnitude;
}

function parseText(raw: string): ParsedCell {
  const text = raw.trim();
  if (text === "") return EMPTY_CELL;
  const error = errorOf(text);
  if (error) return { kind: "error", error };
  if (LONE_DASH.test(text)) return { kind: "number", value: 0, fromText: true, dash: true };
  // Every form of a number below has a digit: a label without one is text at once.
  if (!HAS_DIGIT.test(text)) return { kind: "text", text: raw };
  const noteMatch = NOTE.exec(text);
  const note = noteMatch ? noteMatch[1] : undefined;
  let rest = noteMatch ? text.slice(0, noteMatch.index) : text;
  const percent = PERCENT.test(rest);
  if (percent) rest = rest.replace(PERCENT, "");
  const value = numberOf(rest);
  if (value === undefined) return { kind: "text", text: raw };
  return {
    kind: "number",
    value: value === 0 ? 0 : value,
    fromText: true,
    ...(percent ? { percent: true } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/**
 * A cell read the way a person reads it: "– 8 814" is −8 814, "(1 234)" is −1 234, "81 %" is 81
 * with `percent`, "2 021*" is 2 021 with the note "*", a lone dash is zero. Anything that is not
 * unambiguously a number ("2021-05-01", "1.234", "0180", "1e5", more than Excel's 15 digits)
 * stays text; nothing is guessed.
 * A number too large to count exactly (beyond 2^53) is read as the error #NUM!, one below
 * 1E-100 as zero, so no sum or share computed from cells can overflow.
 */
export function parseCell(value: CellValue | undefined): ParsedCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
      return { kind: "error", error: "#NUM!" };
    return { kind: "number", value: Math.abs(value) < TINY ? 0 : value, fromText: false };
  }
  return parseText(value);
}
