/** Why a file could not be read as a workbook, or the report could not be written. */
export type WorkbookErrorCode =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "empty"
  | "xls"
  | "encrypted"
  | "ole2"
  | "text"
  | "not-a-workbook"
  | "corrupted"
  | "cannot-write";

/**
 * A file that is not a readable .xlsx. Carries the message to show the user, in Swedish and in
 * English, and the underlying error as `cause`. `message` is the English one.
 */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly messageSv: string;
  readonly messageEn: string;

  constructor(code: WorkbookErrorCode, messages: { sv: string; en: string }, cause?: unknown) {
    super(messages.en, cause === undefined ? undefined : { cause });
    this.name = "WorkbookError";
    this.code = code;
    this.messageSv = messages.sv;
    this.messageEn = messages.en;
  }

  userMessage(lang: "sv" | "en"): string {
    return lang === "sv" ? this.messageSv : this.messageEn;
  }
}
