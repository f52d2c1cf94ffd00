import { ExcelHostError, type HostMessage } from "./ExcelHostError";

const UNCHANGED = { sv: "Arbetsboken är oförändrad.", en: "The workbook is unchanged." };

/** What to tell the user for each Office.js error code (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
const BY_CODE: Readonly<Record<string, HostMessage>> = {
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök igen.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  ItemNotFound: {
    sv: "Ett blad eller ett namn som tillägget behöver finns inte längre (det kan ha tagits bort eller bytt namn). Läs in arbetsboken igen och försök på nytt.",
    en: "A sheet or name the add-in needs no longer exists (it may have been deleted or renamed). Reload the workbook in the pane and try again.",
  },
  ItemAlreadyExists: {
    sv: "Det finns redan ett blad med det namnet. Byt namn på ditt blad och försök igen.",
    en: "A sheet with that name already exists. Rename your sheet and try again.",
  },
  AccessDenied: {
    sv: "Arbetsboken eller ett blad är skyddat. Ta bort skyddet (Granska ▸ Ta bort skydd) och försök igen.",
    en: "The workbook or a sheet is protected. Unprotect it (Review ▸ Unprotect) and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "Rapporten blev för stor för Excel att ta emot på en gång. Välj bort några tabeller i panelen och försök igen.",
    en: "The report is too large for Excel to receive at once. Exclude some tables in the pane and try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    sv: "Arbetsboken är för stor för att läsas på en gång. Flytta stora datablad till en egen arbetsbok och försök igen.",
    en: "The workbook is too large to read at once. Move large data sheets to a workbook of their own and try again.",
  },
  ApiNotFound: {
    sv: "Din version av Excel saknar en funktion som tillägget behöver. Uppdatera Office och försök igen.",
    en: "Your version of Excel lacks a feature the add-in needs. Update Office and try again.",
  },
  UnsupportedFeature: {
    sv: "Din version av Excel saknar en funktion som tillägget behöver. Uppdatera Office och försök igen.",
    en: "Your version of Excel lacks a feature the add-in needs. Update Office and try again.",
  },
  InvalidArgument: {
    sv: "Excel godtog inte en del av rapporten. Kontrollera att bladnamnen inte innehåller tecknen [ ] : * ? / \\ och försök igen.",
    en: "Excel did not accept part of the report. Check that sheet names contain none of [ ] : * ? / \\ and try again.",
  },
  InvalidOperation: {
    sv: "Excel tillät inte ändringen just nu. Stäng eventuella dialogrutor i Excel och försök igen.",
    en: "Excel did not allow the change right now. Close any dialog boxes in Excel and try again.",
  },
  Conflict: {
    sv: "Någon annan ändrade arbetsboken samtidigt. Vänta en stund och försök igen.",
    en: "Someone else changed the workbook at the same time. Wait a moment and try again.",
  },
  RequestAborted: {
    sv: "Förbindelsen med Excel bröts. Kontrollera nätverket och försök igen.",
    en: "The connection to Excel was lost. Check the network and try again.",
  },
  GeneralException: {
    sv: "Excel kunde inte slutföra åtgärden. Försök igen; kvarstår felet, spara arbetsboken och starta om Excel.",
    en: "Excel could not complete the action. Try again; if it persists, save the workbook and restart Excel.",
  },
};

/** The `code` of an Office.js error (RichApi.Error / OfficeExtension.Error), found by shape, not by class. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code: unknown = error.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** An Office.js error as an `ExcelHostError`; `restored` says the workbook was put back as it was. */
export function toExcelHostError(error: unknown, restored = false): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const code = officeErrorCode(error) ?? "GeneralException";
  const known = BY_CODE[code] ?? BY_CODE["GeneralException"]!;
  const message = restored ? { sv: `${known.sv} ${UNCHANGED.sv}`, en: `${known.en} ${UNCHANGED.en}` } : known;
  return new ExcelHostError(code, message, { cause: error });
}

/**
 * The user message of a known error (ours, or an Office.js error with a code), or undefined for an
 * error the adapter does not know (a bug: the pane then shows "Något gick fel" with details).
 */
export function describeExcelError(error: unknown): HostMessage | undefined {
  if (error instanceof ExcelHostError) return error.userMessage;
  const code = officeErrorCode(error);
  if (code === undefined) return undefined;
  return toExcelHostError(error).userMessage;
}

/** Any thrown value as `{ sv, en }`: a known error's message, or a general one naming the cause. */
export function toUserMessage(error: unknown): HostMessage {
  const known = describeExcelError(error);
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    sv: `Något gick fel: ${detail}. Försök igen; kvarstår felet, kontakta den som installerade tillägget.`,
    en: `Something went wrong: ${detail}. Try again; if it persists, contact whoever installed the add-in.`,
  };
}
