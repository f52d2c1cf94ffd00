import { CliError } from "../../src/cli/CliError";
import { parseCheckArgs } from "../../src/cli/parseCheckArgs";
import { parseThresholds } from "../../src/cli/parseThresholds";
import { DEFAULT_OPTIONS } from "../../src/core/types";

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).messageSv;
  }
  throw new Error("expected a usage error");
}

describe("parseCheckArgs", () => {
  it("takes the file and defaults", () => {
    expect(parseCheckArgs(["a.xlsx"])).toEqual({
      file: "a.xlsx",
      json: false,
      help: false,
      lang: "sv",
      thresholds: DEFAULT_OPTIONS.thresholds,
    });
  });

  it("reads every option, before or after the file, with a space or an =", () => {
    const args = parseCheckArgs([
      "--json",
      "--sheet",
      "Social omsorg",
      "a.xlsx",
      "--thresholds=2.5%,50",
      "--lang=en",
    ]);
    expect(args).toEqual({
      file: "a.xlsx",
      sheet: "Social omsorg",
      json: true,
      help: false,
      lang: "en",
      thresholds: { percent: 0.025, amountTkr: 50 },
    });
  });

  it("takes a file that starts with a dash after --", () => {
    expect(parseCheckArgs(["--", "-konstig.xlsx"]).file).toBe("-konstig.xlsx");
  });

  it("asks for help without a file", () => {
    expect(parseCheckArgs(["--help"]).help).toBe(true);
    expect(parseCheckArgs(["-h", "--lang", "en"]).lang).toBe("en");
  });

  it.each([
    [[], "ange en .xlsx-fil att kontrollera"],
    [["a.xlsx", "b.xlsx"], "en fil i taget (fick 2)"],
    [["a.xlsx", "--verbose"], "okänd flagga --verbose"],
    [["a.xlsx", "--sheet"], "--sheet saknar värde"],
    [["a.xlsx", "--sheet", "A", "--sheet", "B"], "--sheet angiven två gånger"],
    [["a.xlsx", "--lang", "de"], '--lang väntar sv eller en (fick "de")'],
  ])("rejects %j", (argv, message) => {
    expect(usageMessage(() => parseCheckArgs(argv))).toBe(message);
  });
});

describe("parseThresholds", () => {
  it.each([
    ["5%,100", 0.05, 100],
    ["5,100", 0.05, 100],
    [" 10 % , 250 ", 0.1, 250],
    ["0%,0", 0, 0],
    ["2.5%,1.5", 0.025, 1.5],
    ["2,5%,50", 0.025, 50], // a decimal comma, as a Swedish user types it, where "%" closes the share
    ["5,5 %,100", 0.055, 100],
  ])("reads %j", (text, percent, amountTkr) => {
    expect(parseThresholds(text)).toEqual({ percent, amountTkr });
  });

  it.each(["5%", "5%,100,3", "fem,100", "-5%,100", "5%,", "150%,100", "2,5,50", "150,5%,100"])(
    "rejects %j",
    (text) => {
      expect(usageMessage(() => parseThresholds(text))).toMatch(/^--thresholds/);
    },
  );
});
