import type { Period } from "../../core/types";

const MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** "jan–aug 2024", "2024", "jan–aug" (months always in Swedish abbreviations: the reports' own). */
export function formatPeriod(period: Period): string {
  const full = period.fromMonth === 1 && period.toMonth === 12;
  const months = full
    ? ""
    : `${MONTHS_SV[period.fromMonth - 1] ?? "?"}–${MONTHS_SV[period.toMonth - 1] ?? "?"}`;
  return (
    [months, period.year === undefined ? "" : String(period.year)].filter((s) => s !== "").join(" ") || "–"
  );
}
