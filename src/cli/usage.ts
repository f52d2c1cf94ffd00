import type { Lang } from "./CliError";

const CHECK_LINE = "uppfoljning check FIL.xlsx [--sheet NAMN] [--json] [--thresholds 5%,100] [--lang sv|en]";
const CHECK_LINE_EN =
  "uppfoljning check FILE.xlsx [--sheet NAME] [--json] [--thresholds 5%,100] [--lang sv|en]";

/** One line naming the command's form, printed after a usage error. */
export function usageLine(lang: Lang): string {
  return `${lang === "sv" ? "Användning" : "Usage"}: ${lang === "sv" ? CHECK_LINE : CHECK_LINE_EN}\n`;
}

export function checkUsage(lang: Lang): string {
  if (lang === "en") {
    return `Usage: ${CHECK_LINE_EN}

Finds the budget and key-figure tables in every sheet of the workbook, checks them and prints
the findings (errors, warnings, info). Findings do not change the exit code.

  --sheet NAME          only this sheet
  --json                the whole analysis as JSON on stdout (see docs/cli.md)
  --thresholds P%,TKR   materiality: |variance| >= P % of budget and >= TKR tkr (default 5%,100)
  --lang sv|en          language of the output (default sv)

Exit codes: 0 checked, 1 the file cannot be read or holds no table, 2 wrong command line.
`;
  }
  return `Användning: ${CHECK_LINE}

Hittar budget- och nyckeltalstabellerna på varje blad i arbetsboken, kontrollerar dem och skriver
ut anmärkningarna (fel, varningar, info). Anmärkningar ändrar inte slutkoden.

  --sheet NAMN          bara detta blad
  --json                hela analysen som JSON på stdout (se docs/cli.md)
  --thresholds P%,TKR   väsentlighet: |avvikelse| >= P % av budget och >= TKR tkr (standard 5%,100)
  --lang sv|en          språk för utskriften (standard sv)

Slutkoder: 0 kontrollerad, 1 filen går inte att läsa eller saknar tabell, 2 fel i kommandoraden.
`;
}

/** `uppfoljning --help`: the commands, then each command's own help. */
export function mainUsage(lang: Lang): string {
  const commands =
    lang === "sv"
      ? "Kommandon:\n  check   kontrollera tabellerna i en .xlsx-fil\n"
      : "Commands:\n  check   check the tables in an .xlsx file\n";
  return `${commands}\n${checkUsage(lang)}`;
}
