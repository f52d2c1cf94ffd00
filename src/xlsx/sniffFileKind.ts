/** What the first bytes of a file say it is, before ExcelJS is asked to open it. */
export type FileKind = "empty" | "zip" | "xls" | "encrypted" | "ole2" | "text" | "binary";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** A stream name as an OLE2 directory stores it: UTF-16LE. */
function hasUtf16Name(bytes: Buffer, name: string): boolean {
  return bytes.includes(Buffer.from(name, "utf16le"));
}

/** Printable text, UTF-8 or Latin-1: no NUL and few control characters in the first 4 kB. */
function isText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

/**
 * An .xlsx is a zip. An OLE2 compound file is either an old .xls (a "Workbook" or "Book" stream)
 * or a password-protected .xlsx (an "EncryptionInfo" stream around the encrypted package).
 */
export function sniffFileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, OLE2)) {
    if (hasUtf16Name(bytes, "EncryptionInfo") || hasUtf16Name(bytes, "EncryptedPackage")) return "encrypted";
    if (hasUtf16Name(bytes, "Workbook") || hasUtf16Name(bytes, "Book")) return "xls";
    return "ole2";
  }
  return isText(bytes) ? "text" : "binary";
}
