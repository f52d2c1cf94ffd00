import fc from "fast-check";
import { lineChecksum } from "../../../src/core/report/rowKey";

/** The checksum as reports already written hold it: FNV-1a of `section NUL label`, by `toString(36)`. */
function written(section: string, label: string): string {
  let hash = 0x811c9dc5;
  const text = `${section}\u0000${label}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

describe("lineChecksum", () => {
  it("is the checksum that reports already written hold", () => {
    expect(lineChecksum("Ansvar 1001 Hemtjänst", "Personalkostnader")).toBe(
      written("Ansvar 1001 Hemtjänst", "Personalkostnader"),
    );
    expect(lineChecksum("", "")).toBe(written("", ""));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (section, label) => {
        expect(lineChecksum(section, label)).toBe(written(section, label));
      }),
    );
  });
});
