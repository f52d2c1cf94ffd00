/**
 * The side panel at the widths a task pane has (320–360 px), in Swedish and in English: nothing
 * sticks out of the page or out of its card, on every tab (the harness: ./paneHarness.ts).
 * Screenshots: test-artifacts/e2e/narrow-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SHOTS, paneHarness } from "./paneHarness";

const { openPane, closePane } = paneHarness("layout");

/** Every visible element of the pane that reaches past the page's edge or its card's, as "tag text". */
const sticksOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (e: Element) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 40)}"`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`page ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.querySelectorAll("main *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const card = element.closest("[data-table-key]")?.getBoundingClientRect();
      const right = Math.min(width, card?.right ?? width);
      const left = Math.max(0, card?.left ?? 0);
      if (box.right > right + 0.5 || box.left < left - 0.5) found.push(name(element));
    }
    return found;
  });

describe.each([320, 360])("the task pane %i px wide", (width) => {
  it.each([
    ["sv-SE", ["Tabeller (7)", "Kontroller (24)", "Inställningar"], "Kolumner"],
    ["en-US", ["Tables (7)", "Checks (24)", "Settings"], "Columns"],
  ])("%s: every tab and every control fits", async (displayLanguage, tabs, columns) => {
    const page = await openPane({ displayLanguage, width });
    await page.getByRole("tab", { name: tabs[0] }).waitFor();
    const card = page.locator("[data-table-key]").first();
    await card.getByRole("button", { name: new RegExp(`^${columns}`) }).click();
    for (const [i, tab] of tabs.entries()) {
      await page.getByRole("tab", { name: tab }).click();
      await page.screenshot({
        path: join(SHOTS, `narrow-${width}-${displayLanguage}-${i + 1}.png`),
        fullPage: i === 0,
      });
      await expect(sticksOut(page)).resolves.toEqual([]);
    }
    await closePane(page);
  });
});
