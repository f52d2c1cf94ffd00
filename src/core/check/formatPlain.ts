import { formatNumber } from "../format/formatNumber";

/** A number in a message: Swedish digits, at most two decimals, none when whole ("−2 036", "7,9"). */
export function formatPlain(value: number): string {
  return formatNumber(value, 2)
    .replace(/,00$/, "")
    .replace(/(,\d)0$/, "$1");
}
