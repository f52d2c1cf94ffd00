import type { CellContent } from "../core/report/types";

/**
 * What to send Excel for a cell so it keeps exactly what the layout says. A formula goes as it is.
 * Text goes with Excel's leading apostrophe whenever Excel could read it as something else — a
 * formula ("=…", "+…", "-…", "@…"), a number, a date ("jan-24") or a boolean: the apostrophe marks
 * the cell as text and is not part of its value (as when a person types it). Text that starts with a
 * letter and holds no digit ("Kommentar", "Intäkter") is sent as it is.
 */
export function toCellInput(content: CellContent): string | number {
  if (content.kind === "number") return content.value;
  if (content.kind === "formula") return content.formula;
  const text = content.text;
  if (text === "") return "";
  const plain = /^\p{L}/u.test(text) && !/\d/.test(text) && !/^(true|false)$/i.test(text.trim());
  return plain ? text : `'${text}`;
}
