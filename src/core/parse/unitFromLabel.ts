import type { Unit } from "../types";
import { findAmountUnit } from "./findAmountUnit";

const PERCENT = /(%|\(%\)|procent|procentenheter)\s*\)?\s*$/iu;
const MONTHS = /(?<![\p{L}])(månader|mån\.)(?![\p{L}])/iu;
const COUNT = /(?<![\p{L}])antal(?![\p{L}])/iu;

function unitOf(text: string): Unit | undefined {
  if (PERCENT.test(text)) return "percent";
  return findAmountUnit(text) ?? (MONTHS.test(text) ? "months" : COUNT.test(text) ? "count" : undefined);
}

/**
 * The unit a line's label names: ", %" or a trailing "%" is percent, "tkr" tkr, "mnkr"/"mkr" mnkr,
 * "månader" months, "antal" count. The part after the last comma speaks first
 * ("Försörjningsstöd, nettokostnad, Tkr"), then the whole label.
 */
export function unitFromLabel(label: string): Unit | undefined {
  const text = label.trim();
  const comma = text.lastIndexOf(",");
  const tail = comma >= 0 ? unitOf(text.slice(comma + 1)) : undefined;
  return tail ?? unitOf(text);
}
