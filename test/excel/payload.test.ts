import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { generateReport } from "../../src/excel";
import { buildSyntheticSource } from "../fakes/buildSyntheticSource";
import { readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { installFake } from "./sampleHost";

const FOUR_MB = 4 * 1024 * 1024;

describe("a large source", () => {
  // 10 000 lines are read whole with the sheet list; 50 000 need a second request for the rest.
  it.each([
    [10_000, 2],
    [50_000, 3],
  ])(
    "is reported at %i lines in %i requests, none over 4 MB and no response either",
    async (lines, requests) => {
      const fake = installFake({ sheets: [buildSyntheticSource(lines)] });
      const result = await generateReport(DEFAULT_SETTINGS);
      expect(fake.host.stats.syncCount).toBe(requests);
      expect(fake.host.stats.payloadBytesPerSync.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(FOUR_MB);
      expect(fake.host.stats.responseBytesPerSync.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(FOUR_MB);
      const sheet = readFakeWorkbook(fake.host).sheets.find((s) => s.name === result.firstSheet)!;
      expect(Object.values(sheet.contents)).toContain(`Kostnader kostnadsställe ${1000 + lines - 1}`);
    },
    240_000,
  );

  it("is refused by Excel past its 5 MB limit, and the adapter keeps each request under it", async () => {
    const fake = installFake({ sheets: [buildSyntheticSource(10)] });
    fake.host.options.payloadLimitBytes = 2_000;
    const error: unknown = await generateReport(DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(readFakeWorkbook(fake.host).sheetNames).toEqual(["Huvudbok"]);
  });
});
