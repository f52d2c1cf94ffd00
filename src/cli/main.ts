import { WorkbookError } from "../xlsx/WorkbookError";
import { CliError, EXIT, usageError, type Lang } from "./CliError";
import type { Io } from "./Io";
import { runCheck } from "./runCheck";
import { runReport } from "./runReport";
import { mainUsage, usageLine, type CommandName } from "./usage";

export type { Io, Writer } from "./Io";

type Command = (args: readonly string[], io: Io) => Promise<number>;

/** The subcommands; a new one (report) is one more entry. */
const COMMANDS: Readonly<Record<CommandName, Command>> = { check: runCheck, report: runReport };

const isCommand = (name: string | undefined): name is CommandName =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/** The language of error lines, before the arguments are parsed: `--lang en` anywhere, else Swedish. */
function languageOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv.includes("--lang=en") || (i >= 0 && argv[i + 1] === "en") ? "en" : "sv";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The command line, in process: `argv` without node and the script, output through `io`.
 * Resolves to the exit code; every failure becomes one line on stderr, never a stack trace.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = languageOf(argv);
  const [name, ...args] = argv;
  try {
    if (name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(mainUsage(lang));
      return EXIT.ok;
    }
    if (name === undefined) throw usageError("ange ett kommando", "give a command");
    if (!isCommand(name)) throw usageError(`okänt kommando "${name}"`, `unknown command "${name}"`);
    return await COMMANDS[name](args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`uppfoljning: ${error.userMessage(lang)}\n`);
      if (error.exitCode === EXIT.usage) io.stderr.write(usageLine(lang, isCommand(name) ? name : "check"));
      return error.exitCode;
    }
    if (error instanceof WorkbookError) {
      io.stderr.write(`uppfoljning: ${error.userMessage(lang)}\n`);
      return EXIT.input;
    }
    const line =
      lang === "sv" ? "internt fel (en bugg, rapportera gärna)" : "internal error (a bug, please report)";
    io.stderr.write(`uppfoljning: ${line}: ${describe(error)}\n`);
    return EXIT.input;
  }
}
