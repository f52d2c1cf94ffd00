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
 * A sheet name for a report: the title cleaned, at most 31 characters, and never one of `taken`
 * (compared as Excel does, ignoring case): "Ekonomi" becomes "Ekonomi (rapport)", then
 * "Ekonomi (rapport 2)", shortening the title to fit.
 */
export function pickSheetName(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const base = clean(title);
  const fit = (suffix: string) => base.slice(0, MAX - suffix.length).trimEnd() + suffix;
  for (let n = 0; ; n++) {
    const name = fit(n === 0 ? "" : n === 1 ? " (rapport)" : ` (rapport ${n})`);
    if (!used.has(name.toLowerCase())) return name;
  }
}
