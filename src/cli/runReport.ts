import { resolve } from "node:path";
import { toAnalysisJson } from "../core/toAnalysisJson";
import { DEFAULT_OPTIONS, type AnalysisOptions } from "../core/types";
import { writeReportFile } from "../xlsx/writeReportFile";
import { EXIT, inputError, usageError } from "./CliError";
import type { Io } from "./Io";
import { parseThresholds } from "./parseThresholds";

const METHODS = ["run-rate", "budget-profile", "seasonal"] as const;
const USAGE =
  "uppfoljning report IN.xlsx --out OUT.xlsx [--method run-rate|budget-profile|seasonal] [--thresholds 5%,100] [--link] [--json]\n";

/** `uppfoljning report IN.xlsx --out OUT.xlsx …`: writes the report sheets into OUT (never over IN without --out). */
export async function runReport(args: readonly string[], io: Io): Promise<number> {
  let file: string | undefined,
    out: string | undefined,
    json = false,
    link = false;
  let method: AnalysisOptions["method"] = DEFAULT_OPTIONS.method;
  let thresholds = DEFAULT_OPTIONS.thresholds;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () =>
      args[++i] ??
      (() => {
        throw usageError(`${arg} saknar värde`, `${arg} needs a value`);
      })();
    if (arg === "--help" || arg === "-h") {
      io.stdout.write(USAGE);
      return EXIT.ok;
    } else if (arg === "--out") out = value();
    else if (arg === "--json") json = true;
    else if (arg === "--link") link = true;
    else if (arg === "--thresholds") thresholds = parseThresholds(value());
    else if (arg === "--method") {
      const m = value();
      if (!(METHODS as readonly string[]).includes(m))
        throw usageError(`okänd metod "${m}"`, `unknown method "${m}"`);
      method = m as AnalysisOptions["method"];
    } else if (arg === "--lang") i++;
    else if (arg.startsWith("--")) throw usageError(`okänd flagga "${arg}"`, `unknown option "${arg}"`);
    else if (file === undefined) file = arg;
    else throw usageError(`för många filer: "${arg}"`, `too many files: "${arg}"`);
  }
  if (file === undefined) throw usageError("ange en arbetsbok", "give a workbook");
  if (out === undefined)
    throw usageError(
      "ange --out: rapporten skrivs aldrig över indatafilen",
      "give --out: the report never overwrites the input",
    );
  const analysisOptions: AnalysisOptions = { ...DEFAULT_OPTIONS, method, thresholds };
  const run = await writeReportFile(file, out, { thresholds, method, link, analysis: analysisOptions });
  if (run.analysis.tables.length === 0)
    throw inputError(`ingen tabell hittades i "${file}"`, `no table found in "${file}"`);
  const sheets = run.layout.sheets.map((s) => s.name);
  if (json)
    io.stdout.write(
      JSON.stringify({ ...toAnalysisJson(run.analysis), report: { file: resolve(out), sheets } }, null, 2) +
        "\n",
    );
  else io.stdout.write(`Rapporten skrevs till ${resolve(out)}: ${sheets.join(", ")}\n`);
  return EXIT.ok;
}
