import type { ForecastMethod } from "../types";

const isPlacement = (label: string) =>
  /placering|hvb|sis|köp av (verksamhet|huvudverksamhet)|familjehem/i.test(label);
const isGrant = (label: string) => /bidrag|intäkt|ersättning/i.test(label);

/** What can make a method mislead on this line, as a clause of a Swedish sentence. */
export function forecastPitfall(method: ForecastMethod, label: string, months: number): string {
  const august = months === 8 ? " i augusti" : "";
  if (method === "run-rate") {
    if (isGrant(label)) return "statsbidrag kommer klumpvis, så årstakten kan slå åt båda hållen";
    return `semesterlöneskuld och fakturor som släpar gör årstakten missvisande${august}`;
  }
  if (isPlacement(label))
    return "en placering kostar lika mycket varje månad tills den upphör, oavsett budgetens eller fjolårets fördelning";
  if (isGrant(label)) return "statsbidrag kommer klumpvis och inte nödvändigtvis samma månad som i fjol";
  if (method === "seasonal")
    return "fjolårets mönster upprepas inte alltid: semesterlöneskuld, engångsposter och statsbidrag kan falla olika";
  return "förutsätter att resten av året följer budgeten; semesterlöneskuld och klumpvisa statsbidrag gör det sällan";
}
