import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line in process, its output collected. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** Exactly one line on stderr, naming the program, no stack trace. */
export function isOneLine(stderr: string): boolean {
  const lines = stderr.split("\n").filter((line) => line !== "");
  return lines.length === 1 && lines[0]!.startsWith("uppfoljning: ") && !/\n\s+at /.test(stderr);
}
