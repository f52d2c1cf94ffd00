import type { RowKind, Unit } from "../types";
import { unitFromLabel } from "./unitFromLabel";

export interface LabelClass {
  /** From the label alone; "section" and "measure" are decided by the table. */
  readonly kind: Exclude<RowKind, "section" | "measure">;
  readonly unit?: Unit;
}

const START = (source: string) => new RegExp(`^(?:${source})(?![\\p{L}])`, "iu");
const OF_WHICH = START("därav|varav");
/** A footnote: a line that starts with a footnote mark a number can carry ("* inkl.", "¹ exkl."), or says it is one. */
const NOTE = /^(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]|(?:not|noter|källa|källor|anm|anmärkning)(?![\p{L}]))/iu;
const TOTAL = START(
  "summa|delsumma|s:a|totalt|total|resultat|årets resultat|periodens resultat|nettokostnad|nettokostnader|netto|" +
    "verksamhetens nettokostnad|verksamhetens nettokostnader|nettoresultat",
);
/** A numbered cost centre or unit: "33. Individ- och familjeomsorg", "1 Ledning", "610 Äldreomsorg". */
const NUMBERED = /^\d{1,6}(?:\.\d{1,3})*\.?\s+\p{L}/u;
const COST_FIRST =
  /(sociala avgifter|arbetsgivaravgift|personalomkostnad|^lämnade bidrag|bidrag till(?![\p{L}]))/iu;
const REVENUE = [
  /intäkt(er)?(?![\p{L}])/iu,
  START("(?:erhållna |externa |övriga |riktade |generella )?(?:stats)?bidrag"),
  /statsbidrag/iu,
  START(
    "(?:taxor och )?avgifter|taxor|försäljning|hyresintäkter|ersättning(?:ar)? från|återbetalning(?:ar)?",
  ),
];
const COST = [
  /kostnad(er)?(?![\p{L}])/iu,
  START(
    "köp av|inköp|lön|löner|material|tjänster|avskrivning(?:ar)?|lokalhyr(?:a|or)|hyr(?:a|or) för lokaler|förbrukning",
  ),
];

/**
 * What a line's label says it is: revenue (Intäkter, Bidrag, Avgifter…), cost (Kostnader,
 * Personalkostnader, Köp av verksamhet…), total (Summa…, Totalt, Resultat, Nettokostnad), a
 * därav/varav row, a note (a footnote: "*", "Not", "Källa"), or else a net line (a numbered
 * cost centre or any other plain line). The unit comes from the label too (", %", "tkr", "antal").
 */
export function classifyLabel(label: string): LabelClass {
  const text = label.replace(/[\s\u00a0\u2009\u202f]+/g, " ").trim();
  const unit = unitFromLabel(text);
  const kind = kindOfText(text);
  return unit ? { kind, unit } : { kind };
}

/** The kind a whitespace-normalised label names, the first rule that matches winning. */
function kindOfText(text: string): LabelClass["kind"] {
  if (OF_WHICH.test(text)) return "ofWhich";
  if (NOTE.test(text)) return "note";
  if (TOTAL.test(text)) return "total";
  if (NUMBERED.test(text)) return "net";
  if (COST_FIRST.test(text)) return "cost";
  if (REVENUE.some((p) => p.test(text))) return "revenue";
  if (COST.some((p) => p.test(text))) return "cost";
  return "net";
}
