import { MONTH_WORD, monthOf } from "./monthOf";

export interface PeriodInText {
  readonly year?: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  /** The text named a part of the year (months, a tertial, delår, halvår). */
  readonly partOfYear: boolean;
  /** The text is nothing but one month name ("jan", "Augusti"): a column of a monthly table. */
  readonly month?: number;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const TO = "\\s*(?:[-–—]|t\\.?\\s?o\\.?\\s?m\\.?|till(?: och med)?)\\s*";
const RANGE = new RegExp(`${MONTH_WORD}${TO}${MONTH_WORD}`, "iu");
const UP_TO = new RegExp(
  `(?:per|t\\.?\\s?o\\.?\\s?m\\.?|till och med|ack\\.?|ackumulerat)\\s+(?:\\d{1,2}\\s+)?${MONTH_WORD}`,
  "iu",
);
const DATE = /(?<!\d)(?:19|20)\d{2}-(\d{2})-\d{2}(?!\d)/;
const TERTIAL = /(?<![\p{L}\d])(?:t|tertial\s*)([1-3])(?![\p{L}\d])|([1-3])\s*:?\s*(?:a|e)?\s*tertial/iu;
const ONE_MONTH = new RegExp(`^${MONTH_WORD}$`, "iu");
const ANY_MONTH = new RegExp(MONTH_WORD, "iu");

function months(text: string): { from: number; to: number } | undefined {
  const range = RANGE.exec(text);
  if (range) return { from: monthOf(range[1] ?? "") ?? 1, to: monthOf(range[2] ?? "") ?? 12 };
  const upTo = UP_TO.exec(text);
  if (upTo) return { from: 1, to: monthOf(upTo[1] ?? "") ?? 12 };
  const date = DATE.exec(text);
  if (date && /per|t\.?\s?o\.?\s?m/i.test(text)) return { from: 1, to: Number(date[1]) };
  // Tertial reports are cumulative: T1 is January–April, T2 January–August, T3 the whole year.
  const tertial = TERTIAL.exec(text);
  if (tertial) return { from: 1, to: 4 * Number(tertial[1] ?? tertial[2]) };
  // A Swedish delårsrapport is drawn up per 31 August.
  if (/delår/i.test(text)) return { from: 1, to: 8 };
  if (/halvår/i.test(text)) return { from: 1, to: 6 };
  const single = ANY_MONTH.exec(text);
  if (single && !/helår|årsprognos/i.test(text)) {
    const month = monthOf(single[1] ?? "") ?? 1;
    return { from: month, to: month };
  }
  return undefined;
}

/**
 * The period a header or title names: a year, and the months of it ("jan-aug 2024", "jan- aug",
 * "januari–augusti", "T2", "delår", "per 31 augusti"). Without months it is the full year, 1–12.
 */
export function parsePeriod(text: string): PeriodInText {
  const clean = text.replace(/[\s\u00a0\u2009\u202f]+/g, " ").trim();
  const yearMatch = YEAR.exec(clean);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const found = months(clean);
  const oneMonth = ONE_MONTH.exec(clean);
  return {
    ...(year !== undefined ? { year } : {}),
    fromMonth: found?.from ?? 1,
    toMonth: found?.to ?? 12,
    partOfYear: found !== undefined && !(found.from === 1 && found.to === 12),
    ...(oneMonth ? { month: monthOf(oneMonth[1] ?? "") ?? 1 } : {}),
  };
}
