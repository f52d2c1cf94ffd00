import type { Analysis, ColumnRole, Finding, Line, RowKind, RowRole, SignConvention, Unit } from "./types";

/** The documented `--json` interface (README, "JSON"). Extra fields may be added; none renamed. */
export interface AnalysisJson {
  readonly tables: readonly {
    readonly sheet: string;
    readonly range: string;
    readonly title: string | null;
    readonly kind: string;
    /** Years in columns, Budget and Budgetavvikelse as rows (fixture 003-ekonomi). */
    readonly transposed: boolean;
    readonly unit: Unit;
    readonly signConvention: SignConvention;
    readonly signConventionSource: string;
    readonly signConventionReason: string;
    readonly signConventionReasonEn: string;
    readonly budgetNote: string | null;
    readonly columns: readonly {
      readonly address: string;
      readonly header: string;
      readonly role: ColumnRole;
      readonly year: number | null;
      readonly fromMonth: number;
      readonly toMonth: number;
    }[];
    readonly rows: readonly {
      readonly row: number;
      readonly label: string;
      readonly section: string | null;
      readonly kind: RowKind;
      /** In a transposed table: the row that is the budget, the deviation, or the outcome they compare. */
      readonly role?: RowRole;
      readonly values: Readonly<Record<string, number | null>>;
      /** Footnote marks after the numbers ("2 021*"), by column letters; only on rows that have one. */
      readonly notes?: Readonly<Record<string, string>>;
      readonly forecast?: { readonly method: string; readonly value: number; readonly explanation: string };
    }[];
    readonly variances: readonly {
      readonly row: number;
      readonly budgetCell: string;
      readonly actualCell: string;
      readonly against: string;
      readonly avvikelse: number;
      readonly percentOfBudget: number | null;
      readonly given: number | null;
    }[];
    readonly keyFigures: Analysis["tables"][number]["keyFigures"];
    readonly commentary: readonly string[];
    readonly findings: readonly Finding[];
  }[];
}

export function toAnalysisJson(analysis: Analysis): AnalysisJson {
  return {
    tables: analysis.tables.map(({ table, signConvention, budgetNote, interim, variances, ...rest }) => {
      const forecasts = new Map(interim?.forecasts.map((f) => [f.row, f.forecast]));
      return {
        sheet: table.sheet,
        range: table.range,
        title: table.title ?? null,
        kind: table.kind,
        transposed: table.transposed,
        unit: table.unit,
        signConvention: signConvention.convention,
        signConventionSource: signConvention.source,
        signConventionReason: signConvention.reason,
        signConventionReasonEn: signConvention.reasonEn,
        budgetNote: budgetNote ?? null,
        columns: [table.labelColumn, ...table.columns].map((column) => ({
          address: column.address,
          header: column.header,
          role: column.role,
          year: column.year ?? null,
          fromMonth: column.fromMonth,
          toMonth: column.toMonth,
        })),
        rows: table.lines.map((line) => {
          const forecast = forecasts.get(line.row);
          return {
            row: line.row,
            label: line.label,
            section: line.section ?? null,
            kind: line.kind,
            ...(line.role ? { role: line.role } : {}),
            values: line.values,
            ...(line.notes ? { notes: notesOf(line) } : {}),
            ...(forecast ? { forecast: { ...forecast } } : {}),
          };
        }),
        variances: variances.map((v) => ({
          row: v.row,
          budgetCell: v.budgetCell,
          actualCell: v.actualCell,
          against: v.against,
          avvikelse: v.computed,
          percentOfBudget: v.percentOfBudget,
          given: v.given ?? null,
        })),
        keyFigures: rest.keyFigures,
        commentary: rest.commentary,
        findings: rest.findings,
      };
    }),
  };
}

/** The footnote mark of each number that has one, by column letters ({ "B": "*" }). */
function notesOf(line: Line): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const [address, cell] of Object.entries(line.cells))
    if (cell.kind === "number" && cell.note !== undefined) notes[address] = cell.note;
  return notes;
}
