const MAX = 31;

/** A title as a sheet tab shows it: no []:*?/\ , no surrounding quotes, all-caps titles in sentence case. */
function clean(title: string): string {
  let name = title
    .replace(/[[\]:*?/\\\n\r\t]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (name !== "" && name === name.toUpperCase() && /\p{L}/u.test(name)) {
    name = name.charAt(0) + name.slice(1).toLowerCase();
  }
  return name === "" ? "Rapport" : name;
}

/**
 * `name` in at most `room` characters: whole words where that keeps at least half of it
 * ("Resultaträkning per kostnadsställe" → "Resultaträkning per", not "… kostnadsstä"), without a
 * dangling comma or dash.
 */
function cut(name: string, room: number): string {
  if (name.length <= room) return name;
  const space = name.lastIndexOf(" ", room);
  const words = space >= room / 2 ? name.slice(0, space) : name.slice(0, room);
  return words.replace(/[\s,;.–-]+$/u, "");
}

/**
 * A sheet name for a report: the title cleaned, at most 31 characters, and never one of `taken`
 * (compared as Excel does, ignoring case): "Ekonomi" becomes "Ekonomi (rapport)", then
 * "Ekonomi (rapport 2)", shortening the title to fit, at a word where it can.
 */
export function pickSheetName(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const base = clean(title);
  const fit = (suffix: string) => cut(base, MAX - suffix.length) + suffix;
  for (let n = 0; ; n++) {
    const name = fit(n === 0 ? "" : n === 1 ? " (rapport)" : ` (rapport ${n})`);
    if (!used.has(name.toLowerCase())) return name;
  }
}
