export type Lang = "sv" | "en";

/** Exit codes: findings are not failures. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * A failure the command line explains in one line: a bad command line (exit 2) or input that
 * cannot be checked (exit 1). Carries the line in Swedish and in English.
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  readonly messageSv: string;
  readonly messageEn: string;

  constructor(exitCode: 1 | 2, messages: { sv: string; en: string }) {
    super(messages.en);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.messageSv = messages.sv;
    this.messageEn = messages.en;
  }

  userMessage(lang: Lang): string {
    return lang === "sv" ? this.messageSv : this.messageEn;
  }
}

export function usageError(sv: string, en: string): CliError {
  return new CliError(EXIT.usage, { sv, en });
}

export function inputError(sv: string, en: string): CliError {
  return new CliError(EXIT.input, { sv, en });
}
