import { cellRef } from "../cellAddress";
import { yearSeries, type YearPoint } from "../compute/yearSeries";
import { formatPlain } from "./formatPlain";
import { makeFinding } from "./makeFinding";
import type { Finding, Line, SourceTable, Unit } from "../types";

const FACTOR = 4;

/** A change worth a finding on its own: 5 percentage points for percent measures, else 10 % of the level. */
const isMaterial = (unit: Unit, change: number, level: number) =>
  unit === "percent" ? Math.abs(change) >= 5 : Math.abs(change) >= 0.1 * Math.abs(level);

/**
 * Key figures far outside their series (four points or more), each on the value's own cell, once:
 * a change more than four times the largest other year-over-year change of the series (a break:
 * 78 → 56 → 60 → 61), and a single year that lies far from both its neighbours (a spike: 82 → 40
 * → 83, whose two changes are alike, so neither is four times the other) — nearer to neither
 * neighbour than four times the largest change that does not touch it. Both material in themselves.
 */
export function checkSeriesBreaks(table: SourceTable): Finding[] {
  return yearSeries(table).flatMap(({ line, unit, points }): Finding[] => {
    if (points.length < 4) return [];
    const jumps = points.slice(1).map((p, i) => p.value - points[i]!.value);
    const largestBut = (...skip: number[]) =>
      Math.max(...jumps.filter((_, j) => !skip.includes(j)).map(Math.abs));
    const breaks = jumps.flatMap((jump, i): Finding[] => {
      const largestOther = largestBut(i);
      const from = points[i]!;
      if (!isMaterial(unit, jump, from.value) || Math.abs(jump) <= FACTOR * largestOther) return [];
      return [breakFinding(table, line, unit, from, points[i + 1]!, largestOther)];
    });
    const flagged = new Set(breaks.map((f) => f.cell));
    const spikes = points.slice(1, -1).flatMap((point, k): Finding[] => {
      const before = points[k]!;
      const after = points[k + 2]!;
      const nearest = Math.min(Math.abs(point.value - before.value), Math.abs(point.value - after.value));
      const outside = Math.sign(point.value - before.value) === Math.sign(point.value - after.value);
      const largestOther = largestBut(k, k + 1);
      if (!outside || !isMaterial(unit, nearest, before.value) || nearest <= FACTOR * largestOther) return [];
      if (flagged.has(cellRef(table.sheet, line.row, point.column.index))) return [];
      return [spikeFinding(table, line, [before, point, after], largestOther)];
    });
    return [...breaks, ...spikes];
  });
}

function breakFinding(
  table: SourceTable,
  line: Line,
  unit: Unit,
  from: YearPoint,
  to: YearPoint,
  largestOther: number,
): Finding {
  const jump = to.value - from.value;
  const measure = unit === "percent" ? " procentenheter" : "";
  return makeFinding("series-break", {
    cell: cellRef(table.sheet, line.row, to.column.index),
    label: line.label,
    actual: to.value,
    message: `${line.label}: ${formatPlain(from.value)} → ${formatPlain(to.value)} (${formatPlain(jump)}${measure}) ${from.year}–${to.year}, långt utanför seriens övriga förändringar (högst ${formatPlain(largestOther)}); har måttet eller dess definition ändrats?`,
    messageEn: `${line.label}: ${from.value} → ${to.value} from ${from.year} to ${to.year}, far outside the series' other changes (at most ${largestOther}); has the measure changed?`,
  });
}

function spikeFinding(
  table: SourceTable,
  line: Line,
  [before, point, after]: readonly [YearPoint, YearPoint, YearPoint],
  largestOther: number,
): Finding {
  return makeFinding("series-break", {
    cell: cellRef(table.sheet, line.row, point.column.index),
    label: line.label,
    actual: point.value,
    message: `${line.label}: ${formatPlain(before.value)} → ${formatPlain(point.value)} → ${formatPlain(after.value)} (${before.year}–${after.year}): ${point.year} ligger långt från båda grannåren, när seriens övriga förändringar är högst ${formatPlain(largestOther)}; är värdet rätt, eller har måttet ändrats det året?`,
    messageEn: `${line.label}: ${before.value} → ${point.value} → ${after.value} from ${before.year} to ${after.year}: ${point.year} lies far from both neighbouring years while the series' other changes are at most ${largestOther}; is the value right, or did the measure change that year?`,
  });
}
