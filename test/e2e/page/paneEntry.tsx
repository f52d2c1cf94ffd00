/**
 * The end-to-end test's page script: builds the in-memory Excel (test/fakes) from what the test put
 * on `window.__UPPF_E2E__` (the workbook's sheets, tables and names, Office's display language and
 * theme), installs it as `Office` and `Excel`, and starts the pane exactly as src/taskpane/index.tsx
 * does — with the real Office.js adapter. `window.__UPPF_E2E_READ__()` gives the test the workbook as
 * plain data, `__UPPF_E2E_EDIT__` changes a cell as a person does (and fires `onChanged`), and
 * `__UPPF_E2E_SYNCS__()` counts the requests so far. Without `__UPPF_E2E__` it leaves `Office`
 * undefined, as in a plain browser.
 */
import type { SheetGrid } from "../../../src/core/types";
import { createExcelHost } from "../../../src/excel/createExcelHost";
import { startPane } from "../../../src/taskpane/startPane";
import { buildFakeWorkbook, type FakeWorkbookSpec } from "../../fakes/buildFakeWorkbook";
import { parseRect } from "../../fakes/fakeAddress";
import { ensureCell } from "../../fakes/fakeState";
import { installFakeOffice } from "../../fakes/installFakeOffice";
import { readFakeWorkbook, type FakeWorkbookContents } from "../../fakes/readFakeWorkbook";

interface E2eSetup {
  readonly sources: readonly SheetGrid[];
  readonly displayLanguage: string;
  /** Office's theme: its body background ("#1f1f1f" is Office's dark theme). */
  readonly bodyBackgroundColor?: string;
  /** Workbook settings to start with (the ribbon's last failure, say). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly tables?: FakeWorkbookSpec["tables"];
  readonly names?: FakeWorkbookSpec["names"];
  /** How long each request to Excel takes, in ms. */
  readonly syncDelayMs?: number;
}

declare global {
  interface Window {
    __UPPF_E2E__?: E2eSetup;
    __UPPF_E2E_READ__?: () => FakeWorkbookContents;
    __UPPF_E2E_EDIT__?: (sheet: string, address: string, value: string | number) => Promise<void>;
    __UPPF_E2E_SYNCS__?: () => number;
  }
}

const setup = window.__UPPF_E2E__;
if (setup) {
  const excel = buildFakeWorkbook(
    {
      sheets: setup.sources,
      ...(setup.settings ? { settings: setup.settings } : {}),
      ...(setup.tables ? { tables: setup.tables } : {}),
      ...(setup.names ? { names: setup.names } : {}),
    },
    setup.syncDelayMs ? { syncDelayMs: setup.syncDelayMs } : {},
  );
  const office = installFakeOffice(window, excel, {
    displayLanguage: setup.displayLanguage,
    ...(setup.bodyBackgroundColor ? { bodyBackgroundColor: setup.bodyBackgroundColor } : {}),
  });
  window.__UPPF_E2E_READ__ = () => readFakeWorkbook(excel);
  window.__UPPF_E2E_EDIT__ = (name, address, value) => {
    const sheet = excel.data.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const { row, col } = parseRect(address);
    ensureCell(sheet, row, col).value = value;
    return office.fireChanged(name, address);
  };
  window.__UPPF_E2E_SYNCS__ = () => excel.stats.syncCount;
}
startPane(createExcelHost);
