import type { FileKind } from "./sniffFileKind";
import { WorkbookError, type WorkbookErrorCode } from "./WorkbookError";

type Messages = { sv: string; en: string };

const MESSAGES: Record<WorkbookErrorCode, (file: string) => Messages> = {
  "not-found": (f) => ({ sv: `Filen "${f}" finns inte.`, en: `File "${f}" not found.` }),
  "not-a-file": (f) => ({ sv: `"${f}" är ingen fil (en mapp?).`, en: `"${f}" is not a file (a folder?).` }),
  unreadable: (f) => ({
    sv: `Filen "${f}" kan inte läsas (behörighet?).`,
    en: `File "${f}" cannot be read (permissions?).`,
  }),
  empty: (f) => ({ sv: `Filen "${f}" är tom.`, en: `File "${f}" is empty.` }),
  xls: (f) => ({
    sv: `"${f}" är en Excel-fil i det gamla formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    en: `"${f}" is an Excel file in the old format (.xls). Save it as an Excel Workbook (.xlsx) and try again.`,
  }),
  encrypted: (f) => ({
    sv: `"${f}" är lösenordsskyddad. Spara en kopia utan lösenord och försök igen.`,
    en: `"${f}" is password-protected. Save a copy without a password and try again.`,
  }),
  ole2: (f) => ({
    sv: `"${f}" är lösenordsskyddad eller en gammal Excel-fil (.xls). Spara den utan lösenord som .xlsx och försök igen.`,
    en: `"${f}" is password-protected or an old Excel file (.xls). Save it as .xlsx without a password and try again.`,
  }),
  text: (f) =>
    /\.(csv|tsv|txt)$/i.test(f)
      ? {
          sv: `"${f}" är en textfil (CSV), ingen Excel-arbetsbok. Öppna den i Excel och spara som .xlsx.`,
          en: `"${f}" is a text (CSV) file, not an Excel workbook. Open it in Excel and save it as .xlsx.`,
        }
      : {
          sv: `"${f}" är en textfil, ingen Excel-arbetsbok (.xlsx).`,
          en: `"${f}" is a text file, not an Excel workbook (.xlsx).`,
        },
  "not-a-workbook": (f) => ({
    sv: `"${f}" är ingen Excel-arbetsbok (.xlsx).`,
    en: `"${f}" is not an Excel workbook (.xlsx).`,
  }),
  "cannot-write": (f) => ({
    sv: `Rapporten kan inte skrivas till "${f}": finns mappen, och får du skriva där? Arbetsboken är orörd.`,
    en: `The report cannot be written to "${f}": does the folder exist, and may you write there? The workbook is untouched.`,
  }),
  corrupted: (f) => ({
    sv: `"${f}" är skadad: filen ser ut som en .xlsx men går inte att läsa.`,
    en: `"${f}" is corrupted: it looks like an .xlsx but cannot be read.`,
  }),
};

const KIND_CODES: Record<Exclude<FileKind, "zip">, WorkbookErrorCode> = {
  empty: "empty",
  xls: "xls",
  encrypted: "encrypted",
  ole2: "ole2",
  text: "text",
  binary: "not-a-workbook",
};

/** The error for a file, named as the user gave it. */
export function createWorkbookError(code: WorkbookErrorCode, file: string, cause?: unknown): WorkbookError {
  return new WorkbookError(code, MESSAGES[code](file), cause);
}

/** The error for a file whose first bytes are not a zip. */
export function createFileKindError(kind: Exclude<FileKind, "zip">, file: string): WorkbookError {
  return createWorkbookError(KIND_CODES[kind], file);
}
