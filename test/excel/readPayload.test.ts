import { readWorkbook } from "../../src/excel";
import type { FakeSheetSpec } from "../fakes/buildFakeWorkbook";
import { buildSyntheticSource } from "../fakes/buildSyntheticSource";
import { installFake } from "./sampleHost";

const LINES = 10_000;

/** The synthetic ledger with its Avvikelse column (=B3-C3) and Summa row (=SUM(B3:B10002)) as formulas. */
function withFormulas(): FakeSheetSpec {
  const sheet = buildSyntheticSource(LINES);
  const last = sheet.cells.length;
  const formulas = sheet.cells.map((row, r) =>
    row.map((_, c) => {
      if (r + 1 === last && c > 0) return `=SUM(${"ABCDE"[c]}3:${"ABCDE"[c]}${last - 1})`;
      return r >= 2 && c === 3 ? `=B${r + 1}-C${r + 1}` : null;
    }),
  );
  return { ...sheet, formulas };
}

/** The response bytes of loading every sheet's used range with `properties`, in one request. */
async function responseBytes(sheet: FakeSheetSpec, properties: string): Promise<number> {
  const fake = installFake({ sheets: [sheet] });
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
    range.load(properties);
    await context.sync();
  });
  return fake.host.stats.responseBytesPerSync[0]!;
}

/**
 * Why the read leaves formulas out (docs/excel-adapter.md): the engine reads values, and formulas would
 * make the response half as large again (10 000 lines: 1.04 MB → 1.56 MB, 1.68 MB where the deviations
 * and sums are formulas): half as many lines again would then need a request of their own.
 */
describe(`the read of a ${LINES}-line ledger`, () => {
  it("brings back values and number formats with the sheet list, and no formulas", async () => {
    const sheet = withFormulas();
    const fake = installFake({ sheets: [sheet] });
    const read = await readWorkbook();
    expect(fake.host.stats.syncCount).toBe(1);
    expect(read.sources[0]?.cells[LINES + 2]?.[3]).toBe(sheet.cells[LINES + 2]?.[3]);
    // The first request's response: the used range's values and formats, and a few hundred bytes more
    // (the sheet list, the settings, the used range's address, the lists of tables and names).
    const first = fake.host.stats.responseBytesPerSync[0]!;
    const whole = await responseBytes(sheet, "address,values,numberFormat");
    expect(first).toBeGreaterThan(whole);
    expect(first).toBeLessThan(whole + 1_000);
  });

  it.each([
    ["constants only", buildSyntheticSource(LINES)],
    ["deviations and sums as formulas", withFormulas()],
  ])("would be half as large again with formulas loaded too: %s", async (_, sheet) => {
    const without = await responseBytes(sheet, "address,values,numberFormat");
    const withThem = await responseBytes(sheet, "address,values,numberFormat,formulas");
    expect(without).toBeGreaterThan(1_000_000);
    expect(withThem / without).toBeGreaterThan(1.45);
  });
});
