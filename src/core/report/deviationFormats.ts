import type { ConditionalFormat } from "./types";

/**
 * IBCS colours for one deviation column over rows `first`–`last`, as formula rules for the
 * top-left cell: neutral while |avvikelse| is under `amount` or under `percent` of |budget|,
 * else green when positive (favourable) and red when negative. The rules exclude each other,
 * so no rule order or stop-if-true is needed.
 */
export function deviationFormats(
  deviation: string,
  budget: string,
  first: number,
  last: number,
  amount: number,
  percent: number,
): ConditionalFormat {
  const d = `${deviation}${first}`;
  const b = `${budget}${first}`;
  const small = `OR(ABS(${d})<${amount},ABS(${d})<${percent}*ABS(${b}))`;
  return {
    range: `${deviation}${first}:${deviation}${last}`,
    rules: [
      { colour: "neutral", formula: `AND(ISNUMBER(${d}),${small})` },
      { colour: "favourable", formula: `AND(ISNUMBER(${d}),${d}>0,NOT(${small}))` },
      { colour: "unfavourable", formula: `AND(ISNUMBER(${d}),${d}<0,NOT(${small}))` },
    ],
  };
}
