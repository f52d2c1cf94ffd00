import ExcelJS from "exceljs";
import { readFile, stat } from "node:fs/promises";
import type { SheetGrid } from "../core/types";
import { createFileKindError, createWorkbookError } from "./createWorkbookError";
import { sniffFileKind } from "./sniffFileKind";
import { WorkbookError } from "./WorkbookError";
import { worksheetToGrid } from "./worksheetToGrid";

/** The code of a Node system error ("ENOENT"); not `instanceof Error`-checked, as such errors may come from another realm. */
function systemErrorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    if (!(await stat(path)).isFile()) throw createWorkbookError("not-a-file", path);
    return await readFile(path);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const code = systemErrorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") throw createWorkbookError("not-found", path, error);
    if (code === "EACCES" || code === "EPERM") throw createWorkbookError("unreadable", path, error);
    if (code === "EISDIR") throw createWorkbookError("not-a-file", path, error);
    throw error;
  }
}

/**
 * The sheets of an .xlsx held in memory, in workbook order, each as its used range of values.
 * `file` names the workbook in error messages. Throws a `WorkbookError` for anything that is
 * not a readable .xlsx.
 */
export async function readWorkbookBytes(bytes: Buffer, file: string): Promise<SheetGrid[]> {
  const kind = sniffFileKind(bytes);
  if (kind !== "zip") throw createFileKindError(kind, file);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy gives it one whatever backs `bytes`.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw createWorkbookError("corrupted", file, error);
  }
  if (workbook.worksheets.length === 0) throw createWorkbookError("not-a-workbook", file);
  return workbook.worksheets.map(worksheetToGrid);
}

/** The sheets of the .xlsx at `path`; see `readWorkbookBytes`. */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  return readWorkbookBytes(await readBytes(path), path);
}
