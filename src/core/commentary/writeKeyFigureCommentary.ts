import { formatNumber, formatSigned } from "../format/formatNumber";
import type { KeyFigureChange } from "../types";

const PLACEHOLDER = "Förklaring: [skriv förklaringen]";

/** "291 → 162", with the measure's decimals. */
function fromTo(change: KeyFigureChange): string {
  const decimals = Number.isInteger(change.from) && Number.isInteger(change.to) ? 0 : 1;
  return `${formatNumber(change.from, decimals)} → ${formatNumber(change.to, decimals)}`;
}

/**
 * Commentary stubs for a key-figure table: the measure that changed most in the latest year
 * (percentage points for measures that are percentages, else percent), and a placeholder where a
 * person explains it. Nothing when no measure has two years.
 */
export function writeKeyFigureCommentary(changes: readonly KeyFigureChange[]): string[] {
  // Folded, not spread: a key-figure table can have more changes than a call has arguments.
  const latestYear = changes.reduce((year, c) => Math.max(year, c.toYear), -Infinity);
  const latest = changes.filter((c) => c.toYear === latestYear);
  if (latest.length === 0) return [];
  const relative = (c: KeyFigureChange) => Math.abs(c.changePoints ?? c.changePercent ?? 0);
  const largest = [...latest].sort((a, b) => relative(b) - relative(a))[0]!;
  const size =
    largest.changePoints !== undefined
      ? `${formatSigned(largest.changePoints, 1)} procentenheter`
      : largest.changePercent !== null
        ? `${formatSigned(largest.changePercent, 1)} procent`
        : formatSigned(largest.change, 1);
  return [
    `Störst förändring ${largest.fromYear}–${largest.toYear} har ${largest.label}, ${size} (${fromTo(largest)}).`,
    PLACEHOLDER,
  ];
}
