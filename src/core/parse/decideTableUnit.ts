import type { TableKind, Unit } from "../types";
import { findAmountUnit } from "./findAmountUnit";

function common(units: readonly (Unit | undefined)[]): Unit | undefined {
  const named = units.filter((u): u is Unit => u !== undefined);
  return named.length > 0 && named.every((u) => u === named[0]) ? named[0] : undefined;
}

/**
 * A table's unit: named in the header's label cell ("(tkr)", "Belopp i tkr"), else in the title,
 * else by all column headers that name one alike. Otherwise tkr for budget and monthly tables; a
 * key-figure table takes the unit all its lines name, or "other" when they differ.
 */
export function decideTableUnit(
  labelHeader: string,
  title: string | undefined,
  columnHeaders: readonly string[],
  kind: TableKind,
  lineUnits: readonly (Unit | undefined)[],
): Unit {
  const named =
    findAmountUnit(labelHeader) ??
    (title !== undefined ? findAmountUnit(title) : undefined) ??
    common(columnHeaders.map(findAmountUnit));
  if (named) return named;
  if (kind !== "keyFigures") return "tkr";
  return lineUnits.length > 0 && lineUnits.every((u) => u === lineUnits[0])
    ? (lineUnits[0] ?? "other")
    : "other";
}
