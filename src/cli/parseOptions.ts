import { usageError, type Lang } from "./CliError";

export interface ParsedOptions<V extends string, F extends string> {
  readonly values: Partial<Record<V, string>>;
  readonly flags: ReadonlySet<F>;
  readonly files: readonly string[];
}

/**
 * A command's arguments: options that take a value (`--sheet NAME` or `--sheet=NAME`, at most
 * once), flags (`--json`), and files; `--` ends the options. Anything else is a usage error.
 */
export function parseOptions<V extends string, F extends string>(
  args: readonly string[],
  valueOptions: readonly V[],
  flagOptions: readonly F[],
): ParsedOptions<V, F> {
  const values: Partial<Record<V, string>> = {};
  const flags = new Set<F>();
  const files: string[] = [];
  const isValue = (name: string): name is V => (valueOptions as readonly string[]).includes(name);
  const isFlag = (name: string): name is F => (flagOptions as readonly string[]).includes(name);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    if (isFlag(arg)) {
      flags.add(arg);
      continue;
    }
    const [name = "", inline] = arg.split(/=(.*)/s, 2);
    if (!isValue(name)) throw usageError(`okänd flagga ${name}`, `unknown option ${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw usageError(`${name} saknar värde`, `${name} needs a value`);
    if (values[name] !== undefined) throw usageError(`${name} angiven två gånger`, `${name} given twice`);
    values[name] = value;
  }
  return { values, flags, files };
}

export function parseLang(text: string | undefined): Lang {
  if (text === undefined || text === "sv" || text === "en") return text ?? "sv";
  throw usageError(`--lang väntar sv eller en (fick "${text}")`, `--lang expects sv or en (got "${text}")`);
}

/** The one input file, or a usage error naming what to give. */
export function oneFile(files: readonly string[], missing: { sv: string; en: string }): string {
  if (files.length === 0) throw usageError(missing.sv, missing.en);
  if (files.length > 1) {
    throw usageError(`en fil i taget (fick ${files.length})`, `one file at a time (got ${files.length})`);
  }
  return files[0]!;
}
