import type { Lang } from "./CliError";

export type CommandName = "check" | "report";

const LINES: Record<CommandName, Record<Lang, string>> = {
  check: {
    sv: "uppfoljning check FIL.xlsx [--sheet NAMN] [--json] [--thresholds 5%,100] [--lang sv|en]",
    en: "uppfoljning check FILE.xlsx [--sheet NAME] [--json] [--thresholds 5%,100] [--lang sv|en]",
  },
  report: {
    sv: "uppfoljning report IN.xlsx --out UT.xlsx [--method run-rate|budget-profile|seasonal] [--thresholds 5%,100] [--link] [--json] [--lang sv|en]",
    en: "uppfoljning report IN.xlsx --out OUT.xlsx [--method run-rate|budget-profile|seasonal] [--thresholds 5%,100] [--link] [--json] [--lang sv|en]",
  },
};

/** One line naming the command's form, printed after a usage error (check's when no command was named). */
export function usageLine(lang: Lang, command: CommandName = "check"): string {
  return `${lang === "sv" ? "Användning" : "Usage"}: ${LINES[command][lang]}\n`;
}

export function checkUsage(lang: Lang): string {
  if (lang === "en") {
    return `${usageLine("en", "check")}
Finds the budget and key-figure tables in every sheet of the workbook, checks them and prints
the findings (errors, warnings, info). Findings do not change the exit code.

  --sheet NAME          only this sheet
  --json                the whole analysis as JSON on stdout (see the README)
  --thresholds P%,TKR   materiality: |variance| >= P % of budget and >= TKR tkr (default 5%,100)
  --lang sv|en          language of the output (default sv)

Exit codes: 0 checked, 1 the file cannot be read or holds no table, 2 wrong command line.
`;
  }
  return `${usageLine("sv", "check")}
Hittar budget- och nyckeltalstabellerna på varje blad i arbetsboken, kontrollerar dem och skriver
ut anmärkningarna (fel, varningar, info). Anmärkningar ändrar inte slutkoden.

  --sheet NAMN          bara detta blad
  --json                hela analysen som JSON på stdout (se README)
  --thresholds P%,TKR   väsentlighet: |avvikelse| >= P % av budget och >= TKR tkr (standard 5%,100)
  --lang sv|en          språk för utskriften (standard sv)

Slutkoder: 0 kontrollerad, 1 filen går inte att läsa eller saknar tabell, 2 fel i kommandoraden.
`;
}

export function reportUsage(lang: Lang): string {
  if (lang === "en") {
    return `${usageLine("en", "report")}
Writes OUT.xlsx: every sheet of IN.xlsx as it was, plus a report sheet per table (live formulas,
a full-year forecast, colours, commentary stubs and a Kommentar column). Run it again on OUT to
refresh the numbers: every comment a person wrote is kept.

  --out OUT.xlsx        where to write (required: the input is never overwritten unasked)
  --method M            forecast method: run-rate, budget-profile (default) or seasonal
  --thresholds P%,TKR   materiality, as for check (default 5%,100)
  --link                inputs as references to the source cells instead of copies
  --json                the analysis with forecasts and commentary as JSON on stdout
  --lang sv|en          language of the output (default sv)
`;
  }
  return `${usageLine("sv", "report")}
Skriver UT.xlsx: varje blad i IN.xlsx som det var, och ett rapportblad per tabell (levande formler,
helårsprognos, färger, kommentarsförslag och en Kommentar-kolumn). Kör igen på UT för att uppdatera
siffrorna: varje kommentar som en person skrivit behålls.

  --out UT.xlsx         vart rapporten skrivs (krävs: indatafilen skrivs aldrig över oombedd)
  --method M            prognosmetod: run-rate, budget-profile (standard) eller seasonal
  --thresholds P%,TKR   väsentlighet, som för check (standard 5%,100)
  --link                indata som referenser till källcellerna i stället för kopior
  --json                analysen med prognoser och kommentarer som JSON på stdout
  --lang sv|en          språk för utskriften (standard sv)
`;
}

/** `uppfoljning --help`: the commands, then each command's own help. */
export function mainUsage(lang: Lang): string {
  const commands =
    lang === "sv"
      ? "Kommandon:\n  check    kontrollera tabellerna i en .xlsx-fil\n  report   skriv rapportbladen i en kopia av arbetsboken\n"
      : "Commands:\n  check    check the tables in an .xlsx file\n  report   write the report sheets into a copy of the workbook\n";
  return `${commands}\n${checkUsage(lang)}\n${reportUsage(lang)}`;
}
