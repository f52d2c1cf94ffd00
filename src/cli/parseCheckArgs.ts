import { DEFAULT_OPTIONS, type Thresholds } from "../core/types";
import type { Lang } from "./CliError";
import { oneFile, parseLang, parseOptions } from "./parseOptions";
import { parseThresholds } from "./parseThresholds";

export interface CheckArgs {
  readonly file: string;
  readonly sheet?: string;
  readonly json: boolean;
  readonly thresholds: Thresholds;
  readonly lang: Lang;
  readonly help: boolean;
}

/** `check FILE.xlsx [--sheet NAME] [--json] [--thresholds 5%,100] [--lang sv|en]`, after "check". */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const { values, flags, files } = parseOptions(
    args,
    ["--sheet", "--thresholds", "--lang"],
    ["--json", "--help", "-h"],
  );
  const json = flags.has("--json");
  const help = flags.has("--help") || flags.has("-h");
  const lang = parseLang(values["--lang"]);
  if (help) return { file: "", json, thresholds: DEFAULT_OPTIONS.thresholds, lang, help };
  const file = oneFile(files, { sv: "ange en .xlsx-fil att kontrollera", en: "give an .xlsx file to check" });
  const thresholds =
    values["--thresholds"] === undefined
      ? DEFAULT_OPTIONS.thresholds
      : parseThresholds(values["--thresholds"]);
  const sheet = values["--sheet"];
  return { file, json, thresholds, lang, help, ...(sheet === undefined ? {} : { sheet }) };
}
