import { readFile, realpath } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { findUnkeptContent, type UnkeptContent } from "../xlsx/findUnkeptContent";
import { inputError, type Lang } from "./CliError";

/** A path as the file system knows it (links followed); for a file yet to be written, its folder's. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path));
  }
}

const listed = (unkept: readonly UnkeptContent[], lang: Lang) =>
  unkept
    .map((u) =>
      u.sheet === undefined ? u[lang] : `${u[lang]} (${lang === "sv" ? "bladet" : "sheet"} "${u.sheet}")`,
    )
    .join(", ");

/**
 * What the .xlsx path would drop from `input` when the report is written (see findUnkeptContent).
 * Writing over the input itself would destroy it: that is refused. Into another file it is allowed,
 * and the warning lines returned say what OUT lacks (the input is never changed).
 */
export async function guardUnkeptContent(
  input: string,
  output: string,
  ourSheets: ReadonlySet<string>,
): Promise<{ sv: string; en: string } | undefined> {
  const unkept = await findUnkeptContent(new Uint8Array(await readFile(input)), ourSheets);
  if (unkept.length === 0) return undefined;
  if ((await canonical(input)) === (await canonical(output)))
    throw inputError(
      `"${input}" har innehåll som inte följer med när rapporten skrivs som .xlsx: ${listed(unkept, "sv")}. Skriv rapporten till en annan fil med --out, eller skapa den med tillägget i Excel.`,
      `"${input}" holds content that does not survive writing the report as .xlsx: ${listed(unkept, "en")}. Write the report to another file with --out, or create it with the add-in in Excel.`,
    );
  return {
    sv: `observera: ${listed(unkept, "sv")} följer inte med till "${output}" (indatafilen är oförändrad).`,
    en: `note: ${listed(unkept, "en")} are not carried into "${output}" (the input is unchanged).`,
  };
}
