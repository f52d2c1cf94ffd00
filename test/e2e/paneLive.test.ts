/**
 * The side panel end to end in real Chromium, continued (the harness: ./paneHarness.ts): the re-check
 * when a source sheet changes, corrections that stay when a table grows, the Settings tab, progress
 * on a big workbook, a named table, the dark theme and the keyboard. Screenshots: test-artifacts/e2e/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parseSettings } from "../../src/core/settings/parseSettings";
import { SETTINGS_KEY } from "../../src/excel";
import { buildSyntheticSource } from "../fakes/buildSyntheticSource";
import { SHOTS, eventually, paneHarness, unquoted, whereIs, workbook } from "./paneHarness";

const { openPane, closePane, sources: sample } = paneHarness("live");

/** The settings saved in the page's workbook, as the pane and the ribbon button read them. */
async function savedSettings(page: Page) {
  const raw = (await workbook(page)).settings[SETTINGS_KEY];
  return typeof raw === "string" ? parseSettings(JSON.parse(raw)) : undefined;
}

/** Types `value` into the cell, as a person does in Excel, and fires the sheet's onChanged. */
const edit = (page: Page, sheet: string, address: string, value: string | number) =>
  page.evaluate(([s, a, v]) => window.__UPPF_E2E_EDIT__?.(s, a, v), [sheet, address, value] as const);

const syncs = (page: Page) => page.evaluate(() => window.__UPPF_E2E_SYNCS__?.() ?? -1);

describe("the task pane in Chromium, live", () => {
  it("checks again once, after a pause, when a source sheet changes", async () => {
    const page = await openPane();
    const checksTab = page.getByRole("tab", { name: /^Kontroller/ });
    await page.getByRole("tab", { name: "Kontroller (24)" }).waitFor();
    await checksTab.click();
    const before = await syncs(page);
    // Three edits in quick succession, the way typing a number and tabbing on fires them: the
    // given deviation of Köp av verksamhet (−7 300) becomes −7 000, which no longer matches.
    await edit(page, "Delår aug 2025", "D5", -7100);
    await edit(page, "Delår aug 2025", "D5", -7050);
    await edit(page, "Delår aug 2025", "D5", -7000);
    await expect(checksTab.textContent()).resolves.toBe("Kontroller (24)");
    const mismatch = page
      .getByRole("group", { name: /Fel/ })
      .locator(`button[data-cell="'Delår aug 2025'!D5"]`);
    await mismatch.waitFor();
    await expect(checksTab.textContent()).resolves.toBe("Kontroller (25)");
    await expect(mismatch.textContent()).resolves.toMatch(/^D5/);
    // One read of the workbook (two requests) for the three changes, none after.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(syncs(page)).resolves.toBe(before + 2);
    await page.screenshot({ path: join(SHOTS, "rechecked.png") });
    await closePane(page);
  });

  it("keeps a correction when the user adds a line to the table", async () => {
    const page = await openPane();
    const card = page.getByRole("group", { name: "SOCIALA MYNDIGHETSNÄMNDEN" });
    await card.getByRole("button", { name: /^Rader med omvänt tecken/ }).click();
    await card.getByRole("checkbox", { name: "Intäkter" }).check();
    await eventually(async () => (await savedSettings(page))?.invertedLines, {
      "'Social omsorg'!A2": ["Intäkter"],
    });
    // A new line in the empty row under the table: 'Social omsorg'!A2:E7 becomes A2:E8.
    for (const [cell, value] of [
      ["B8", "0"],
      ["C8", "0"],
      ["D8", "0"],
      ["E8", "0"],
      ["A8", "Övrigt"],
    ] as const)
      await edit(page, "Social omsorg", cell, value);
    await card.getByText("'Social omsorg'!A2:E8").waitFor();
    await expect(card.getAttribute("data-table-key")).resolves.toBe("'Social omsorg'!A2:E8");
    await expect(card.getByRole("button", { name: /^Rader med omvänt tecken/ }).textContent()).resolves.toBe(
      "Rader med omvänt tecken (1)",
    );
    await expect(card.getByRole("checkbox", { name: "Intäkter" }).isChecked()).resolves.toBe(true);
    await closePane(page);
  });

  it("saves a threshold and the forecast method from the Settings tab, and Skapa rapport uses them", async () => {
    const page = await openPane();
    await page.getByRole("tab", { name: "Inställningar" }).click();
    const percent = page.getByRole("textbox", { name: "Avvikelse i procent av budget" });
    await expect(percent.inputValue()).resolves.toBe("5");
    await percent.fill("10");
    await percent.press("Enter");
    await page.getByRole("radio", { name: "Linjär (utfall × 12 ÷ månader)" }).check();
    await eventually(
      async () => {
        const saved = await savedSettings(page);
        return saved && { thresholds: saved.thresholds, method: saved.method };
      },
      { thresholds: { percent: 0.1, amountTkr: 100 }, method: "run-rate" },
    );
    // Fewer deviations are material at 10 %: 24 findings become 20.
    await page.getByRole("tab", { name: "Kontroller (20)" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "settings.png") });
    await page.getByRole("button", { name: "Skapa rapport" }).click();
    await page.getByText(/^Rapporten är skapad/).waitFor();
    const interim = (await workbook(page)).sheets.find((s) => s.name === "Resultaträkning, delår jan-aug");
    expect(Object.values(interim?.contents ?? {})).toContain(
      "Metod: årstakt – utfallet hittills × 12 ÷ antal månader. En summarads prognos är summan av radernas prognoser.",
    );
    const colours = interim?.conditionalFormats.map((f) => f.formula) ?? [];
    expect(colours).toContain("=AND(ISNUMBER(D7),OR(ABS(D7)<100,ABS(D7)<0.1*ABS(B7)))");
    await closePane(page);
  });

  it("shows progress while a big workbook's report is written, then goes to the report sheet", async () => {
    const big = buildSyntheticSource(2_000);
    const page = await openPane({ sources: [...sample(), big], syncDelayMs: 300 });
    await page.getByRole("tab", { name: "Tabeller (8)" }).waitFor();
    // Every value the progress bar shows, noted as the pane renders it.
    await page.evaluate(() => {
      const seen: (string | null)[] = [];
      Object.assign(window, { __progress: seen });
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const value = bar?.getAttribute("aria-valuenow") ?? null;
        if (bar && (seen.length === 0 || seen[seen.length - 1] !== value)) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole("button", { name: "Skapa rapport" }).click();
    await page.getByRole("progressbar", { name: "Skapar rapporten …" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "progress.png") });
    const done = page.getByRole("status").filter({ hasText: "Rapporten är skapad" });
    await done.waitFor();
    await expect(page.getByRole("progressbar").count()).resolves.toBe(0);
    // Indeterminate while the workbook is read and planned, then the share written.
    const seen = await page.evaluate(
      () => (window as unknown as { __progress: (string | null)[] }).__progress,
    );
    expect(seen[0]).toBeNull();
    const values = seen.slice(1).map(Number);
    expect(values.length).toBeGreaterThan(0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBeGreaterThanOrEqual(0.2);
    expect(values[values.length - 1]).toBeLessThanOrEqual(1);
    const reports = (await whereIs(page)).sheetNames.slice(sample().length + 1);
    expect(reports).toContain("Resultaträkning per"); // the big ledger's, cut to 31 characters at a word
    await expect(done.textContent()).resolves.toContain(`Rapporten är skapad: ${reports.join(", ")}.`);
    // The user goes back to a source sheet (a check clicked), then follows the message to the report.
    await page.getByRole("tab", { name: /^Kontroller/ }).click();
    await page.getByRole("group", { name: /Fel/ }).locator("button[data-cell]").first().click();
    await eventually(async () => (await whereIs(page)).activeSheet, "Verksamhet 2022");
    await done.getByRole("button", { name: "Gå till rapporten" }).click();
    await eventually(async () => (await whereIs(page)).activeSheet, reports[0]);
    await expect(whereIs(page).then((w) => w.selection)).resolves.toBe(`${reports[0]}!A1`);
    await closePane(page);
  });

  it("reads a named table or range alone, chosen in the pane", async () => {
    const page = await openPane({
      tables: [{ name: "Verksamhet", sheet: "Verksamhet 2022", address: "A2:E8" }],
      names: { Delarsrapport: "='Delår aug 2025'!$A$2:$G$8" },
    });
    const named = page.getByRole("combobox", { name: "Läs en tabell eller ett namngivet område" });
    await expect(named.locator("option").allTextContents()).resolves.toEqual([
      "–",
      "Tabell Verksamhet",
      "Område Delarsrapport",
    ]);
    await named.selectOption({ label: "Tabell Verksamhet" });
    await page.getByRole("tab", { name: "Tabeller (1)" }).waitFor();
    await expect(page.getByTestId("source-range").textContent()).resolves.toBe(
      "Läser: Verksamhet ('Verksamhet 2022'!A2:E8)",
    );
    await expect(page.locator("[data-table-key]").getAttribute("data-table-key")).resolves.toBe(
      "'Verksamhet 2022'!A2:E8",
    );
    await eventually(async () => (await savedSettings(page))?.sourceRange, "Verksamhet");
    await page.screenshot({ path: join(SHOTS, "named-table.png") });
    await named.selectOption({ label: "Område Delarsrapport" });
    await page.locator(`[data-table-key="'Delår aug 2025'!A2:G8"]`).waitFor();
    await page.getByRole("button", { name: "Läs hela arbetsboken" }).click();
    await page.getByRole("tab", { name: "Tabeller (7)" }).waitFor();
    await expect(named.inputValue()).resolves.toBe("");
    await closePane(page);
  });

  it("follows Office's dark theme, and a finding is reached and chosen with the keyboard", async () => {
    const page = await openPane({ bodyBackgroundColor: "#1f1f1f" });
    await page.getByRole("tab", { name: "Kontroller (24)" }).waitFor();
    const colours = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? [getComputedStyle(element).backgroundColor, getComputedStyle(element).color] : [];
      };
      return { provider: style(".fui-FluentProvider"), card: style("[data-table-key]") };
    });
    // Fluent's webDarkTheme: colorNeutralBackground1 #292929, colorNeutralForeground1 #ffffff.
    expect(colours).toEqual({
      provider: ["rgb(41, 41, 41)", "rgb(255, 255, 255)"],
      card: ["rgb(41, 41, 41)", "rgb(255, 255, 255)"],
    });
    await page.screenshot({ path: join(SHOTS, "dark.png") });
    /** Presses Tab until the focused element matches `selector` (at most 40 times). */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('[role="tab"][aria-selected="true"]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("tab", { name: "Kontroller (24)" }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await tabTo("button[data-cell]");
    const cell = await page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? "");
    expect(cell).toBe("'Verksamhet 2022'!E8");
    await page.keyboard.press("Enter");
    await eventually(async () => (await workbook(page)).selection, unquoted(cell));
    await page.screenshot({ path: join(SHOTS, "dark-keyboard.png") });
    await closePane(page);
  });
});
