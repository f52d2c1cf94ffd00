/**
 * The side panel end to end in real Chromium: the pane is built with webpack (once, test mode, no
 * office.js), served from 127.0.0.1, and started over the in-memory Excel (test/fakes) holding the
 * bundled sample workbook's sheets, through the real Office.js adapter (src/excel). Screenshots
 * land in test-artifacts/e2e/. The harness: ./paneHarness.ts; more: ./paneLive.test.ts.
 */
import { join } from "node:path";
import { parseSettings } from "../../src/core/settings/parseSettings";
import { LAST_ERROR_KEY, SETTINGS_KEY } from "../../src/excel";
import { SHOTS, eventually, paneHarness, unquoted, workbook } from "./paneHarness";

const { openPane, closePane, rowOf, sources: sample } = paneHarness("pane");

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
    expect(cell).toMatch(/^'Verksamhet 2022'!/);
    await eventually(async () => (await workbook(page)).selection, unquoted(cell ?? ""));
    await closePane(page);
  });

  it("reads only the selection when asked, and the whole workbook again", async () => {
    const page = await openPane();
    await page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" }).waitFor();
    // Select a cell (a check does so), then read only it: no table there.
    await page.getByRole("tab", { name: /Kontroller/ }).click();
    await page.getByRole("group", { name: /Fel/ }).locator("button[data-cell]").first().click();
    const selected = (await workbook(page)).selection;
    await page.getByRole("button", { name: "Läs bara markeringen" }).click();
    await page.getByRole("tab", { name: "Tabeller (0)" }).waitFor();
    const shown = await page.getByTestId("source-range").textContent();
    expect(unquoted(shown?.replace(/^Läser: /, "") ?? "")).toBe(selected);
    await page.getByRole("button", { name: "Läs hela arbetsboken" }).click();
    await page.getByRole("tab", { name: "Tabeller (7)" }).waitFor();
    await expect(page.getByTestId("source-range").textContent()).resolves.toBe("Läser: hela arbetsboken");
    await closePane(page);
  });

  it("saves a corrected column role in the settings and shows it", async () => {
    const page = await openPane();
    const card = page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" });
    await card.getByRole("button", { name: /^Kolumner:/ }).click();
    // A native <select> (Fluent's Select): its options are the roles, the chosen one is shown.
    const column = card.getByRole("combobox", { name: /^Kolumn E/ });
    await column.selectOption({ label: "Används inte" });
    await expect(column.locator("option:checked").textContent()).resolves.toBe("Används inte");
    await expect(card.getByRole("button", { name: /^Kolumner:/ }).textContent()).resolves.toMatch(
      /Används inte$/,
    );
    await page.screenshot({ path: join(SHOTS, "role-corrected.png") });
    const key = await card.getAttribute("data-table-key");
    expect(key).toBe("'Social omsorg'!A2:E7");
    // Saved by the sheet and the table's top-left cell, so it holds when the table grows.
    const saved = async () => {
      const raw = (await workbook(page)).settings[SETTINGS_KEY];
      return typeof raw === "string"
        ? parseSettings(JSON.parse(raw)).columnRoles["'Social omsorg'!A2"]
        : undefined;
    };
    await eventually(saved, { E: "unknown" });
    await closePane(page);
  });

  it("marks a line inverted: saved in the settings, and its deviation turns in the checks", async () => {
    const page = await openPane();
    const card = page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" });
    await card.getByRole("button", { name: /^Rader med omvänt tecken/ }).click();
    await card.getByRole("checkbox", { name: "Intäkter" }).check();
    await eventually(
      async () => {
        const raw = (await workbook(page)).settings[SETTINGS_KEY];
        return typeof raw === "string" ? parseSettings(JSON.parse(raw)).invertedLines : undefined;
      },
      { "'Social omsorg'!A2": ["Intäkter"] },
    );
    await expect(card.getByRole("button", { name: /^Rader med omvänt tecken/ }).textContent()).resolves.toBe(
      "Rader med omvänt tecken (1)",
    );
    // Intäkter's given deviation (+741) now runs against the turned one (−741): an error on its cell.
    await page.getByRole("tab", { name: /Kontroller/ }).click();
    await page
      .getByRole("group", { name: /Fel/ })
      .locator(`button[data-cell="'Social omsorg'!D4"]`)
      .waitFor();
    await page.screenshot({ path: join(SHOTS, "inverted.png") });
    await closePane(page);
  });

  it("writes the report with Skapa rapport and goes to it", async () => {
    const page = await openPane();
    await page.getByRole("button", { name: "Skapa rapport" }).click();
    await page.getByText(/^Rapporten är skapad/).waitFor();
    await page.screenshot({ path: join(SHOTS, "report.png") });
    const after = await workbook(page);
    const sourceNames = sample().map((s) => s.name);
    expect(after.sheetNames.slice(0, sourceNames.length)).toEqual(sourceNames);
    const reports = after.sheets.slice(sourceNames.length);
    expect(reports.map((s) => s.name)).toContain("Översikt");
    const interim = reports.find((s) => s.name === "Resultaträkning, delår jan-aug");
    expect(interim?.contents["J6"]).toBe("Kommentar");
    expect(interim?.contents["D7"]).toBe("=B7-C7");
    expect(interim?.charts).toHaveLength(1);
    // The user's sheets are as they were.
    for (const source of sample()) {
      const sheet = after.sheets.find((s) => s.name === source.name);
      expect(Object.keys(sheet?.contents ?? {}).length).toBeGreaterThan(0);
    }
    await page.getByRole("button", { name: "Gå till rapporten" }).click();
    const first = reports[0]?.name ?? "";
    await eventually(async () => (await workbook(page)).selection, `${first}!A1`);
    await closePane(page);
  });

  it("shows what the ribbon button left when it failed, and forgets it once closed", async () => {
    const failure = {
      sv: "Arbetsboken är låst för ändringar.",
      en: "The workbook is locked.",
      at: "2026-11-25T08:00:00Z",
    };
    const page = await openPane({ settings: { [LAST_ERROR_KEY]: JSON.stringify(failure) } });
    const alert = page.getByRole("alert").filter({ hasText: "Skapa rapport i menyfliken misslyckades" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(failure.sv);
    await page.screenshot({ path: join(SHOTS, "ribbon-error.png") });
    await alert.getByRole("button", { name: "Stäng" }).click();
    await eventually(async () => LAST_ERROR_KEY in (await workbook(page)).settings, false);
    await expect(alert.count()).resolves.toBe(0);
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
