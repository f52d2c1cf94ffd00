/**
 * The command line in process, on real files, with the engine replaced by a fixed analysis: what
 * is tested here is the command line's own logic (arguments, exit codes, error lines, output).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderAnalysis } from "../../src/cli/renderAnalysis";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { toAnalysisJson } from "../../src/core/toAnalysisJson";
import { DEFAULT_OPTIONS } from "../../src/core/types";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../xlsx/tempDir";
import { exampleAnalysis } from "./exampleAnalysis";

jest.mock("../../src/core/analyseWorkbook", () => ({ analyseWorkbook: jest.fn() }));
const analyse = jest.mocked(analyseWorkbook);

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "uppfoljning-exempel.xlsx");

const run = runCli;

/** One line on stderr, naming the program, with no stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.split("\n").filter((line) => line !== "")).toHaveLength(1);
  expect(stderr).toMatch(/^uppfoljning: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeEach(() => {
  analyse.mockReset();
  analyse.mockReturnValue(exampleAnalysis);
});

describe("uppfoljning check", () => {
  it("prints the findings of every sheet and exits 0, findings or not", async () => {
    const { code, stdout, stderr } = await run("check", SAMPLE);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(renderAnalysis(exampleAnalysis, "sv"));
    const [sheets, options] = analyse.mock.calls[0]!;
    expect(sheets.map((s) => s.name)).toEqual([
      "Social omsorg",
      "Verksamhet 2022",
      "Ekonomi 2020",
      "Delår aug 2025",
    ]);
    expect(options).toEqual(DEFAULT_OPTIONS);
  });

  it("prints the analysis as JSON with --json", async () => {
    const { code, stdout } = await run("check", SAMPLE, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(toAnalysisJson(exampleAnalysis))));
  });

  it("checks one sheet with --sheet, named exactly or in any case", async () => {
    await run("check", SAMPLE, "--sheet", "delår aug 2025");
    expect(analyse.mock.calls[0]![0].map((s) => s.name)).toEqual(["Delår aug 2025"]);
  });

  it("hands --thresholds to the engine", async () => {
    await run("check", SAMPLE, "--thresholds", "10%,500");
    expect(analyse.mock.calls[0]![1].thresholds).toEqual({ percent: 0.1, amountTkr: 500 });
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await run("check", SAMPLE, "--lang", "en");
    expect(stdout).toBe(renderAnalysis(exampleAnalysis, "en"));
  });
});

describe("uppfoljning check on input it cannot check: exit 1, one line", () => {
  const temp = useTempDir();

  it("a missing file", async () => {
    const { code, stdout, stderr } = await run("check", "finns-inte.xlsx");
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expectOneLine(stderr);
    expect(stderr).toBe('uppfoljning: Filen "finns-inte.xlsx" finns inte.\n');
  });

  it("a CSV file, in English with --lang en", async () => {
    writeFileSync(temp("budget.csv"), "Konto;Budget\n4010;19 121\n");
    const { code, stderr } = await run("check", temp("budget.csv"), "--lang", "en");
    expect(code).toBe(1);
    expectOneLine(stderr);
    expect(stderr).toMatch(/is a text \(CSV\) file, not an Excel workbook/);
    expect(analyse).not.toHaveBeenCalled();
  });

  it("a sheet that is not there", async () => {
    const { code, stderr } = await run("check", SAMPLE, "--sheet", "Blad9");
    expect(code).toBe(1);
    expectOneLine(stderr);
    expect(stderr).toMatch(/bladet "Blad9" finns inte .* \(blad: "Social omsorg", "Verksamhet 2022"/);
  });

  it("a workbook without a table, with or without --json", async () => {
    analyse.mockReturnValue({ tables: [] });
    for (const json of [[], ["--json"]]) {
      const { code, stdout, stderr } = await run("check", SAMPLE, ...json);
      expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
      expectOneLine(stderr);
      expect(stderr).toMatch(/ingen budget- eller nyckeltalstabell hittades i ".*uppfoljning-exempel.xlsx"/);
    }
  });

  it("an engine that throws: an internal error, still one line", async () => {
    analyse.mockImplementation(() => {
      throw new TypeError("x is undefined");
    });
    const { code, stderr } = await run("check", SAMPLE);
    expect(code).toBe(1);
    expectOneLine(stderr);
    expect(stderr).toBe("uppfoljning: internt fel (en bugg, rapportera gärna): x is undefined\n");
  });
});

describe("uppfoljning usage: exit 2, the error and the form of the command", () => {
  it.each([
    [[], "ange ett kommando"],
    [["rapport", "a.xlsx"], 'okänt kommando "rapport"'],
    [["toString"], 'okänt kommando "toString"'],
    [["check"], "ange en .xlsx-fil att kontrollera"],
    [
      ["check", SAMPLE, "--thresholds", "fem"],
      '--thresholds väntar PROCENT,TKR, till exempel 5%,100 (fick "fem")',
    ],
    [["check", SAMPLE, "--lang", "fi"], '--lang väntar sv eller en (fick "fi")'],
  ])("%j", async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    const lines = stderr.split("\n");
    expect(lines[0]).toBe(`uppfoljning: ${message}`);
    expect(lines[1]).toMatch(/^Användning: uppfoljning check FIL.xlsx/);
    expect(analyse).not.toHaveBeenCalled();
  });

  it("in English when --lang en is given", async () => {
    const { code, stderr } = await run("check", "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "uppfoljning: give an .xlsx file to check\n" +
        "Usage: uppfoljning check FILE.xlsx [--sheet NAME] [--json] [--thresholds 5%,100] [--lang sv|en]\n",
    );
  });

  it.each([[["--help"]], [["-h"]], [["check", "--help"]]])(
    "%j prints help on stdout and exits 0",
    async (argv) => {
      const { code, stdout, stderr } = await run(...argv);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toContain("--thresholds P%,TKR");
    },
  );
});
