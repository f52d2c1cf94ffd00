import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { createFileKindError, createWorkbookError } from "./createWorkbookError";
import { sniffFileKind } from "./sniffFileKind";

/** An .xlsx as an ExcelJS workbook, to be changed and written back; `WorkbookError` for anything else. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EISDIR") throw createWorkbookError("not-a-file", path, error);
    if (code === "EACCES" || code === "EPERM") throw createWorkbookError("unreadable", path, error);
    throw createWorkbookError("not-found", path, error);
  }
  const kind = sniffFileKind(bytes);
  if (kind !== "zip") throw createFileKindError(kind, path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw createWorkbookError("corrupted", path, error);
  }
  if (workbook.worksheets.length === 0) throw createWorkbookError("not-a-workbook", path);
  return workbook;
}
