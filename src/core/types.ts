/**
 * The domain nouns of the engine. Every host (the add-in, ExcelJS, the command line)
 * hands the core a `SheetGrid` and gets back an `Analysis`; nothing here knows a host.
 */

/** A cell as a host reads it: a value, never a formula. Errors arrive as their text ("#N/A"). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells; rows may be ragged. */
export type Grid = readonly (readonly CellValue[])[];

/** One sheet as a host read it. `origin` is the 0-based sheet position of `cells[0][0]`. */
export interface SheetGrid {
  readonly name: string;
  readonly cells: Grid;
  readonly origin?: { readonly row: number; readonly col: number };
}

export const EXCEL_ERRORS = [
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];

/** What a cell holds once read the way a person reads it. */
export type ParsedCell =
  | { readonly kind: "empty" }
  | {
      readonly kind: "number";
      readonly value: number;
      /** The number was typed or pasted as text ("– 8 814"). */
      readonly fromText: boolean;
      /** A lone dash: shown as "–", read as zero. */
      readonly dash?: boolean;
      /** Written with a percent sign ("81 %"); `value` is then 81, not 0.81. */
      readonly percent?: boolean;
      /** A footnote mark that followed the number ("2 021*" → "*"). */
      readonly note?: string;
    }
  | { readonly kind: "error"; readonly error: ExcelError }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string };

export type Unit = "tkr" | "kr" | "mnkr" | "mdkr" | "percent" | "count" | "months" | "other";

/** Months 1–12 of a year. A full year is 1–12. */
export interface Period {
  readonly year?: number;
  readonly fromMonth: number;
  readonly toMonth: number;
}

export type ColumnRole = "label" | "budget" | "outcome" | "forecast" | "variance" | "value" | "unknown";

export interface Column {
  /** 0-based column index in the sheet. */
  readonly index: number;
  /** Column letters in the sheet ("B"). */
  readonly address: string;
  /** The header text, lines of a two-line header joined by "\n". */
  readonly header: string;
  readonly role: ColumnRole;
  readonly year?: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  /** For budget columns: the original budget, or the one adjusted during the year. */
  readonly budgetKind?: "original" | "adjusted";
  /** A variance column that compares a forecast (not the outcome) with the budget. */
  readonly againstForecast?: boolean;
  /** The unit the header names ("Belopp i mnkr"), when it differs from the table's. */
  readonly unit?: Unit;
}

export type RowKind = "revenue" | "cost" | "net" | "total" | "ofWhich" | "section" | "measure" | "note";

/** In a transposed table, a row may carry a role instead of a line (fixture 003-ekonomi). */
export type RowRole = "budget" | "variance" | "outcome";

export interface Line {
  /** 1-based sheet row. */
  readonly row: number;
  readonly label: string;
  readonly section?: string;
  readonly kind: RowKind;
  /** Set in transposed tables for rows such as "Budget" and "Budgetavvikelse". */
  readonly role?: RowRole;
  /** The unit the label names (", %", ", tkr", "antal …"), when it differs from the table's. */
  readonly unit?: Unit;
  /** Parsed cells by column address. */
  readonly cells: Readonly<Record<string, ParsedCell>>;
  /** Numbers by column address; null where the cell holds no number. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Footnote marks seen on this row's numbers ("*"). */
  readonly notes?: readonly string[];
  /** Marked by the user: this line's signs run against its table's convention, so its deviation is turned. */
  readonly inverted?: boolean;
}

export type SignConvention = "ledger" | "result" | "absolute";

export type TableKind = "budget" | "keyFigures" | "monthly";

export interface SourceTable {
  readonly sheet: string;
  /** A1 range of header and body ("A1:E9"). */
  readonly range: string;
  readonly title?: string;
  readonly kind: TableKind;
  readonly transposed: boolean;
  readonly unit: Unit;
  /** 1-based sheet rows of the header. */
  readonly headerRows: readonly number[];
  readonly labelColumn: Column;
  /** Data columns, left to right (the label column excluded). */
  readonly columns: readonly Column[];
  readonly lines: readonly Line[];
}

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "variance-mismatch"
  | "sum-mismatch"
  | "sign-flip"
  | "rounding"
  | "missing-value"
  | "error-value"
  | "duplicate-column"
  | "text-number"
  | "material-deviation"
  | "series-break"
  | "empty-column";

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** "Sheet!G3" */
  readonly cell: string;
  /** 1-based sheet row of the cell. */
  readonly row: number;
  /** The row's label. */
  readonly label: string;
  readonly expected?: number;
  readonly actual?: number;
  /** Swedish. */
  readonly message: string;
  readonly messageEn: string;
}

export type ForecastMethod = "run-rate" | "budget-profile" | "seasonal" | "manual";

export interface Forecast {
  /** "sum": a sum row whose lines' forecasts used different methods. */
  readonly method: ForecastMethod | "sum";
  readonly value: number;
  /** One line, Swedish. */
  readonly explanation: string;
}

/** A month-by-month outcome series found beside a table ("Personalkostnader per månad"). */
export interface MonthlySeries {
  readonly label: string;
  /** year → twelve months, null where not yet booked. */
  readonly byYear: ReadonlyMap<number, readonly (number | null)[]>;
}

export { DEFAULT_OPTIONS, type AnalysisOptions, type Thresholds } from "./options";

/** One budget set against one outcome (or forecast) on one line, for one period. */
export interface Variance {
  readonly row: number;
  readonly label: string;
  readonly kind: RowKind;
  readonly period: Period;
  readonly against: "outcome" | "forecast";
  /** "Sheet!B3" for the budget, the outcome (or forecast), and the given variance if any. */
  readonly budgetCell: string;
  readonly actualCell: string;
  readonly varianceCell?: string;
  readonly budget: number;
  readonly actual: number;
  /** Recomputed in the table's sign convention: positive is favourable. */
  readonly computed: number;
  /** The deviation the table itself shows, when it has one. */
  readonly given?: number;
  /** computed ÷ |budget| × 100; null for a zero budget. */
  readonly percentOfBudget: number | null;
}

/** A total row and the breakdowns of lines that add up to it (000-social-omsorg has two). */
export interface Total {
  readonly row: number;
  readonly label: string;
  /** Each breakdown: the rows that add up to the total, with the sign each is added with. */
  readonly breakdowns: readonly (readonly { readonly row: number; readonly sign: 1 | -1 }[])[];
  /** True when the total was recognised from its label but no breakdown adds up. */
  readonly unbalanced: boolean;
}

export interface LineForecast {
  readonly row: number;
  readonly label: string;
  readonly kind: RowKind;
  /** Outcome of the period (months fromMonth–toMonth). */
  readonly outcome: number;
  readonly fullYearBudget: number | null;
  readonly forecast: Forecast;
  /** Against the full-year budget, in the table's convention; null without a full-year budget. */
  readonly deviation: number | null;
}

/** Förbrukningsgrad of an interim table: outcome ÷ full-year budget beside months ÷ 12. */
export interface Consumption {
  readonly row: number;
  readonly label: string;
  /** 0–1 (and beyond when overspent). */
  readonly share: number | null;
}

export interface KeyFigureChange {
  readonly row: number;
  readonly label: string;
  readonly unit: Unit;
  readonly fromYear: number;
  readonly toYear: number;
  readonly from: number;
  readonly to: number;
  readonly change: number;
  /** Percent change; null when `from` is zero. */
  readonly changePercent: number | null;
  /** For measures that are percentages: the change in percentage points (= change). */
  readonly changePoints?: number;
}

export interface Trend {
  readonly row: number;
  readonly label: string;
  readonly unit: Unit;
  readonly fromYear: number;
  readonly toYear: number;
  /** Least-squares slope per year, in the measure's unit. */
  readonly slopePerYear: number;
  readonly direction: "up" | "down" | "flat";
}

export interface SignConventionChoice {
  readonly convention: SignConvention;
  readonly source: "variance-column" | "data" | "user";
  /** One line, Swedish: why this convention. */
  readonly reason: string;
  /** The same line in English. */
  readonly reasonEn: string;
}

export interface TableAnalysis {
  /** `Sheet!A1:E9`: where the table is. Settings name it by `settingsKey(key)`, `Sheet!A1` (src/core/tableKey.ts). */
  readonly key: string;
  readonly table: SourceTable;
  readonly signConvention: SignConventionChoice;
  /** Set when the table holds both an original and an adjusted budget: deviations use the adjusted one. */
  readonly budgetNote?: string;
  readonly totals: readonly Total[];
  readonly variances: readonly Variance[];
  /** Interim tables only: months into the year, and the full-year forecasts. */
  readonly interim?: {
    readonly months: number;
    readonly linearShare: number;
    readonly consumption: readonly Consumption[];
    readonly forecasts: readonly LineForecast[];
  };
  readonly keyFigures: readonly KeyFigureChange[];
  readonly trends: readonly Trend[];
  /** Sentences in the reports' own Swedish; a placeholder marks where a person writes the cause. */
  readonly commentary: readonly string[];
  readonly findings: readonly Finding[];
}

export interface Analysis {
  readonly tables: readonly TableAnalysis[];
}
