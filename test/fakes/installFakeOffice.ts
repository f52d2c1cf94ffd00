import { supportsExcelApi, type FakeExcelHost } from "./FakeContext";
import { createFakeExcel } from "./createFakeExcel";
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import { formatRect, parseRect } from "./fakeAddress";

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage (default "sv-SE"). */
  readonly displayLanguage?: string;
  readonly bodyBackgroundColor?: string;
  /** Requirement sets other than ExcelApi reported as supported, by name ("DialogApi"). */
  readonly otherSets?: readonly string[];
}

/** What a test drives: the workbook, the ribbon functions Office.actions.associate registered, and events. */
export interface FakeOffice {
  readonly host: FakeExcelHost;
  readonly actions: Map<string, (event: { completed(): void }) => unknown>;
  /** Fires `onChanged` of the named sheet, as when a person edits `address` there. */
  fireChanged(sheetName: string, address?: string): Promise<void>;
}

/**
 * Sets the globals `Excel`, `Office` and `OfficeExtension` on `target` (globalThis, or a page's window)
 * so that code written for Office.js runs against the in-memory workbook: in jest, and in a browser
 * page for the task pane's end-to-end test. Browser-safe: no Node API.
 */
export function installFakeOffice(
  target: object,
  host: FakeExcelHost,
  options: FakeOfficeOptions = {},
): FakeOffice {
  const actions = new Map<string, (event: { completed(): void }) => unknown>();
  const info = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: options.displayLanguage ?? "sv-SE",
      officeTheme: {
        bodyBackgroundColor: options.bodyBackgroundColor ?? "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          if (name === "ExcelApi") return supportsExcelApi(host.options, String(version ?? "1.1"));
          return (options.otherSets ?? []).includes(name);
        },
      },
    },
    actions: {
      associate(name: string, action: (event: { completed(): void }) => unknown): void {
        actions.set(name, action);
      },
    },
  };
  Object.assign(target, {
    Excel: createFakeExcel(host),
    Office: office,
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: ERROR_CODES },
  });
  return {
    host,
    actions,
    async fireChanged(sheetName, address = "A1") {
      const sheet = host.data.sheets.find((s) => s.name === sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      const event = {
        worksheetId: sheet.id,
        address: formatRect(parseRect(address)),
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
      };
      await Promise.all([...sheet.changeHandlers].map((handler) => handler(event)));
    },
  };
}
