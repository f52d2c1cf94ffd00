import { quoteName } from "./fakeAddress";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * What Excel does to defined names when a sheet is renamed (references follow it) or deleted
 * (`to` undefined: references become #REF!).
 */
export function renameInNames(names: Map<string, string>, from: string, to: string | undefined): void {
  const quoted = `'${from.replace(/'/g, "''")}'!`;
  const patterns = [escape(quoted)];
  if (!quoted.slice(1, -2).match(/[^A-Za-z0-9_.]/)) patterns.push(`(?<![A-Za-z0-9_.'])${escape(from)}!`);
  const re = new RegExp(patterns.join("|"), "gi");
  for (const [name, formula] of names)
    names.set(name, formula.replace(re, to === undefined ? "#REF!" : `${quoteName(to)}!`));
}
