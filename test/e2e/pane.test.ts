/**
 * The side panel end to end in real Chromium: the pane is built with webpack (once, test mode, no
 * office.js), served from 127.0.0.1, and started over the bundled sample workbook's sheets.
 * Screenshots land in test-artifacts/e2e/.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { quoteSheetName } from "../../src/core/cellAddress";
import { SHEET_MARK } from "../../src/core/report/types";
import type { SheetGrid } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { HostRecord } from "./page/hostDouble";
import { buildPane } from "./buildPane";
import { serveDirectory } from "./serveDirectory";

const ROOT = join(__dirname, "..", "..");
const BUILD = join(ROOT, "test-artifacts", "e2e-build");
const SHOTS = join(ROOT, "test-artifacts", "e2e");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

jest.setTimeout(120_000);

let server: Server;
let baseUrl: string;
let browser: Browser;
let sources: SheetGrid[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [sources] = await Promise.all([
    readWorkbook(join(ROOT, "assets", "sample", "uppfoljning-exempel.xlsx")),
    buildPane(BUILD),
  ]);
  ({ server, baseUrl } = await serveDirectory(BUILD));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const pageErrors = new WeakMap<Page, string[]>();

/** A pane in a 360 px wide page (a task pane's width); in Excel unless `inExcel` is false. */
async function openPane(options: { displayLanguage?: string; inExcel?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
  if (options.inExcel !== false) {
    const setup = { sources, displayLanguage: options.displayLanguage ?? "sv-SE" };
    await page.addInitScript((value) => Object.assign(window, { __UPPF_E2E__: value }), setup);
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  return page;
}

/** Closes the page; it must have thrown nothing uncaught. */
async function closePane(page: Page): Promise<void> {
  await page.close();
  expect(pageErrors.get(page)).toEqual([]);
}

const record = (page: Page): Promise<HostRecord> =>
  page.evaluate(() => {
    const value = (window as unknown as { __UPPF_E2E_RECORD__?: HostRecord }).__UPPF_E2E_RECORD__;
    if (!value) throw new Error("no host record");
    return value;
  });

/** The 1-based sheet row whose first cell is `label`, in the sample as read from the file. */
function rowOf(sheet: string, label: string): number {
  const grid = sources.find((s) => s.name === sheet)?.cells ?? [];
  return grid.findIndex((row) => row[0] === label) + 1;
}

describe("the task pane in Chromium", () => {
  it("lists the sample's tables with unit and sign convention", async () => {
    const page = await openPane();
    for (const title of ["SOCIALA MYNDIGHETSNÄMNDEN", "SOCIAL OMSORG", "EKONOMI – VERKSAMHET"]) {
      await page.getByRole("group", { name: title }).waitFor();
    }
    const card = page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" });
    await expect(card.getByText("tkr", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole("combobox", { name: "Teckenkonvention" }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole("checkbox", { name: "Rapportera" }).isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, "tables.png") });
    await closePane(page);
  });

  it("selects the cell of a check when it is clicked", async () => {
    const page = await openPane();
    await page.getByRole("tab", { name: /Kontroller/ }).click();
    // The sample's 'Verksamhet 2022' prints its Totalt row without the minus sign (seed report 001).
    const row = rowOf("Verksamhet 2022", "Totalt");
    expect(row).toBeGreaterThan(1);
    const errors = page.getByRole("group", { name: /Fel/ });
    const finding = errors.locator(`button[data-cell^="'Verksamhet 2022'!"][data-cell$="${row}"]`).first();
    const cell = await finding.getAttribute("data-cell");
    await finding.click();
    await page.screenshot({ path: join(SHOTS, "checks.png") });
    expect((await record(page)).selected).toEqual([cell]);
    await closePane(page);
  });

  it("saves a corrected column role in the settings and shows it", async () => {
    const page = await openPane();
    const card = page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" });
    await card.getByRole("button", { name: /^Kolumner:/ }).click();
    const column = card.getByRole("combobox", { name: /^Kolumn E/ });
    await column.click();
    await page.getByRole("option", { name: "Används inte" }).click();
    await expect(card.getByRole("combobox", { name: /^Kolumn E/ }).textContent()).resolves.toBe(
      "Används inte",
    );
    await expect(card.getByRole("button", { name: /^Kolumner:/ }).textContent()).resolves.toMatch(
      /Används inte$/,
    );
    await page.screenshot({ path: join(SHOTS, "role-corrected.png") });
    const saved = (await record(page)).saved;
    const key = await card.getAttribute("data-table-key");
    expect(key).toBe("'Social omsorg'!A2:E7");
    expect(saved.at(-1)?.columnRoles[key ?? ""]).toEqual({ E: "unknown" });
    await closePane(page);
  });

  it("writes the report with Skapa rapport and goes to it", async () => {
    const page = await openPane();
    await page.getByRole("button", { name: "Skapa rapport" }).click();
    await page.getByText(/^Rapporten är skapad/).waitFor();
    await page.screenshot({ path: join(SHOTS, "report.png") });
    const layouts = (await record(page)).layouts;
    expect(layouts).toHaveLength(1);
    const sheets = layouts[0]?.sheets ?? [];
    const budgetSheet = sheets.find((s) =>
      s.cells.some((c) => c.content.kind === "text" && c.content.text === "Kommentar"),
    );
    expect(budgetSheet).toBeDefined();
    expect(
      sheets.every((s) =>
        s.cells.some((c) => c.content.kind === "text" && c.content.text.startsWith(SHEET_MARK)),
      ),
    ).toBe(true);
    await page.getByRole("button", { name: "Gå till rapporten" }).click();
    const first = sheets[0]?.name ?? "";
    expect((await record(page)).selected).toEqual([`${quoteSheetName(first)}!A1`]);
    await closePane(page);
  });

  it("speaks English when Office's display language is en-US", async () => {
    const page = await openPane({ displayLanguage: "en-US" });
    await page.getByRole("button", { name: "Create report" }).waitFor();
    await expect(page.getByRole("tab", { name: /^Tables/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("tab", { name: /^Checks/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, "english.png") });
    await closePane(page);
  });

  it("says so when opened outside Excel", async () => {
    const page = await openPane({ inExcel: false });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /Uppföljning is an Excel add-in|Uppföljning är ett tillägg för Excel/,
    );
    await page.screenshot({ path: join(SHOTS, "outside-excel.png") });
    await closePane(page);
  });
});
