/**
 * Writes the add-in's ribbon and manifest icons (assets/icon-16.png, -32, -64, -80, -128): a blue
 * rounded square with three white bars, the middle one highest. Run with `npx tsx scripts/makeIcons.ts`.
 * Plain RGBA PNGs built with node's zlib, so no image package is needed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128] as const;
const BLUE = [0x2f, 0x55, 0x97] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of pixel (x, y) of an icon `size` pixels wide: [r, g, b, a]. */
function pixel(x: number, y: number, size: number): readonly number[] {
  const radius = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return [0, 0, 0, 0];
  const bars = [0.45, 0.7, 0.3];
  const barWidth = size * 0.16;
  const base = size * 0.8;
  for (const [i, height] of bars.entries()) {
    const left = size * 0.2 + i * size * 0.22;
    if (
      x >= Math.floor(left) &&
      x < Math.floor(left + barWidth) &&
      y >= Math.round(base - height * size * 0.75) &&
      y < Math.round(base)
    ) {
      return [255, 255, 255, 255];
    }
  }
  return [...BLUE, 255];
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const rowStart = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, rowStart + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
