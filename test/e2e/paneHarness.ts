/**
 * What the end-to-end tests of the side panel share: the pane built with webpack (once per test file,
 * test mode, no office.js), served from 127.0.0.1, and opened in real Chromium over the in-memory
 * Excel (test/fakes) holding the bundled sample workbook's sheets, through the real Office.js adapter
 * (src/excel). Screenshots land in test-artifacts/e2e/.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Browser, Page } from "playwright-core";
import type { SheetGrid } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { FakeWorkbookSpec } from "../fakes/buildFakeWorkbook";
import type { FakeWorkbookContents } from "../fakes/readFakeWorkbook";
import { buildPane } from "./buildPane";
import { launchChromium } from "./launchChromium";
import { serveDirectory } from "./serveDirectory";

export const ROOT = join(__dirname, "..", "..");
export const SHOTS = join(ROOT, "test-artifacts", "e2e");

export interface PaneOptions {
  readonly displayLanguage?: string;
  readonly inExcel?: boolean;
  readonly settings?: Record<string, unknown>;
  /** Office's body background; "#1f1f1f" is its dark theme. */
  readonly bodyBackgroundColor?: string;
  /** The workbook's sheets instead of the sample's. */
  readonly sources?: readonly SheetGrid[];
  readonly tables?: FakeWorkbookSpec["tables"];
  readonly names?: FakeWorkbookSpec["names"];
  /** How long each request to Excel takes, in ms. */
  readonly syncDelayMs?: number;
  /** The page's width in px (a task pane's: 360 by default). */
  readonly width?: number;
}

/** Reads until the value is `expected` (the pane writes after a click, in its own time), then asserts it. */
export async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  let last = await read();
  for (let i = 0; i < 100 && !isDeepStrictEqual(last, expected); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** "'Verksamhet 2022'!E8" as the in-memory Excel names a selection: "Verksamhet 2022!E8". */
export const unquoted = (address: string) =>
  address.replace(/^'(.*)'!/, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`);

/** The in-memory workbook behind the page, as plain data. */
export const workbook = (page: Page): Promise<FakeWorkbookContents> =>
  page.evaluate(() => {
    const read = (window as unknown as { __UPPF_E2E_READ__?: () => FakeWorkbookContents }).__UPPF_E2E_READ__;
    if (!read) throw new Error("no in-memory workbook in the page");
    return read();
  });

/** The workbook's sheet names, active sheet and selection: cheap, where `workbook` carries every cell. */
export const whereIs = (page: Page) =>
  page.evaluate(() => {
    const read = (window as unknown as { __UPPF_E2E_READ__?: () => FakeWorkbookContents }).__UPPF_E2E_READ__;
    if (!read) throw new Error("no in-memory workbook in the page");
    const { sheetNames, activeSheet, selection } = read();
    return { sheetNames, activeSheet, selection };
  });

/**
 * Registers the build, the server and the browser around the calling test file (`name` keeps its
 * build apart from the other files', which jest may run at the same time) and gives the helpers.
 */
export function paneHarness(name: string) {
  const build = join(ROOT, "test-artifacts", `e2e-build-${name}`);
  const pageErrors = new WeakMap<Page, string[]>();
  const shared: { server?: Server; baseUrl?: string; browser?: Browser; sources: SheetGrid[] } = {
    sources: [],
  };

  jest.setTimeout(120_000);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [shared.sources] = await Promise.all([
      readWorkbook(join(ROOT, "assets", "sample", "uppfoljning-exempel.xlsx")),
      buildPane(build),
    ]);
    const served = await serveDirectory(build);
    shared.server = served.server;
    shared.baseUrl = served.baseUrl;
    shared.browser = await launchChromium();
  });

  afterAll(async () => {
    await shared.browser?.close();
    await new Promise((resolve) => shared.server?.close(resolve));
  });

  return {
    /** The sample workbook's sheets, as the ExcelJS reader gives them. */
    sources: (): SheetGrid[] => shared.sources,

    /** A pane in a 360 px wide page (a task pane's width); in Excel unless `inExcel` is false. */
    openPane: async (options: PaneOptions = {}): Promise<Page> => {
      if (!shared.browser || !shared.baseUrl) throw new Error("the harness did not start");
      const page = await shared.browser.newPage({ viewport: { width: options.width ?? 360, height: 900 } });
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on("pageerror", (error) => errors.push(error.message));
      if (options.inExcel !== false) {
        const { inExcel: _, width: __, ...rest } = options;
        const setup = {
          ...rest,
          sources: options.sources ?? shared.sources,
          displayLanguage: options.displayLanguage ?? "sv-SE",
        };
        await page.addInitScript((value) => Object.assign(window, { __UPPF_E2E__: value }), setup);
      }
      await page.goto(`${shared.baseUrl}/taskpane.html`);
      return page;
    },

    /** Closes the page; it must have thrown nothing uncaught. */
    closePane: async (page: Page): Promise<void> => {
      await page.close();
      expect(pageErrors.get(page)).toEqual([]);
    },

    /** The 1-based sheet row whose first cell is `label`, in the sample as read from the file. */
    rowOf: (sheet: string, label: string): number => {
      const grid = shared.sources.find((s) => s.name === sheet)?.cells ?? [];
      return grid.findIndex((row) => row[0] === label) + 1;
    },
  };
}
