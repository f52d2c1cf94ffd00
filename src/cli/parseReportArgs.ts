import { DEFAULT_SETTINGS, type Settings } from "../core/settings/types";
import { usageError, type Lang } from "./CliError";
import { oneFile, parseLang, parseOptions } from "./parseOptions";
import { parseThresholds } from "./parseThresholds";

export interface ReportArgs {
  readonly file: string;
  readonly out: string;
  readonly method: Settings["method"];
  readonly thresholds: Settings["thresholds"];
  readonly link: boolean;
  readonly json: boolean;
  readonly lang: Lang;
  readonly help: boolean;
}

const METHODS: readonly Settings["method"][] = ["run-rate", "budget-profile", "seasonal"];

function parseMethod(text: string | undefined): Settings["method"] {
  if (text === undefined) return DEFAULT_SETTINGS.method;
  const method = METHODS.find((m) => m === text);
  if (method) return method;
  throw usageError(
    `--method väntar ${METHODS.join(", ")} (fick "${text}")`,
    `--method expects ${METHODS.join(", ")} (got "${text}")`,
  );
}

/**
 * `report IN.xlsx --out OUT.xlsx [--method …] [--thresholds 5%,100] [--link] [--json] [--lang sv|en]`,
 * after "report". Without `--out` it refuses: the report never overwrites its input unasked.
 */
export function parseReportArgs(args: readonly string[]): ReportArgs {
  const { values, flags, files } = parseOptions(
    args,
    ["--out", "--method", "--thresholds", "--lang"],
    ["--json", "--link", "--help", "-h"],
  );
  const lang = parseLang(values["--lang"]);
  const common = {
    method: parseMethod(values["--method"]),
    thresholds:
      values["--thresholds"] === undefined
        ? DEFAULT_SETTINGS.thresholds
        : parseThresholds(values["--thresholds"]),
    link: flags.has("--link"),
    json: flags.has("--json"),
    lang,
  };
  if (flags.has("--help") || flags.has("-h")) return { file: "", out: "", ...common, help: true };
  const file = oneFile(files, {
    sv: "ange en .xlsx-fil att göra rapport av",
    en: "give an .xlsx file to report on",
  });
  const out = values["--out"];
  if (out === undefined) {
    throw usageError(
      "ange --out UT.xlsx: rapporten skrivs aldrig över indatafilen utan att du ber om det",
      "give --out OUT.xlsx: the report never overwrites the input unless you ask",
    );
  }
  return { file, out, ...common, help: false };
}
