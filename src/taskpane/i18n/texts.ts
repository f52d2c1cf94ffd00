import type { ColumnRole, ForecastMethod, Severity, SignConvention, Unit } from "../../core/types";
import { UNIT_NAMES } from "../../core/format/unitNames";

export type Language = "sv" | "en";

/** Every text the pane shows, in one language. */
export interface Texts {
  readonly appTitle: string;
  readonly loading: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcel: string;
  readonly tabTables: string;
  readonly tabChecks: string;
  readonly tabSettings: string;
  readonly noTables: string;
  readonly tablesFound: (count: number) => string;
  readonly unit: string;
  readonly period: string;
  readonly signConvention: string;
  readonly columnRole: (letters: string, header: string) => string;
  readonly columnsSummary: (roles: readonly string[]) => string;
  /** The list of a table's lines that can be marked as running against its sign convention. */
  readonly invertedSummary: (count: number) => string;
  readonly invertedHint: string;
  readonly report: string;
  readonly tableKinds: Readonly<Record<"budget" | "keyFigures", string>>;
  readonly units: Readonly<Record<Unit, string>>;
  readonly conventions: Readonly<Record<SignConvention, string>>;
  readonly conventionSource: Readonly<Record<"variance-column" | "data" | "user", string>>;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly noChecks: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly findingCount: (count: number) => string;
  readonly goToCell: (cell: string) => string;
  /** What the pane reads: the whole workbook, or one range the user selected. */
  readonly reading: string;
  readonly wholeWorkbook: string;
  readonly readSelection: string;
  readonly readWorkbook: string;
  /** The list of the workbook's tables and named ranges, one of which the pane can read alone. */
  readonly readNamed: string;
  readonly noNamed: string;
  readonly namedKinds: Readonly<Record<"table" | "range", (name: string) => string>>;
  /** Said of a table or named range the pane was set to read that the workbook no longer has. */
  readonly notFound: string;
  readonly thresholdsHeading: string;
  readonly thresholdPercent: string;
  readonly thresholdAmount: string;
  readonly invalidNumber: string;
  readonly method: string;
  readonly methods: Readonly<Record<Exclude<ForecastMethod, "manual">, string>>;
  readonly saved: string;
  readonly createReport: string;
  readonly creating: string;
  readonly created: (sheets: readonly string[]) => string;
  readonly goToReport: string;
  readonly nothingToReport: string;
  readonly errorTitle: string;
  /** Title of the message the ribbon button left when it failed. */
  readonly ribbonFailed: string;
  readonly somethingWentWrong: string;
  readonly details: string;
  readonly retry: string;
  readonly dismiss: string;
}

export const SV: Texts = {
  appTitle: "Uppföljning",
  loading: "Läser arbetsboken …",
  outsideExcelTitle: "Öppna i Excel",
  outsideExcel:
    "Uppföljning är ett tillägg för Excel. Den här sidan är öppnad utanför Excel, så det finns ingen arbetsbok att läsa. Öppna den via Start ▸ Uppföljning ▸ Öppna panelen i Excel.",
  tabTables: "Tabeller",
  tabChecks: "Kontroller",
  tabSettings: "Inställningar",
  noTables: "Inga budget- eller nyckeltalstabeller hittades i arbetsboken.",
  tablesFound: (n) => (n === 1 ? "1 tabell hittades" : `${n} tabeller hittades`),
  unit: "Enhet",
  period: "Period",
  signConvention: "Teckenkonvention",
  columnRole: (letters, header) => `Kolumn ${letters}${header ? ` (${header})` : ""}`,
  columnsSummary: (roles) => `Kolumner: ${roles.join(", ")}`,
  invertedSummary: (count) => `Rader med omvänt tecken${count > 0 ? ` (${count})` : ""}`,
  invertedHint: "Markera en rad vars tecken går emot tabellens teckenkonvention: dess avvikelse vänds.",
  report: "Rapportera",
  tableKinds: { budget: "Budget", keyFigures: "Nyckeltal" },
  units: UNIT_NAMES.sv,
  conventions: {
    ledger: "Kommun-Bas: kostnader +, intäkter −",
    result: "Resultat: kostnader −, intäkter +",
    absolute: "Absoluta belopp: radens art avgör",
  },
  conventionSource: { "variance-column": "från avvikelsekolumnen", data: "från beloppen", user: "ditt val" },
  roles: {
    label: "Radrubrik",
    budget: "Budget",
    outcome: "Utfall",
    forecast: "Prognos",
    variance: "Avvikelse",
    value: "Värde (år)",
    unknown: "Används inte",
  },
  noChecks: "Inga anmärkningar: allt stämmer.",
  severities: { error: "Fel", warning: "Varningar", info: "Information" },
  findingCount: (n) => (n === 1 ? "1 anmärkning" : `${n} anmärkningar`),
  goToCell: (cell) => `Gå till ${cell}`,
  thresholdsHeading: "Väsentlighetsgränser",
  reading: "Läser",
  wholeWorkbook: "hela arbetsboken",
  readSelection: "Läs bara markeringen",
  readWorkbook: "Läs hela arbetsboken",
  readNamed: "Läs en tabell eller ett namngivet område",
  noNamed: "–",
  namedKinds: { table: (name) => `Tabell ${name}`, range: (name) => `Område ${name}` },
  notFound: "finns inte i arbetsboken",
  thresholdPercent: "Avvikelse i procent av budget",
  thresholdAmount: "Avvikelse i tkr",
  invalidNumber: "Ange ett tal, 0 eller mer.",
  method: "Helårsprognos",
  methods: {
    "run-rate": "Linjär (utfall × 12 ÷ månader)",
    "budget-profile": "Budgetprofil (utfall + årets resterande budget)",
    seasonal: "Säsongsprofil från föregående år",
  },
  saved: "Sparat i arbetsboken",
  createReport: "Skapa rapport",
  creating: "Skapar rapporten …",
  created: (sheets) => `Rapporten är skapad: ${sheets.join(", ")}.`,
  goToReport: "Gå till rapporten",
  nothingToReport: "Välj minst en tabell att rapportera.",
  errorTitle: "Det gick inte",
  ribbonFailed: "Skapa rapport i menyfliken misslyckades",
  somethingWentWrong: "Något gick fel",
  details: "Detaljer",
  retry: "Försök igen",
  dismiss: "Stäng",
};

export const EN: Texts = {
  appTitle: "Uppföljning",
  loading: "Reading the workbook …",
  outsideExcelTitle: "Open in Excel",
  outsideExcel:
    "Uppföljning is an Excel add-in. This page is open outside Excel, so there is no workbook to read. Open it from Home ▸ Uppföljning ▸ Open the pane in Excel.",
  tabTables: "Tables",
  tabChecks: "Checks",
  tabSettings: "Settings",
  noTables: "No budget or key-figure tables were found in the workbook.",
  tablesFound: (n) => (n === 1 ? "1 table found" : `${n} tables found`),
  unit: "Unit",
  period: "Period",
  signConvention: "Sign convention",
  columnRole: (letters, header) => `Column ${letters}${header ? ` (${header})` : ""}`,
  columnsSummary: (roles) => `Columns: ${roles.join(", ")}`,
  invertedSummary: (count) => `Lines with inverted sign${count > 0 ? ` (${count})` : ""}`,
  invertedHint: "Mark a line whose signs run against the table's sign convention: its deviation is turned.",
  report: "Report",
  tableKinds: { budget: "Budget", keyFigures: "Key figures" },
  units: UNIT_NAMES.en,
  conventions: {
    ledger: "Ledger: costs +, revenues −",
    result: "Result: costs −, revenues +",
    absolute: "Absolute amounts: the row's kind decides",
  },
  conventionSource: {
    "variance-column": "from the deviation column",
    data: "from the amounts",
    user: "your choice",
  },
  roles: {
    label: "Row label",
    budget: "Budget",
    outcome: "Outcome",
    forecast: "Forecast",
    variance: "Deviation",
    value: "Value (year)",
    unknown: "Not used",
  },
  noChecks: "Nothing to report: everything adds up.",
  severities: { error: "Errors", warning: "Warnings", info: "Information" },
  findingCount: (n) => (n === 1 ? "1 finding" : `${n} findings`),
  goToCell: (cell) => `Go to ${cell}`,
  thresholdsHeading: "Materiality thresholds",
  reading: "Reading",
  wholeWorkbook: "the whole workbook",
  readSelection: "Read the selection only",
  readWorkbook: "Read the whole workbook",
  readNamed: "Read a table or a named range",
  noNamed: "–",
  namedKinds: { table: (name) => `Table ${name}`, range: (name) => `Range ${name}` },
  notFound: "not in the workbook",
  thresholdPercent: "Deviation as percent of budget",
  thresholdAmount: "Deviation in tkr",
  invalidNumber: "Enter a number, 0 or more.",
  method: "Full-year forecast (helårsprognos)",
  methods: {
    "run-rate": "Run rate (outcome × 12 ÷ months)",
    "budget-profile": "Budget profile (outcome + rest of the year's budget)",
    seasonal: "Last year's seasonal profile",
  },
  saved: "Saved in the workbook",
  createReport: "Create report",
  creating: "Creating the report …",
  created: (sheets) => `The report is ready: ${sheets.join(", ")}.`,
  goToReport: "Go to the report",
  nothingToReport: "Choose at least one table to report.",
  errorTitle: "That did not work",
  ribbonFailed: "Create report on the ribbon failed",
  somethingWentWrong: "Something went wrong",
  details: "Details",
  retry: "Try again",
  dismiss: "Close",
};
