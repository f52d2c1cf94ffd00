import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { launchChromium } from "../../test/e2e/launchChromium";
import { serveDirectory } from "../../test/e2e/serveDirectory";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { median } from "./median";

const ROOT = join(__dirname, "..", "..");

export interface TaskpaneWeight {
  /** The pane's own files taskpane.html loads (office.js comes from Microsoft's CDN and is not counted). */
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
  /** Chunks the pane loads only when asked (the report's planning and writing, on Skapa rapport). */
  readonly onDemandGzipBytes: number;
}

export interface TaskpaneRender {
  /** From navigation start to the pane's first element, and to the first recognised table's card. */
  readonly firstRenderMs: number;
  readonly firstTableMs: number;
  readonly loads: number;
  /** The weight of this test page's bundle (the pane with the real adapter over the in-memory Excel, which it bundles too). */
  readonly testPage: TaskpaneWeight;
}

/** webpack.config.js with `env` in production mode, built into a fresh temporary folder; returns it. */
function build(env: Record<string, string | boolean>): Promise<string> {
  const outputPath = mkdtempSync(join(tmpdir(), "uppf-bench-pane-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, shared with the webpack CLI.
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const config = makeConfig({ ...env, outputPath }, { mode: "production" });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors())
        reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      else resolve(outputPath);
    });
  });
}

/** The gzipped size (zlib level 9) of each local script and stylesheet the built taskpane.html in `dir` loads. */
function weigh(dir: string): TaskpaneWeight {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  // Minified HTML leaves attributes unquoted: src=taskpane.1234abcd.js
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((ref) => !/^(?:https?:)?\/\//.test(ref) && /\.(?:js|css)(?:\?|$)/.test(ref));
  const files = refs.map((file) => {
    const bytes = readFileSync(join(dir, file.replace(/^\.?\//, "")));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const entries = /^(?:taskpane|commands)\./;
  const onDemand = readdirSync(dir).filter(
    (file) => file.endsWith(".js") && !entries.test(file) && !refs.includes(file),
  );
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    onDemandGzipBytes: onDemand.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
      0,
    ),
  };
}

/** The production build (`npm run build`, office.js from the CDN) weighed. */
export async function measureTaskpaneWeight(): Promise<TaskpaneWeight> {
  const dir = await build({});
  try {
    return weigh(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Time to first render in headless Chromium: the end-to-end test's page (the real pane and adapter
 * over the in-memory Excel, no office.js) built in production mode, served from 127.0.0.1, opened
 * `loads` times with the bundled sample's sheets; a MutationObserver in the page notes
 * `performance.now()` when the pane puts its first element and its first table card. Medians.
 */
export async function measureTaskpaneRender(loads: number): Promise<TaskpaneRender> {
  const [dir, sources] = await Promise.all([
    build({ officejs: "none", e2e: true }),
    readWorkbook(join(ROOT, "assets", "sample", "uppfoljning-exempel.xlsx")),
  ]);
  const { server, baseUrl } = await serveDirectory(dir);
  const browser = await launchChromium();
  const first: number[] = [];
  const table: number[] = [];
  let testPage: TaskpaneWeight | undefined;
  try {
    testPage = weigh(dir);
    for (let load = 0; load <= loads; load++) {
      const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await page.addInitScript(
        (setup) => {
          const marks: Record<string, number> = {};
          Object.assign(window, { __UPPF_E2E__: setup, __BENCH_MARKS__: marks });
          new MutationObserver(() => {
            const root = document.getElementById("root");
            if (marks.first === undefined && root && root.childElementCount > 0)
              marks.first = performance.now();
            if (marks.table === undefined && document.querySelector("[data-table-key]"))
              marks.table = performance.now();
          }).observe(document, { childList: true, subtree: true });
        },
        { sources, displayLanguage: "sv-SE" },
      );
      await page.goto(`${baseUrl}/taskpane.html`);
      await page.waitForSelector("[data-table-key]", { timeout: 30_000 });
      const marks = await page.evaluate(
        () => (window as unknown as { __BENCH_MARKS__: { first?: number; table?: number } }).__BENCH_MARKS__,
      );
      await page.close();
      // The first load warms Chromium's caches and the server; it is not counted.
      if (load === 0 || marks.first === undefined || marks.table === undefined) continue;
      first.push(marks.first);
      table.push(marks.table);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    firstRenderMs: median(first),
    firstTableMs: median(table),
    loads: first.length,
    testPage,
  };
}

/** A one-line entry bundled alone in production mode: its gzipped size (zlib level 9). */
async function bundleGzipBytes(source: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "uppf-bench-entry-"));
  try {
    writeFileSync(join(dir, "entry.js"), source);
    const config: webpack.Configuration = {
      mode: "production",
      context: dir,
      entry: "./entry.js",
      output: { path: dir, filename: "bundle.js" },
      resolve: { modules: [join(ROOT, "node_modules")] },
      performance: { hints: false },
    };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (error, stats) =>
        error || !stats || stats.hasErrors()
          ? reject(error ?? new Error(stats?.toString("errors-only") ?? "webpack gave no stats"))
          : resolve(),
      ),
    );
    return gzipSync(readFileSync(join(dir, "bundle.js")), { level: 9 }).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What `@microsoft/office-js-helpers` would add to the pane: the same one-line entry bundled with
 * and without it (used for what we do by hand, telling the host), gzipped. The library is one
 * prebuilt UMD file, so nothing of it can be shaken out.
 */
export async function weighOfficeJsHelpers(): Promise<number> {
  const without = await bundleGzipBytes(
    `globalThis.host = typeof Office === "undefined" ? "none" : "office";\n`,
  );
  const withHelpers = await bundleGzipBytes(
    `import { Utilities } from "@microsoft/office-js-helpers";\nglobalThis.host = Utilities.host;\n`,
  );
  return withHelpers - without;
}
