import { analyseWorkbook } from "../core/analyseWorkbook";
import { toAnalysisJson } from "../core/toAnalysisJson";
import { DEFAULT_OPTIONS, type SheetGrid } from "../core/types";
import { readWorkbook } from "../xlsx/readWorkbook";
import { EXIT, inputError } from "./CliError";
import type { Io } from "./Io";
import { parseCheckArgs } from "./parseCheckArgs";
import { renderAnalysis } from "./renderAnalysis";
import { checkUsage } from "./usage";

/** The sheet the user named: exactly, or else ignoring case and surrounding spaces. */
function selectSheet(sheets: readonly SheetGrid[], name: string, file: string): SheetGrid {
  const wanted = name.trim().toLocaleLowerCase("sv");
  const sheet =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.trim().toLocaleLowerCase("sv") === wanted);
  if (sheet) return sheet;
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  throw inputError(
    `bladet "${name}" finns inte i "${file}" (blad: ${names})`,
    `sheet "${name}" not found in "${file}" (sheets: ${names})`,
  );
}

/** `uppfoljning check FILE.xlsx …`: reads the workbook, runs the engine, prints the findings or the JSON. */
export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  if (options.help) {
    io.stdout.write(checkUsage(options.lang));
    return EXIT.ok;
  }
  const sheets = await readWorkbook(options.file);
  const selected = options.sheet === undefined ? sheets : [selectSheet(sheets, options.sheet, options.file)];
  const analysis = analyseWorkbook(selected, { ...DEFAULT_OPTIONS, thresholds: options.thresholds });
  if (analysis.tables.length === 0) {
    const where = options.sheet === undefined ? `"${options.file}"` : `bladet "${selected[0]!.name}"`;
    const whereEn = options.sheet === undefined ? `"${options.file}"` : `sheet "${selected[0]!.name}"`;
    throw inputError(
      `ingen budget- eller nyckeltalstabell hittades i ${where}`,
      `no budget or key-figure table found in ${whereEn}`,
    );
  }
  const output = options.json
    ? JSON.stringify(toAnalysisJson(analysis), null, 2) + "\n"
    : renderAnalysis(analysis, options.lang);
  io.stdout.write(output);
  return EXIT.ok;
}
