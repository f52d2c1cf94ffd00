/**
 * The corpus through the Office.js adapter on the in-memory Excel (test/fakes): labels that start
 * like a formula stay text in the report (where assigning them bare to `values` would make
 * formulas), and the user's sheets keep every cell.
 */
import { generateReport } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { CORPUS, hostValue } from "../fixtures/hostile/corpusCases";
import { INJECTIONS } from "../fixtures/hostile/hostileValues";
import { readFakeCell, readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { installFake } from "../excel/sampleHost";
import { EXPECTED } from "./corpusExpectations";

let cases = 0;
afterAll(() => {
  process.stdout.write(`robustness office.js adapter: ${cases} cases\n`);
});

const reported = CORPUS.filter((c) => EXPECTED[c.name]!.tables.length > 0);

describe.each(reported.map((c) => [c.name] as const))("%s through Office.js", (name) => {
  it("writes no formula from the user's text, and leaves the user's sheets as they were", async () => {
    cases++;
    const sheets = CORPUS.find((c) => c.name === name)!.sheets.map((s) => ({
      name: s.name,
      cells: s.rows.map((r) => r.map(hostValue)),
    }));
    const fake = installFake({ sheets });
    const before = readFakeWorkbook(fake.host).sheets.filter((s) => sheets.some((u) => u.name === s.name));
    const result = await generateReport(DEFAULT_SETTINGS);
    const after = readFakeWorkbook(fake.host);
    expect(after.sheets.filter((s) => sheets.some((u) => u.name === s.name))).toEqual(before);
    const report = after.sheets.filter((s) => result.sheetNames.includes(s.name));
    expect(report.length).toBeGreaterThan(0);
    // Every report cell that shows one of the texts holds it as text: no formula behind it.
    const injected = new Set(INJECTIONS.map((t) => t.trim()));
    const shown = report.flatMap((s) =>
      Object.entries(s.contents)
        .filter(([, v]) => typeof v === "string" && injected.has(v))
        .map(([address]) => readFakeCell(fake.host, `'${s.name}'!${address}`)),
    );
    expect(shown.filter((cell) => cell === undefined || cell.formula !== undefined)).toEqual([]);
    if (name === "formula-text") expect(shown.length).toBeGreaterThanOrEqual(INJECTIONS.length - 1);
  });
});
