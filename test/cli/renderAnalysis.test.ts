import { renderAnalysis } from "../../src/cli/renderAnalysis";
import { budgetTable, exampleAnalysis, interimTable } from "./exampleAnalysis";

const NBSP = "\u00a0";

describe("renderAnalysis", () => {
  const text = renderAnalysis(exampleAnalysis, "sv");
  const lines = text.split("\n");

  it("heads each table with its sheet, range, title, unit, convention and why, and column roles", () => {
    expect(lines[0]).toBe("'Verksamhet 2022'!A2:E8  EKONOMI – VERKSAMHET");
    expect(lines).toContain("  Enhet: tkr");
    expect(lines).toContain(
      "  Teckenkonvention: resultat (kostnader −, intäkter +). Avvikelsen är utfall − budget.",
    );
    expect(lines).toContain(
      "  Kolumner: A radnamn, B utfall 2021, C utfall 2022, D budget 2022, E avvikelse 2022",
    );
  });

  it("gives the reason for the sign convention in English with --lang en", () => {
    expect(renderAnalysis(exampleAnalysis, "en")).toContain(". The deviation is outcome − budget.\n");
    expect(renderAnalysis(exampleAnalysis, "en")).not.toContain("Avvikelsen är utfall − budget.");
  });

  it("leaves the sign convention out for a key-figure table: it has no budget to deviate from", () => {
    const [first] = exampleAnalysis.tables;
    const keyFigures = { ...first!, table: { ...first!.table, kind: "keyFigures" as const } };
    const rendered = renderAnalysis({ tables: [keyFigures] }, "sv");
    expect(rendered).not.toContain("Teckenkonvention");
    expect(rendered).toContain("  Enhet: tkr");
  });

  it("counts and groups the findings by severity, errors first", () => {
    expect(lines).toContain("  1 fel, 1 varning, 2 info");
    const order = ["  Fel", "  Varningar", "  Info"].map((heading) => lines.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it("prints a finding as cell, label, code, message and Swedish numbers", () => {
    const line = lines.find((l) => l.includes("sign-flip"))!;
    expect(line).toMatch(/^ {4}E8 +Totalt +sign-flip {2}Totalens avvikelse har fel tecken/);
    expect(line).toContain(`(väntat −2${NBSP}036, faktiskt 2${NBSP}036)`);
    expect(lines.find((l) => l.includes("material-deviation"))).toContain(`(faktiskt −5${NBSP}128)`);
    expect(lines.find((l) => l.includes("text-number"))).not.toContain("(");
  });

  it("lines the columns up within a table", () => {
    const findingLines = lines.filter((l) => /^ {4}[A-Z]+\d/.test(l));
    const codeStarts = new Set(
      findingLines.map((l) => l.search(/(sign-flip|material-deviation|text-number)/)),
    );
    expect(codeStarts.size).toBe(1);
  });

  it("names part-year periods, adjusted budgets and tables without findings", () => {
    expect(lines).toContain("  Kolumner: A radnamn, B budget jan–aug 2025, C prognos 2025");
    expect(lines).toContain("  Avvikelserna räknas mot den justerade budgeten.");
    expect(lines).toContain("  Inga anmärkningar.");
  });

  it("ends with the total over all tables", () => {
    expect(lines.at(-2)).toBe("2 tabeller: 1 fel, 1 varning, 2 info");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("speaks English with --lang en", () => {
    const en = renderAnalysis({ tables: [budgetTable, interimTable] }, "en");
    expect(en).toContain("  1 error, 1 warning, 2 info");
    expect(en).toContain("The total's variance has the wrong sign (expected −2");
    expect(en).toContain("  Sign convention: result (costs −, revenues +).");
    expect(en).toContain("B budget Jan–Aug 2025");
    expect(en).toContain("No findings.");
  });

  it("shows decimals only where a value has them", () => {
    const finding = { ...budgetTable.findings[0]!, expected: 7.9, actual: -0.25 };
    const out = renderAnalysis({ tables: [{ ...budgetTable, findings: [finding] }] }, "sv");
    expect(out).toContain("(väntat 7,9, faktiskt −0,25)");
  });
});
