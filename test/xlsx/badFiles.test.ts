import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { WorkbookError, type WorkbookErrorCode } from "../../src/xlsx/WorkbookError";
import { useTempDir } from "./tempDir";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "uppfoljning-exempel.xlsx");
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 compound file's header followed by a directory naming the given streams. */
function ole2(...streams: string[]): Buffer {
  return Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, "utf16le"))]);
}

function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = x >>> 16;
  }
  return bytes;
}

async function failure(path: string): Promise<WorkbookError> {
  const error: unknown = await readWorkbook(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

describe("readWorkbook on files that are not a readable .xlsx", () => {
  const temp = useTempDir();
  const write = (name: string, bytes: Buffer | string): string => {
    writeFileSync(temp(name), bytes);
    return temp(name);
  };

  it.each<[string, () => Buffer | string, WorkbookErrorCode, RegExp, RegExp]>([
    [
      "budget.csv",
      () => "Konto;Budget;Utfall\n4010;19 121;27 935\n",
      "text",
      /textfil \(CSV\)/,
      /text \(CSV\) file/,
    ],
    ["anteckning.xlsx", () => "bara text", "text", /är en textfil/, /is a text file/],
    [
      "slump.xlsx",
      () => randomBytes(2048, 7),
      "not-a-workbook",
      /ingen Excel-arbetsbok/,
      /not an Excel workbook/,
    ],
    [
      "gammal.xls",
      () => ole2("Root Entry", "Workbook"),
      "xls",
      /gamla formatet \(\.xls\)/,
      /old format \(\.xls\)/,
    ],
    [
      "hemlig.xlsx",
      () => ole2("EncryptionInfo", "EncryptedPackage"),
      "encrypted",
      /lösenordsskyddad/,
      /password-protected/,
    ],
    [
      "okand.xlsx",
      () => ole2("Root Entry"),
      "ole2",
      /lösenordsskyddad eller en gammal/,
      /password-protected or an old/,
    ],
    ["avklippt.xlsx", () => readFileSync(SAMPLE).subarray(0, 3000), "corrupted", /är skadad/, /is corrupted/],
    ["tom.xlsx", () => Buffer.alloc(0), "empty", /är tom/, /is empty/],
  ])("%s", async (name, bytes, code, sv, en) => {
    const error = await failure(write(name, bytes()));
    expect(error.code).toBe(code);
    expect(error.messageSv).toMatch(sv);
    expect(error.messageEn).toMatch(en);
    expect(error.messageSv).toContain(name);
    expect(error.message).toBe(error.messageEn);
  });

  it("keeps the zip library's complaint as the cause of a corrupted file", async () => {
    const error = await failure(write("skadad.xlsx", readFileSync(SAMPLE).subarray(0, 3000)));
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("says a missing file is missing, and a folder is not a file", async () => {
    expect((await failure(temp("finns-inte.xlsx"))).messageSv).toMatch(/finns inte/);
    mkdirSync(temp("mapp.xlsx"));
    expect((await failure(temp("mapp.xlsx"))).code).toBe("not-a-file");
  });
});
