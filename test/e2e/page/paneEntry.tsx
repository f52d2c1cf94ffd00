/**
 * The end-to-end test's page script: reads what the test put on `window.__UPPF_E2E__` (the sample
 * workbook's sheets and Office's display language) and starts the pane exactly as
 * src/taskpane/index.tsx does, with the host double instead of the Office.js adapter. Without
 * `__UPPF_E2E__` it leaves `Office` undefined, as in a plain browser.
 */
import type { SheetGrid } from "../../../src/core/types";
import { startPane } from "../../../src/taskpane/startPane";
import { createHostDouble, type HostRecord } from "./hostDouble";

interface E2eSetup {
  readonly sources: readonly SheetGrid[];
  readonly displayLanguage: string;
}

declare global {
  interface Window {
    __UPPF_E2E__?: E2eSetup;
    __UPPF_E2E_RECORD__?: HostRecord;
  }
}

const setup = window.__UPPF_E2E__;
if (setup) {
  const { host, record } = createHostDouble(setup.sources);
  window.__UPPF_E2E_RECORD__ = record;
  const office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: setup.displayLanguage, officeTheme: { bodyBackgroundColor: "#ffffff" } },
    onReady: (callback: (info: { host: string; platform: string }) => void) => {
      callback({ host: "Excel", platform: "OfficeOnline" });
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
  };
  Object.assign(globalThis, { Office: office });
  startPane(() => host);
} else {
  startPane(() => {
    throw new Error("no host outside Excel");
  });
}
