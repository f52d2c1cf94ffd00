import type { FakeExcelHost, FakeExcelOptions } from "./FakeContext";
import { ensureCell, newSheet, type FakeWorkbookData } from "./fakeState";
import { enterValue } from "./enterValue";
import { parseRect } from "./fakeAddress";

/** One sheet to put in the fake: values from `origin` (0-based; A1 by default), optional formulas and formats. */
export interface FakeSheetSpec {
  readonly name: string;
  readonly cells: readonly (readonly (string | number | boolean | null)[])[];
  readonly origin?: { readonly row: number; readonly col: number };
  /** Same shape as `cells`: a formula where the cell holds one ("=B3-C3"), its value then taken from `cells`. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeWorkbookSpec {
  readonly sheets: readonly FakeSheetSpec[];
  /** Workbook-level defined names: name → formula ("='Rapport'!$A$1"). */
  readonly names?: Readonly<Record<string, string>>;
  /** Excel tables: a name, a sheet and the address of their cells, header row included ("A2:E7"). */
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly address: string }[];
  readonly settings?: Readonly<Record<string, unknown>>;
}

export const DEFAULT_FAKE_OPTIONS: FakeExcelOptions = {
  payloadLimitBytes: 5 * 1024 * 1024,
  responseLimitBytes: 5 * 1024 * 1024,
  maxExcelApi: "1.17",
};

/**
 * An in-memory Excel holding the given sheets (a `SheetGrid` is a valid `FakeSheetSpec`). Cell text is
 * stored as text, as a workbook on disk holds it, not parsed again as typing would.
 */
export function buildFakeWorkbook(
  spec: FakeWorkbookSpec,
  options: Partial<FakeExcelOptions> = {},
): FakeExcelHost {
  const data: FakeWorkbookData = { sheets: [], names: new Map(), tables: [], settings: new Map(), nextId: 1 };
  for (const sheetSpec of spec.sheets) {
    const sheet = newSheet(data, sheetSpec.name);
    if (sheetSpec.visibility) sheet.visibility = sheetSpec.visibility;
    const top = sheetSpec.origin?.row ?? 0;
    const left = sheetSpec.origin?.col ?? 0;
    sheetSpec.cells.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = sheetSpec.formulas?.[r]?.[c];
        const format = sheetSpec.numberFormats?.[r]?.[c];
        if (value === null && !formula && !format) return;
        const cell = ensureCell(sheet, top + r, left + c);
        if (format) cell.numberFormat = format;
        if (formula) enterValue(cell, formula);
        cell.value = value ?? "";
      }),
    );
  }
  for (const [name, formula] of Object.entries(spec.names ?? {})) data.names.set(name, formula);
  for (const table of spec.tables ?? []) {
    const sheet = data.sheets.find((s) => s.name === table.sheet);
    if (!sheet) throw new Error(`no sheet ${table.sheet} for table ${table.name}`);
    const id = `{${String(data.nextId++).padStart(8, "0")}-0000-4000-8000-00000000000a}`;
    data.tables.push({ id, name: table.name, sheetId: sheet.id, rect: parseRect(table.address) });
  }
  for (const [key, value] of Object.entries(spec.settings ?? {})) data.settings.set(key, value);
  data.activeSheetId = data.sheets[0]?.id;
  return {
    data,
    stats: { syncCount: 0, payloadBytesPerSync: [], responseBytesPerSync: [], writeCount: 0 },
    options: { ...DEFAULT_FAKE_OPTIONS, ...options },
    calculationSuspended: false,
  };
}
