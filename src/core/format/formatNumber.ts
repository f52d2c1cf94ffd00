const NBSP = "\u00a0";
const MINUS = "\u2212";

/**
 * A number as a Swedish report prints it: digits grouped by a no-break space, decimal comma,
 * a true minus sign ("−8 814", "7,9"). `decimals` fixes the digits after the comma.
 */
export function formatNumber(value: number, decimals = 0): string {
  const rounded = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = rounded.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const isZero = Number(rounded) === 0;
  const sign = value < 0 && !isZero ? MINUS : "";
  return sign + grouped + (fraction === undefined ? "" : "," + fraction);
}

/** As `formatNumber`, with an explicit "+" on positive numbers (deviations: never colour alone). */
export function formatSigned(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return value > 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? "+" + text : text;
}
