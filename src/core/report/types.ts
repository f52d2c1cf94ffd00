/**
 * The report as a value: what `buildReportLayout` produces and every host adapter (ExcelJS for
 * .xlsx files, the add-in's Excel adapter) writes as it is. Rows and columns are 1-based, as in
 * A1 addresses ("B5" is row 5, column 2).
 */
import type { AnalysisOptions, Thresholds } from "../types";

/** Excel number format codes; Excel and LibreOffice show them with the locale's grouping and minus. */
export const NUMBER_FORMATS = {
  /** Whole amounts, grouped: "8 814", "-8 814" (tkr and kr tables whose source amounts are whole). */
  amount: "#,##0;-#,##0",
  /** Amounts with one decimal: mnkr and mdkr tables ("-210,5"), key figures such as "7,9" months. */
  decimal: "#,##0.0;-#,##0.0",
  /** Deviations always signed, so nothing depends on colour: "+741", "-8 814", "0". */
  deviation: "+#,##0;-#,##0;0",
  /** Signed, with one decimal: a mnkr table's deviation ("-10,5"), a key figure's change ("−2,0" months). */
  deviationDecimal: "+#,##0.0;-#,##0.0;0.0",
  /** A share such as förbrukningsgrad: "65,8 %". */
  percent: "0.0%",
  /** A signed share (avvikelse %, förändring %): "+34,9 %". */
  deviationPercent: "+0.0%;-0.0%;0.0%",
  /** A change of a measure that is itself a percentage: "+1,0 pe" (procentenheter). */
  points: '+0.0" pe";-0.0" pe";0.0" pe"',
} as const;

export type StyleName =
  | "title"
  | "meta"
  | "heading"
  | "summary"
  | "header"
  | "headerLabel"
  | "line"
  | "section"
  | "total"
  | "ofWhich"
  | "given"
  | "comment"
  | "note";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  /** Background, "RRGGBB". */
  readonly fill?: string;
  readonly topBorder?: "thin" | "medium";
  readonly bottomBorder?: "thin" | "medium";
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly indent?: number;
}

/** What a cell holds. Text is always written as text, even when it starts with "=". */
export type CellContent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  /** `formula` starts with "="; `result` is what it computes to, cached for viewers that do not recalculate. */
  | { readonly kind: "formula"; readonly formula: string; readonly result: number | string };

export interface ReportCell {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
  readonly style?: StyleName;
  readonly numFmt?: string;
  /** A cell a person writes in: a Kommentar or the summary. Regeneration keeps what they wrote. */
  readonly editable?: "comment" | "summary";
}

export type ColourRule = "favourable" | "unfavourable" | "neutral";

/** A formula rule over `range`; the formula is written for the range's top-left cell. */
export interface ConditionalFormat {
  readonly range: string;
  readonly rules: readonly { readonly formula: string; readonly colour: ColourRule }[];
}

/** A deviation bar chart, drawn natively by both adapters (see docs/report.md). */
export interface ChartSpec {
  readonly kind: "deviationBar";
  readonly title: string;
  /** The sheet ranges the chart reads, so a native chart's bars stay live: categories and values. */
  readonly categoriesRange: string;
  readonly valuesRange: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** Each bar's colour by its deviation when the report is written: a chart colours points, not by rule. */
  readonly colours: readonly ColourRule[];
  /** The number format of the value labels: the deviation column's ("+#,##0;-#,##0;0"). */
  readonly valueFormat: string;
  /** Top-left cell of the chart and its size in columns × rows. */
  readonly anchor: {
    readonly row: number;
    readonly col: number;
    readonly cols: number;
    readonly rows: number;
  };
}

export interface PrintSetup {
  readonly orientation: "landscape";
  readonly fitToWidth: 1;
  /** 0: as many pages tall as needed. */
  readonly fitToHeight: 0;
  /** "A1:H20" */
  readonly area: string;
  /** Rows repeated on every printed page ("6:6"). */
  readonly titleRows: string;
}

/** Which sheet of ours this is: the product's name, the table it reports, and what kind. */
export interface SheetMarker {
  readonly product: "uppfoljning";
  readonly kind: "table" | "overview";
  /** How regeneration finds this sheet again: `Sheet!title` of the source table. */
  readonly sourceId: string;
}

export interface ReportSheet {
  readonly name: string;
  readonly marker: SheetMarker;
  readonly cells: readonly ReportCell[];
  readonly merges: readonly string[];
  /** Widths in characters, column A first; hidden columns hold regeneration keys. */
  readonly columns: readonly { readonly width: number; readonly hidden?: boolean }[];
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Rows 1..row and columns 1..col stay in view. */
  readonly freeze: { readonly row: number; readonly col: number };
  readonly print: PrintSetup;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts: readonly ChartSpec[];
}

export interface ReportLayout {
  readonly sheets: readonly ReportSheet[];
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  readonly colours: Readonly<Record<ColourRule, { readonly font: string; readonly fill: string }>>;
}

export interface ReportOptions {
  readonly thresholds: Thresholds;
  readonly method: AnalysisOptions["method"];
  /** Inputs as references to the source cells (where those hold numbers) instead of copies. */
  readonly link?: boolean;
  /** Names of the workbook's sheets that are not ours: never used for a report sheet. */
  readonly reservedNames?: readonly string[];
}

export interface PreservedComment {
  readonly section: string;
  readonly label: string;
  /** What the person wrote; "" when they cleared a stub on purpose. */
  readonly text: string;
}

/** The texts a person wrote on one report sheet. */
export interface PreservedSheet {
  readonly sheetName: string;
  readonly sourceId: string;
  readonly summary?: string;
  readonly comments: readonly PreservedComment[];
  /** Comments whose line can no longer be told (its label or heading was changed): kept, matched to none. */
  readonly unmatched?: readonly PreservedComment[];
}

export interface PreservedText {
  readonly sheets: readonly PreservedSheet[];
}

/** Row 1 of the hidden key column starts with this; it marks the sheet as ours. */
export const SHEET_MARK = "uppföljning:rapport";
/** The workbook-level marker: a defined name whose ranges are cell A1 of each of our sheets. */
export const WORKBOOK_MARK_NAME = "Uppfoljning_rapportblad";
/** Joins the parts of a row key in the hidden key column. */
export const KEY_SEPARATOR = " ¦ ";
