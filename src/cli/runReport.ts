import { resolve } from "node:path";
import { toAnalysisJson } from "../core/toAnalysisJson";
import { DEFAULT_SETTINGS } from "../core/settings/types";
import { writeReportFile } from "../xlsx/writeReportFile";
import { EXIT, inputError } from "./CliError";
import { guardUnkeptContent } from "./guardUnkeptContent";
import type { Io } from "./Io";
import { parseReportArgs } from "./parseReportArgs";
import { renderAnalysis } from "./renderAnalysis";
import { reportUsage } from "./usage";

/**
 * `uppfoljning report IN.xlsx --out OUT.xlsx …`: writes IN with its report sheets into OUT (OUT may
 * be IN itself, to refresh a report, unless IN holds what the .xlsx path cannot carry), and prints
 * what it found and where the report is (or, with `--json`, the analysis with each row's
 * forecast, the commentary and the report's sheets).
 */
export async function runReport(args: readonly string[], io: Io): Promise<number> {
  const options = parseReportArgs(args);
  if (options.help) {
    io.stdout.write(reportUsage(options.lang));
    return EXIT.ok;
  }
  const settings = { ...DEFAULT_SETTINGS, method: options.method, thresholds: options.thresholds };
  let warning: { sv: string; en: string } | undefined;
  const plan = await writeReportFile(options.file, options.out, settings, options.link, async (ours) => {
    warning = await guardUnkeptContent(options.file, options.out, ours);
  });
  if (warning) io.stderr.write(`uppfoljning: ${warning[options.lang]}\n`);
  if (plan.analysis.tables.length === 0) {
    throw inputError(
      `ingen budget- eller nyckeltalstabell hittades i "${options.file}"; ingen rapport skrevs`,
      `no budget or key-figure table found in "${options.file}"; no report written`,
    );
  }
  const file = resolve(options.out);
  const sheets = plan.layout.sheets.map((s) => s.name);
  if (options.json) {
    const json = { ...toAnalysisJson(plan.analysis), report: { file, sheets } };
    io.stdout.write(JSON.stringify(json, null, 2) + "\n");
    return EXIT.ok;
  }
  const where =
    options.lang === "sv"
      ? `Rapporten skrevs till ${file}\n  Rapportblad: ${sheets.join(", ")}\n`
      : `The report was written to ${file}\n  Report sheets: ${sheets.join(", ")}\n`;
  io.stdout.write(`${renderAnalysis(plan.analysis, options.lang)}\n${where}`);
  return EXIT.ok;
}
