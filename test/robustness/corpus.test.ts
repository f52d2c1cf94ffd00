/**
 * The hostile corpus (test/fixtures/hostile) through the engine, as grids, and through the
 * command line, as .xlsx files: each case shows the user the findings it must (code and cell, and
 * what the message says), or one clear line and a non-zero exit. Never a crash.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { planReport } from "../../src/core/report/planReport";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { DEFAULT_OPTIONS, type Finding, type SheetGrid } from "../../src/core/types";
import { CORPUS, hostValue } from "../fixtures/hostile/corpusCases";
import { NUMBER_TEXTS } from "../fixtures/hostile/hostileValues";
import { useTempDir } from "../xlsx/tempDir";
import { EXPECTED } from "./corpusExpectations";
import { analysisProblems, layoutProblems } from "./invariants";
import { isOneLine, runCli } from "../helpers/runCli";

const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
const ROOT = join(__dirname, "..", "..");
let cases = 0;

const gridsOf = (name: string): SheetGrid[] =>
  CORPUS.find((c) => c.name === name)!.sheets.map((s) => ({
    name: s.name,
    cells: s.rows.map((r) => r.map(hostValue)),
  }));

/** The tables and findings the user sees: from the analysis, or from the command line's JSON. */
interface Seen {
  readonly tables: readonly { readonly key: string; readonly findings: readonly Finding[] }[];
}

const fromJson = (json: string): Seen => ({
  tables: (
    JSON.parse(json) as { tables: { sheet: string; range: string; findings: Finding[] }[] }
  ).tables.map((t) => ({ key: `${t.sheet}!${t.range}`, findings: t.findings })),
});

/** What the expectation of `name` demands. */
function expectAsExpected(name: string, analysis: Seen): void {
  const expected = EXPECTED[name]!;
  expect(analysis.tables.map((t) => t.key)).toEqual(expected.tables);
  const findings = analysis.tables.flatMap((t) => t.findings.filter((f) => f.code !== "material-deviation"));
  if (expected.findings) expect(findings.map((f) => [f.code, f.cell])).toEqual(expected.findings);
  for (const [cell, text] of Object.entries(expected.says ?? {})) {
    expect(
      findings
        .filter((f) => f.cell === cell)
        .map((f) => f.message)
        .join(" "),
    ).toContain(text);
  }
}

afterAll(() => {
  process.stdout.write(`robustness corpus: ${cases} cases over ${CORPUS.length} workbooks and 7 bad files\n`);
});

describe("every corpus case has an expectation", () => {
  it("and every expectation a case", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CORPUS.map((c) => c.name).sort());
  });
});

describe.each(CORPUS.map((c) => [c.name, c.about] as const))("%s (%s)", (name) => {
  it("core: the findings the user must see, and a report that stays in its sheets", () => {
    cases++;
    const sheets = gridsOf(name);
    const analysis = analyseWorkbook(sheets, DEFAULT_OPTIONS);
    expectAsExpected(name, analysis);
    expect(analysisProblems(analysis, sheets)).toEqual([]);
    expect(layoutProblems(planReport(sheets, [], DEFAULT_SETTINGS).layout, sheets)).toEqual([]);
  });

  it("command line: check on the .xlsx shows the same, or says in one line there is no table", async () => {
    cases++;
    const file = join(HOSTILE, `${name}.xlsx`);
    const run = await runCli("check", file, "--json");
    if (EXPECTED[name]!.tables.length === 0) {
      expect(run.code).toBe(1);
      expect(isOneLine(run.stderr)).toBe(true);
      expect(run.stderr).toContain(`ingen budget- eller nyckeltalstabell hittades i "${file}"`);
      return;
    }
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expectAsExpected(name, fromJson(run.stdout));
  });
});

describe("what the engine reads from the cells", () => {
  it("reads every form of a number as text as its number, and says they are text", () => {
    cases++;
    const [table] = analyseWorkbook(gridsOf("text-numbers"), DEFAULT_OPTIONS).tables;
    expect(table!.table.lines.map((l) => l.values.B)).toEqual(NUMBER_TEXTS.map(([, value]) => value));
  });

  it("keeps a municipality code, a year and an account number as labels, never as amounts", () => {
    cases++;
    const [table] = analyseWorkbook(gridsOf("codes-and-years"), DEFAULT_OPTIONS).tables;
    expect(table!.table.lines.map((l) => l.label)).toEqual(["0180", "2021", "4010", "Stor post"]);
    expect(table!.table.lines.map((l) => l.values.B)).toEqual([500, 300, 200, null]);
  });

  it("keeps two lines with the same label apart, each on its own row", () => {
    cases++;
    const [table] = analyseWorkbook(gridsOf("duplicate-labels"), DEFAULT_OPTIONS).tables;
    const lines = table!.table.lines.filter((l) => l.label === "Köp av verksamhet");
    expect(lines.map((l) => [l.row, l.values.B, l.values.C])).toEqual([
      [2, 3000, 3500],
      [3, 1000, 900],
    ]);
  });
});

describe("files that are no workbook: one line naming the file, exit 1, for check and for report", () => {
  const temp = useTempDir();
  it.each([
    ["bad-encrypted.xlsx", "lösenordsskyddad"],
    ["bad-old-format.xls", "gamla formatet (.xls)"],
    ["bad-truncated.xlsx", "är skadad"],
    ["bad-zip-without-workbook.xlsx", "ingen Excel-arbetsbok"],
    ["bad-pdf.xlsx", "ingen Excel-arbetsbok"],
    ["bad-budget.csv", "textfil (CSV)"],
    ["bad-empty.xlsx", "är tom"],
  ])("%s", async (name, says) => {
    cases++;
    const file = join(HOSTILE, name);
    const out = temp(`${name}.out.xlsx`);
    for (const argv of [
      ["check", file],
      ["report", file, "--out", out],
    ]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(isOneLine(run.stderr)).toBe(true);
      expect(run.stderr).toContain(says);
      expect(run.stderr).toContain(name);
    }
  });

  it("the real program says the same, and exits 1", async () => {
    cases++;
    const file = join(HOSTILE, "bad-encrypted.xlsx");
    const failure = await promisify(execFile)("node", [
      join(ROOT, "bin", "uppfoljning.js"),
      "check",
      file,
    ]).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toBe("");
    expect(isOneLine(failure?.stderr ?? "")).toBe(true);
    expect(failure?.stderr).toContain("lösenordsskyddad");
  }, 60_000);
});
