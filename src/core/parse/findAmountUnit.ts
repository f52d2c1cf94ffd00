import type { Unit } from "../types";

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
const AMOUNT_UNITS: readonly (readonly [RegExp, Unit])[] = [
  [new RegExp(`${L}(mdkr|mdr kr|miljarder kronor)${R}`, "iu"), "mdkr"],
  [new RegExp(`${L}(mnkr|mkr|mn kr|msek|miljoner kronor|miljoner)${R}`, "iu"), "mnkr"],
  [new RegExp(`${L}(tkr|tsek|tusen kronor|tusental kronor)${R}`, "iu"), "tkr"],
  [new RegExp(`${L}(kr|kronor|sek)${R}`, "iu"), "kr"],
];

/** The amount unit a header, title or label names ("Belopp i tkr", "(Mkr)", "mdkr"); undefined if none. */
export function findAmountUnit(text: string): Unit | undefined {
  return AMOUNT_UNITS.find(([pattern]) => pattern.test(text))?.[1];
}
