/**
 * The end-to-end test's page script: builds the in-memory Excel (test/fakes) from what the test put
 * on `window.__UPPF_E2E__` (the sample workbook's sheets and Office's display language), installs
 * it as `Office` and `Excel`, and starts the pane exactly as src/taskpane/index.tsx does — with the
 * real Office.js adapter. `window.__UPPF_E2E_READ__()` gives the test the workbook as plain data.
 * Without `__UPPF_E2E__` it leaves `Office` undefined, as in a plain browser.
 */
import type { SheetGrid } from "../../../src/core/types";
import { createExcelHost } from "../../../src/excel";
import { startPane } from "../../../src/taskpane/startPane";
import { buildFakeWorkbook } from "../../fakes/buildFakeWorkbook";
import { installFakeOffice } from "../../fakes/installFakeOffice";
import { readFakeWorkbook, type FakeWorkbookContents } from "../../fakes/readFakeWorkbook";

interface E2eSetup {
  readonly sources: readonly SheetGrid[];
  readonly displayLanguage: string;
  /** Workbook settings to start with (the ribbon's last failure, say). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

declare global {
  interface Window {
    __UPPF_E2E__?: E2eSetup;
    __UPPF_E2E_READ__?: () => FakeWorkbookContents;
  }
}

const setup = window.__UPPF_E2E__;
if (setup) {
  const excel = buildFakeWorkbook({
    sheets: setup.sources,
    ...(setup.settings ? { settings: setup.settings } : {}),
  });
  installFakeOffice(window, excel, { displayLanguage: setup.displayLanguage });
  window.__UPPF_E2E_READ__ = () => readFakeWorkbook(excel);
}
startPane(createExcelHost);
