import { planReport } from "../../../src/core/report/planReport";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings/types";
import { buildSyntheticSource } from "../../fakes/buildSyntheticSource";
import { gridOf } from "../../helpers/reportCells";

/** Column A from the heading "Helårsprognos" under the table to the next empty row. */
function forecastNotes(lines: number, settings: Settings = DEFAULT_SETTINGS): string[] {
  const sheet = planReport([buildSyntheticSource(lines)], [], settings).layout.sheets[0]!;
  const column = gridOf(sheet).map((row) => row[0]);
  const start = column.lastIndexOf("Helårsprognos");
  expect(start).toBeGreaterThan(lines);
  const end = column.findIndex((v, i) => i > start && (v === null || v === undefined || v === "Om tabellen"));
  return column.slice(start + 1, end).map(String);
}

describe("the forecast notes under a table", () => {
  it("explain every line of a short table", () => {
    const notes = forecastNotes(12);
    expect(notes[0]).toMatch(/^Metod: budgetprofil/);
    // 12 lines, each with its own explanation (the Summa row's forecast is the sum of its lines').
    expect(notes.slice(1)).toHaveLength(12);
    expect(notes[1]).toMatch(/^Kostnader kostnadsställe 1001: Budgetprofil: utfall /);
  });

  it("under a ledger extract, say once that no line's forecast deviates materially", () => {
    // Outcome and budget differ by at most 20 tkr a line: no forecast is 100 tkr from its full-year budget.
    expect(forecastNotes(100).slice(1)).toEqual([
      "Ingen rads prognos avviker väsentligt från helårsbudgeten; alla 100 rader har prognos med samma metod.",
    ]);
  });

  it("under a ledger extract, explain at most 30 lines that deviate materially, and count the rest", () => {
    const every: Settings = { ...DEFAULT_SETTINGS, thresholds: { percent: 0, amountTkr: 0 } };
    const notes = forecastNotes(100, every).slice(1);
    expect(notes).toHaveLength(31);
    expect(notes[30]).toBe(
      "Ovan de första 30 rader vars prognos avviker väsentligt från helårsbudgeten; övriga 70 rader har prognos med samma metod.",
    );
  });
});
