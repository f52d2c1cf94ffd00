import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { buildReportLayout } from "../../../src/core/report/buildReportLayout";
import { DEFAULT_OPTIONS } from "../../../src/core/types";
import { fixtureSheet } from "../../helpers/fixtures";
import { formulaAt } from "../../helpers/reportCells";

/** A line the user marks inverted: its signs run against the table's convention, so its deviation turns. */
describe("inverted lines (synthetic delårsrapport, ledger convention)", () => {
  const sheet = fixtureSheet("synthetic-delarsrapport");
  const analyse = (invertedLines = {}) =>
    analyseWorkbook([sheet], { ...DEFAULT_OPTIONS, invertedLines }).tables[0]!;
  const key = analyse().key;

  it("computes Intäkter as budget − utfall by the ledger convention (−20 000 − −18 500 = −1 500)", () => {
    expect(analyse().variances.find((v) => v.label === "Intäkter" && v.against === "outcome")?.computed).toBe(
      -1500,
    );
  });

  it("turns only the marked line: Intäkter becomes utfall − budget (+1 500), Personalkostnader stays", () => {
    const t = analyse({ [key]: ["Intäkter"] });
    const of = (label: string) =>
      t.variances.find((v) => v.label === label && v.against === "outcome")?.computed;
    expect(of("Intäkter")).toBe(1500);
    expect(of("Personalkostnader")).toBe(80000 - 78900);
  });

  it("writes the turned formula into the report", () => {
    const plain = buildReportLayout({ tables: [analyse()] }, DEFAULT_OPTIONS).sheets[0]!;
    const turned = buildReportLayout({ tables: [analyse({ [key]: ["Intäkter"] })] }, DEFAULT_OPTIONS)
      .sheets[0]!;
    expect(formulaAt(plain, "D7")).toBe("=B7-C7");
    expect(formulaAt(turned, "D7")).toBe("=C7-B7");
    expect(formulaAt(turned, "D8")).toBe("=B8-C8");
  });
});
