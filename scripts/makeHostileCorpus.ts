/**
 * Writes the hostile corpus into test/fixtures/hostile/: each case of corpusCases.ts as NAME.xlsx
 * (real error cells, formulas with cached results, merges, hidden rows and columns), and the files
 * that are no workbook at all: a password-protected .xlsx (an OLE2 compound file holding
 * EncryptionInfo and EncryptedPackage), an old .xls, a cut-off .xlsx, a zip without a workbook,
 * a PDF, a CSV and an empty file. Run: npx tsx scripts/makeHostileCorpus.ts
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, type CorpusCase, type HostileCell } from "../test/fixtures/hostile/corpusCases";

const DIR = join(__dirname, "..", "test", "fixtures", "hostile");
const FIXED_DATE = new Date("2025-01-01T00:00:00Z");

function excelValue(cell: HostileCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("error" in cell) return { error: cell.error };
  const result =
    typeof cell.result === "number" ? cell.result : ({ error: cell.result.error } as ExcelJS.CellErrorValue);
  return { formula: cell.formula, result };
}

async function writeCase(c: CorpusCase): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of c.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, col) => {
        if (cell !== null) ws.getCell(r + 1, col + 1).value = excelValue(cell);
      }),
    );
    for (const range of sheet.merges ?? [])
      if (range.split(":")[0] !== range.split(":")[1]) ws.mergeCells(range);
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
    for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
    // A number format on a source cell: it must survive the report untouched.
    if (sheet.rows.length > 1) ws.getCell(2, 2).numFmt = "#,##0;[Red]-#,##0";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A minimal OLE2 compound file (512-byte sectors, no mini stream): a FAT sector, a directory
 * sector, then each stream padded to whole sectors of at least 4096 bytes.
 */
export function compoundFile(streams: readonly { name: string; bytes: Buffer }[]): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.bytes.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    s.bytes.copy(data);
    return { name: s.name, data, size: Math.max(4096, s.bytes.length) };
  });
  const fat = new Array<number>(128).fill(FREE);
  fat[0] = 0xfffffffd;
  fat[1] = END;
  let next = 2;
  const starts = padded.map((s) => {
    const start = next;
    const count = s.data.length / SECTOR;
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END : start + i + 1;
    next += count;
    return start;
  });
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fatSector = Buffer.alloc(SECTOR);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const dir = Buffer.alloc(SECTOR);
  const entry = (
    i: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = i * 128;
    dir.write(name, at, "utf16le");
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(FREE, at + 68); // left sibling
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, "Root Entry", 5, padded.length > 0 ? 1 : FREE, FREE, END, 0);
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, FREE, i + 2 <= padded.length ? i + 2 : FREE, starts[i]!, s.size),
  );
  return Buffer.concat([header, fatSector, dir, ...padded.map((s) => s.data)]);
}

async function main(): Promise<void> {
  let sample: Buffer | undefined;
  for (const c of CORPUS) {
    const bytes = await writeCase(c);
    sample ??= bytes;
    writeFileSync(join(DIR, `${c.name}.xlsx`), bytes);
  }
  const noise = Buffer.alloc(1024, 0x9c);
  const zip = new JSZip();
  zip.file("readme.txt", "ingen arbetsbok");
  const files: Record<string, Buffer | string> = {
    "bad-encrypted.xlsx": compoundFile([
      { name: "EncryptionInfo", bytes: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
      { name: "EncryptedPackage", bytes: noise },
    ]),
    "bad-old-format.xls": compoundFile([{ name: "Workbook", bytes: Buffer.from([0x09, 0x08, 0x10, 0x00]) }]),
    "bad-truncated.xlsx": sample!.subarray(0, Math.floor(sample!.length / 2)),
    "bad-zip-without-workbook.xlsx": Buffer.from(await zip.generateAsync({ type: "uint8array" })),
    "bad-pdf.xlsx": Buffer.concat([
      Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"),
      Buffer.alloc(200, 0),
    ]),
    "bad-budget.csv": "Konto;Budget 2024;Utfall 2024\nIntäkter;-2 000;-2 300\nSumma;9 000;8 800\n",
    "bad-empty.xlsx": Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(DIR, name), bytes);
  process.stdout.write(
    `wrote ${CORPUS.length} workbooks and ${Object.keys(files).length} bad files to ${DIR}\n`,
  );
}

if (require.main === module) void main();
