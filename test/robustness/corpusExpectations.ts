/**
 * What the user must be told about each corpus workbook, written down from the cases themselves
 * (corpusCases.ts): the tables found, and the findings (code and cell) the bad input must raise.
 * Material deviations depend on thresholds and are left out; every other finding is listed.
 */
import { ERROR_VALUES, LOOK_ALIKES } from "../fixtures/hostile/hostileValues";

export interface Expectation {
  /** Table keys, or a message when no table can be found. */
  readonly tables: readonly string[];
  /** [code, cell] of every finding but material-deviation, in the engine's order. */
  readonly findings?: readonly (readonly [string, string])[];
  /** Texts each finding's message must show, by cell. */
  readonly says?: Readonly<Record<string, string>>;
}

const NO_TABLE: Expectation = { tables: [] };

const errorCase = (error: string): Expectation => ({
  tables: ["Blad1!A1:D5"],
  findings: [
    // The outcome of Intäkter cannot be read: that cell is the finding, not Summa, which no longer adds up.
    ["error-value", "Blad1!C2"],
    ["error-value", "Blad1!A3"],
    ["error-value", "Blad1!D4"],
    ["error-value", "Blad1!B5"],
  ],
  says: { "Blad1!C2": error, "Blad1!A3": error, "Blad1!D4": error, "Blad1!B5": error },
});

export const EXPECTED: Readonly<Record<string, Expectation>> = {
  "text-numbers": {
    tables: ["Blad1!A2:C22"],
    findings: [["text-number", "Blad1!B3"]],
    says: { "Blad1!B3": "20 tal" },
  },
  "look-alikes": {
    tables: ["Blad1!A1:C16"],
    findings: LOOK_ALIKES.map((_, i) => ["missing-value", `Blad1!C${i + 2}`] as const),
    says: Object.fromEntries(LOOK_ALIKES.map((text, i) => [`Blad1!C${i + 2}`, `"${text}" är inget tal`])),
  },
  "codes-and-years": {
    tables: ["Blad1!A1:C5"],
    findings: [["missing-value", "Blad1!B5"]],
    says: { "Blad1!B5": '"1 234 567 890 123 456" är inget tal' },
  },
  ...Object.fromEntries(
    ERROR_VALUES.map((e) => [`error-${e.replace(/[^A-Z0-9]/gi, "").toLowerCase()}`, errorCase(e)]),
  ),
  "error-header": {
    // The table is read from its other headers; the column under #REF! is unknown, its header the finding.
    tables: ["Blad1!A1:D5"],
    findings: [["error-value", "Blad1!C1"]],
    says: { "Blad1!C1": "#REF!" },
  },
  "merged-header": { tables: ["Blad1!A2:D6", "Sammanslagen!A1:D3"], findings: [] },
  "two-line-header": { tables: ["Blad1!A1:D6"], findings: [] },
  "hidden-rows-columns": { tables: ["Blad1!A1:E5"], findings: [] },
  "empty-sheet": NO_TABLE,
  "one-cell": NO_TABLE,
  "no-label-column": NO_TABLE,
  "duplicate-labels": { tables: ["Blad1!A1:D4"], findings: [] },
  "number-labels": { tables: ["Blad1!A1:D4"], findings: [] },
  "same-header-twice": {
    tables: ["Blad1!A1:D3"],
    findings: [["duplicate-column", "Blad1!D1"]],
    says: { "Blad1!D1": '"Budget 2024"' },
  },
  "formula-text": { tables: ["Blad1!A1:D10"], findings: [] },
  "user-sheet-named-like-report": { tables: ["Blad1!A2:D6"], findings: [] },
  "clean-with-missing": {
    tables: ["Blad1!A1:D5"],
    // Personalkostnader's outcome is missing: that cell is the finding, not Summa, which no longer adds up.
    findings: [["missing-value", "Blad1!C3"]],
  },
};
