const MONTHS: readonly (readonly string[])[] = [
  ["jan", "januari"],
  ["feb", "febr", "februari"],
  ["mar", "mars"],
  ["apr", "april"],
  ["maj"],
  ["jun", "juni"],
  ["jul", "juli"],
  ["aug", "augusti"],
  ["sep", "sept", "september"],
  ["okt", "oktober"],
  ["nov", "november"],
  ["dec", "december"],
];

/** A Swedish month name as a regular-expression source, longest spellings first, with an optional dot. */
export const MONTH_WORD = `(?<![\\p{L}])(${MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?(?![\\p{L}])`;

/** 1–12 for a Swedish month name or its abbreviation ("jan", "Augusti", "sept."); undefined otherwise. */
export function monthOf(word: string): number | undefined {
  const name = word.trim().toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((names) => names.includes(name));
  return index < 0 ? undefined : index + 1;
}
