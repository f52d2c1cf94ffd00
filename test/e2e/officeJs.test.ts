/**
 * The add-in's own pages built as `npm run build` builds them, but with `--env officejs=local`: the
 * script tag points at the copy of office.js from the @microsoft/office-js package, served beside the
 * pages, instead of Microsoft's CDN. Opened in Chromium outside Office, office.js loads, finds no
 * Office host, and the pane says it runs outside Excel — nothing is fetched from Microsoft.
 */
import { readFileSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Request } from "playwright-core";
import { buildPane } from "./buildPane";
import { launchChromium } from "./launchChromium";
import { ROOT, SHOTS } from "./paneHarness";
import { serveDirectory } from "./serveDirectory";

const BUILD = join(ROOT, "test-artifacts", "e2e-build-officejs");
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "office.js");

jest.setTimeout(120_000);

let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  await buildPane(BUILD, { officejs: "local", e2e: false });
  ({ server, baseUrl } = await serveDirectory(BUILD));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `page` of the build in a Swedish browser; requests that leave 127.0.0.1 are refused and noted. */
async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: "sv-SE" });
  const errors: string[] = [];
  const outside: string[] = [];
  const local: Request[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("requestfinished", (request) => local.push(request));
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto(`${baseUrl}/${file}`);
  return { page, errors, outside, local };
}

describe("the pages with office.js from the npm package (officejs=local)", () => {
  it("point their script tag at the local copy, not at Microsoft's CDN", () => {
    for (const file of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(BUILD, file), "utf8");
      expect(html).toContain('<script src="office-js/office.js"></script>');
      expect(html).not.toContain("appsforoffice.microsoft.com");
    }
    expect(statSync(join(BUILD, "office-js", "office.js")).size).toBe(statSync(OFFICE_JS).size);
  });

  it("load it in a plain browser, and the pane says it runs outside Excel", async () => {
    const { page, errors, outside, local } = await open("taskpane.html");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("Uppföljning är ett tillägg för Excel.");
    await page.screenshot({ path: join(SHOTS, "office-js-local.png") });
    const officeJs = local.find((r) => new URL(r.url()).pathname === "/office-js/office.js");
    const response = await officeJs?.response();
    expect(response?.status()).toBe(200);
    expect((await response?.body())?.length).toBe(statSync(OFFICE_JS).size);
    expect(outside.filter((url) => url.includes("appsforoffice.microsoft.com"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("load the ribbon's page too without an error outside Office", async () => {
    const { page, errors, local } = await open("commands.html");
    await page.waitForLoadState("networkidle");
    expect(local.map((r) => new URL(r.url()).pathname)).toContain("/office-js/office.js");
    expect(errors).toEqual([]);
    await page.close();
  });
});
