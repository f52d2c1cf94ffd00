import type { Analysis, Column, Finding, Line, TableAnalysis } from "../../src/core/types";

/** A small analysis, as the engine would return it for fixture 001 (Totalt without its sign). */
function column(address: string, index: number, header: string, role: Column["role"], year?: number): Column {
  return { index, address, header, role, fromMonth: 1, toMonth: 12, ...(year === undefined ? {} : { year }) };
}

function line(row: number, label: string, kind: Line["kind"], values: Record<string, number>): Line {
  return { row, label, kind, cells: {}, values };
}

const signFlip: Finding = {
  code: "sign-flip",
  severity: "error",
  cell: "'Verksamhet 2022'!E8",
  row: 8,
  label: "Totalt",
  expected: -2036,
  actual: 2036,
  message: "Totalens avvikelse har fel tecken",
  messageEn: "The total's variance has the wrong sign",
};

const material: Finding = {
  code: "material-deviation",
  severity: "warning",
  cell: "'Verksamhet 2022'!E4",
  row: 4,
  label: "Äldreomsorg",
  actual: -5128,
  message: "Väsentlig avvikelse",
  messageEn: "Material deviation",
};

const textNumber: Finding = {
  code: "text-number",
  severity: "info",
  cell: "'Verksamhet 2022'!B3",
  row: 3,
  label: "Förvaltningsgemensamt",
  message: "Tal lagrat som text",
  messageEn: "Number stored as text",
};

export const budgetTable: TableAnalysis = {
  key: "'Verksamhet 2022'!A2:E8",
  table: {
    sheet: "Verksamhet 2022",
    range: "A2:E8",
    title: "EKONOMI – VERKSAMHET",
    kind: "budget",
    transposed: false,
    unit: "tkr",
    headerRows: [2],
    labelColumn: column("A", 0, "Belopp i tkr", "label"),
    columns: [
      column("B", 1, "Utfall\n2021", "outcome", 2021),
      column("C", 2, "Utfall\n2022", "outcome", 2022),
      column("D", 3, "Budget\n2022", "budget", 2022),
      column("E", 4, "Avvikelse", "variance", 2022),
    ],
    lines: [
      line(3, "Förvaltningsgemensamt", "net", { B: 2479, C: -4564, D: -5515, E: 951 }),
      line(4, "Äldreomsorg", "net", { B: -209080, C: -217677, D: -212549, E: -5128 }),
      line(8, "Totalt", "total", { B: 342640, C: 362942, D: 360906, E: 2036 }),
    ],
  },
  signConvention: {
    convention: "result",
    source: "variance-column",
    reason: "Avvikelsen är utfall − budget.",
    reasonEn: "The deviation is outcome − budget.",
  },
  totals: [],
  variances: [],
  keyFigures: [],
  trends: [],
  commentary: [],
  findings: [signFlip, material, textNumber, { ...textNumber, cell: "'Verksamhet 2022'!C3" }],
};

export const interimTable: TableAnalysis = {
  ...budgetTable,
  key: "'Delår aug 2025'!A2:G8",
  table: {
    ...budgetTable.table,
    sheet: "Delår aug 2025",
    range: "A2:G8",
    title: "Resultaträkning, delår jan-aug 2025",
    columns: [
      { ...column("B", 1, "Budget jan-aug 2025", "budget", 2025), toMonth: 8 },
      { ...column("C", 2, "Helårsprognos 2025", "forecast", 2025) },
    ],
  },
  signConvention: {
    convention: "ledger",
    source: "data",
    reason: "Kostnaderna är positiva.",
    reasonEn: "Costs are positive.",
  },
  budgetNote: "Avvikelserna räknas mot den justerade budgeten.",
  findings: [],
};

export const exampleAnalysis: Analysis = { tables: [budgetTable, interimTable] };
