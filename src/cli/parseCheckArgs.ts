import { DEFAULT_OPTIONS, type Thresholds } from "../core/types";
import { usageError, type Lang } from "./CliError";
import { parseThresholds } from "./parseThresholds";

export interface CheckArgs {
  readonly file: string;
  readonly sheet?: string;
  readonly json: boolean;
  readonly thresholds: Thresholds;
  readonly lang: Lang;
  readonly help: boolean;
}

const VALUE_OPTIONS = ["--sheet", "--thresholds", "--lang"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function parseLang(text: string): Lang {
  if (text === "sv" || text === "en") return text;
  throw usageError(`--lang väntar sv eller en (fick "${text}")`, `--lang expects sv or en (got "${text}")`);
}

/** `check FILE.xlsx [--sheet NAME] [--json] [--thresholds 5%,100] [--lang sv|en]`, after "check". */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const values: Partial<Record<ValueOption, string>> = {};
  const files: string[] = [];
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("-") && arg !== "-") {
      const [name = "", inline] = arg.split(/=(.*)/s, 2);
      if (!isValueOption(name)) throw usageError(`okänd flagga ${name}`, `unknown option ${name}`);
      const value = inline ?? args[++i];
      if (value === undefined) throw usageError(`${name} saknar värde`, `${name} needs a value`);
      if (values[name] !== undefined) throw usageError(`${name} angiven två gånger`, `${name} given twice`);
      values[name] = value;
    } else files.push(arg);
  }
  const lang = values["--lang"] === undefined ? "sv" : parseLang(values["--lang"]);
  if (help) return { file: "", json, thresholds: DEFAULT_OPTIONS.thresholds, lang, help };
  if (files.length === 0)
    throw usageError("ange en .xlsx-fil att kontrollera", "give an .xlsx file to check");
  if (files.length > 1) {
    throw usageError(`en fil i taget (fick ${files.length})`, `one file at a time (got ${files.length})`);
  }
  const thresholds =
    values["--thresholds"] === undefined
      ? DEFAULT_OPTIONS.thresholds
      : parseThresholds(values["--thresholds"]);
  const sheet = values["--sheet"];
  return { file: files[0]!, json, thresholds, lang, help, ...(sheet === undefined ? {} : { sheet }) };
}
