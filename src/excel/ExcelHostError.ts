/** A message in Swedish and English. */
export interface HostMessage {
  readonly sv: string;
  readonly en: string;
}

/**
 * A failure the user can act on: what went wrong and what to do, in both languages, with the
 * error that caused it (an `OfficeExtension.Error` and its `code`, or one of ours) attached.
 */
export class ExcelHostError extends Error {
  override readonly name = "ExcelHostError";

  constructor(
    /** The Office error code ("ItemNotFound") or our own ("name-clash", "no-tables"). */
    readonly code: string,
    readonly userMessage: HostMessage,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
  }

  get sv(): string {
    return this.userMessage.sv;
  }

  get en(): string {
    return this.userMessage.en;
  }
}
