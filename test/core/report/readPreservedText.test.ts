import { buildReportLayout } from "../../../src/core/report/buildReportLayout";
import { readPreservedText } from "../../../src/core/report/readPreservedText";
import type { PreservedText, ReportOptions, ReportSheet } from "../../../src/core/report/types";
import { DEFAULT_OPTIONS } from "../../../src/core/types";
import { makeTable } from "../../helpers/makeTable";
import { socialaAnalysis } from "../../helpers/reportAnalyses";
import { gridOf, rowOf } from "../../helpers/reportCells";

const options: ReportOptions = { thresholds: DEFAULT_OPTIONS.thresholds, method: "budget-profile" };
const annual2021 = [
  { header: "Budget\n2021", role: "budget" as const, year: 2021 },
  { header: "Bokslut\n2021", role: "outcome" as const, year: 2021 },
  { header: "Avvikelse\nmot budget", role: "variance" as const, year: 2021 },
  { header: "Bokslut\n2020", role: "outcome" as const, year: 2020 },
];
const COMMENT_COL = 7; // G: Kommentar

/** A person edits the sheet: cells by (row label, column) or A1 row. */
function edit(sheet: ReportSheet, edits: { label?: string; row?: number; col: number; text: string }[]) {
  const grid = gridOf(sheet);
  for (const e of edits) {
    const row = e.row ?? rowOf(sheet, e.label!);
    (grid[row - 1] ??= [])[e.col - 1] = e.text;
  }
  return grid;
}
const commentOn = (sheet: ReportSheet, label: string) => {
  const row = rowOf(sheet, label);
  const c = sheet.cells.find((x) => x.row === row && x.col === COMMENT_COL)?.content;
  return c?.kind === "text" ? c.text : undefined;
};

describe("regenerating keeps what a person wrote", () => {
  const first = buildReportLayout({ tables: [socialaAnalysis()] }, options).sheets[0]!;
  const grid = edit(first, [
    { label: "Kostnader", col: COMMENT_COL, text: "Placeringar på HVB ökade kraftigt." },
    {
      label: "39. Sociala myndighetsnämnden",
      col: COMMENT_COL,
      text: "Nämndens underskott beror på placeringar.",
    },
    { label: "Intäkter", col: COMMENT_COL, text: "" }, // the stub cleared on purpose
    { row: 4, col: 1, text: "Nämnden redovisar ett underskott. Åtgärder pågår." },
  ]);
  const preserved = readPreservedText(grid, first.name)!;

  it("reads only the edited texts, keyed by section and label", () => {
    expect(preserved.summary).toBe("Nämnden redovisar ett underskott. Åtgärder pågår.");
    expect(preserved.comments).toEqual([
      {
        section: "",
        label: "39. Sociala myndighetsnämnden",
        text: "Nämndens underskott beror på placeringar.",
      },
      { section: "", label: "Intäkter", text: "" },
      { section: "", label: "Kostnader", text: "Placeringar på HVB ökade kraftigt." },
    ]);
  });

  it("returns nothing for a sheet without our marker", () => {
    expect(
      readPreservedText(
        [
          ["Budget", 1],
          ["Kommentar", "x"],
        ],
        "Blad1",
      ),
    ).toBeUndefined();
  });

  // The table changes: lines reordered, one added, one removed; new numbers for Kostnader.
  const changed = makeTable({
    title: "SOCIALA MYNDIGHETSNÄMNDEN",
    columns: annual2021,
    rows: [
      { label: "Kostnader", kind: "cost", values: [21246, 31801, -10555, 29847] },
      { label: "Intäkter", kind: "revenue", values: [2125, 2866, 741, 4689] },
      { label: "Övriga bidrag", kind: "revenue", values: [0, 50, 50, 0] },
      { label: "Därav kapitalkostnader", kind: "ofWhich", values: [0, 0, 0, 0] },
      { label: "Summa nettokostnad", kind: "total", values: [19121, 28885, -9764, 25158] },
    ],
  });
  const existing: PreservedText = { sheets: [preserved] };
  const second = buildReportLayout({ tables: [socialaAnalysis(changed)] }, options, existing).sheets[0]!;

  it("keeps the sheet's name and puts each comment on its line's new row", () => {
    expect(second.name).toBe(first.name);
    expect(rowOf(second, "Kostnader")).not.toBe(rowOf(first, "Kostnader"));
    expect(commentOn(second, "Kostnader")).toBe("Placeringar på HVB ökade kraftigt.");
    expect(commentOn(second, "Intäkter")).toBe("");
    expect(commentOn(second, "Övriga bidrag")).toBe("");
  });

  it("keeps the edited summary instead of the new sentences", () => {
    const summary = second.cells.find((c) => c.editable === "summary")!.content;
    expect(summary).toEqual({ kind: "text", text: "Nämnden redovisar ett underskott. Åtgärder pågår." });
  });

  it("moves the comment of a removed line to Kommentarer utan rad, never dropping it", () => {
    const heading = rowOf(second, "Kommentarer utan rad");
    const orphanRow = rowOf(second, "39. Sociala myndighetsnämnden");
    expect(orphanRow).toBeGreaterThan(heading);
    expect(second.cells.find((c) => c.row === orphanRow && c.col === COMMENT_COL)?.content).toEqual({
      kind: "text",
      text: "Nämndens underskott beror på placeringar.",
    });
  });

  it("keeps an orphan through a further regeneration, and returns it when its line comes back", () => {
    const again = readPreservedText(gridOf(second), second.name)!;
    const third = buildReportLayout({ tables: [socialaAnalysis(changed)] }, options, { sheets: [again] })
      .sheets[0]!;
    expect(rowOf(third, "39. Sociala myndighetsnämnden")).toBeGreaterThan(
      rowOf(third, "Kommentarer utan rad"),
    );
    const back = buildReportLayout({ tables: [socialaAnalysis()] }, options, {
      sheets: [readPreservedText(gridOf(third), third.name)!],
    }).sheets[0]!;
    expect(commentOn(back, "39. Sociala myndighetsnämnden")).toBe(
      "Nämndens underskott beror på placeringar.",
    );
    expect(
      back.cells.some((c) => c.content.kind === "text" && c.content.text === "Kommentarer utan rad"),
    ).toBe(false);
  });

  it("regenerates a stub nobody edited with the new numbers", () => {
    const untouched = readPreservedText(gridOf(first), first.name)!;
    expect(untouched.comments).toEqual([]);
    const fresh = buildReportLayout({ tables: [socialaAnalysis(changed)] }, options, { sheets: [untouched] })
      .sheets[0]!;
    expect(commentOn(fresh, "Kostnader")).toBe("Avvikelse \u221210,6 mnkr (\u221250 %). Orsak: …"); // 21 246 − 31 801
  });
});
