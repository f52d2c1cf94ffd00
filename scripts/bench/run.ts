/**
 * `npm run bench`: how the add-in scales, measured on this machine. Prints one table per figure
 * and, last, one JSON line with every figure, to compare from run to run (docs/performance.md).
 * `--skip=libreoffice,taskpane,engine` leaves parts out (their figures are null).
 */
import { cpus } from "node:os";
import { generateReport } from "../../src/excel/generateReport";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { countRoundTrips, ledgerWorkbook, type RoundTrips } from "./countRoundTrips";
import { formatTable } from "./formatTable";
import { measureTaskpaneRender, measureTaskpaneWeight, weighOfficeJsHelpers } from "./measureTaskpane";
import { timeEngine, type EngineTiming } from "./timeEngine";
import { timeLibreOffice } from "./timeLibreOffice";
import { writeNaively } from "./writeNaively";

const ENGINE_SIZES = [1_000, 10_000, 100_000] as const;
const SYNC_SIZES = [10, 1_000, 10_000, 50_000] as const;
const LIBREOFFICE_LINES = 10_000;

const skip = new Set(
  process.argv
    .filter((arg) => arg.startsWith("--skip="))
    .flatMap((arg) => arg.slice("--skip=".length).split(",")),
);
const grouped = (n: number) =>
  Math.round(n)
    .toLocaleString("sv-SE")
    .replace(/\u00a0/g, " ");
const ms = (n: number) => (n < 100 ? n.toFixed(1) : grouped(n));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const say = (text: string) => process.stdout.write(`${text}\n`);

/** A part of the bench whose failure is printed and leaves its figures null, so the others still run. */
async function attempt<T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> {
  if (skip.has(name)) {
    say(`(${name}: skipped)\n`);
    return undefined;
  }
  try {
    return await run();
  } catch (error) {
    say(`${name}: n/a — ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    return undefined;
  }
}

function engineSection(): EngineTiming[] {
  say("1. Engine: analyse (recognise, compute, check) + layout of a synthetic ledger extract");
  say("   median of the timed runs after one warm-up; ratio = time ÷ time of the size before (linear ≈ 10)");
  timeEngine(10_000, 0); // JIT warm-up before the smallest size is timed
  const timings = ENGINE_SIZES.map((lines) =>
    timeEngine(lines, lines >= 100_000 ? 3 : lines >= 10_000 ? 5 : 11),
  );
  const rows = timings.map((t, i) => {
    const before = timings[i - 1];
    return [
      grouped(t.lines),
      `${grouped(t.recognised)} in ${t.tables}`,
      ms(t.analyseMs),
      ms(t.layoutMs),
      ms(t.totalMs),
      before ? `${(t.totalMs / before.totalMs).toFixed(1)} ×` : "",
    ];
  });
  say(formatTable([["lines", "recognised", "analyse ms", "layout ms", "total ms", "ratio"], ...rows]));
  say("");
  return timings;
}

interface SyncFigures {
  readonly lines: number;
  /** The add-in's `generateReport` (read, analyse, write), then `readWorkbook` (what the checks after an edit read). */
  readonly report?: RoundTrips;
  readonly check?: RoundTrips;
  readonly naive: RoundTrips;
}

/** The adapter's figures for one size, or undefined (printed) when the adapter fails on it. */
async function measureAdapter(lines: number): Promise<Pick<SyncFigures, "report" | "check">> {
  const host = ledgerWorkbook(lines);
  try {
    const report = await countRoundTrips(host, () => generateReport());
    // An edit of an outcome in the ledger (which makes its sheet the active one), then the checks' read.
    await Excel.run(async (context) => {
      const ledger = context.workbook.worksheets.getItem("Huvudbok");
      ledger.activate();
      ledger.getRange("C3").values = [[1_234]];
      await context.sync();
    });
    const check = await countRoundTrips(host, () => readWorkbook());
    return { report, check };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const message = error instanceof Error ? error.message : String(error);
    say(`   adapter at ${grouped(lines)} lines: n/a — ${message}${cause}`.slice(0, 300));
    return {};
  }
}

async function syncSection(): Promise<SyncFigures[]> {
  say("1–2. Round trips and largest request per report, counted by the in-memory Excel (test/fakes)");
  const figures: SyncFigures[] = [];
  for (const lines of SYNC_SIZES) {
    const adapter = await measureAdapter(lines);
    const naive = await countRoundTrips(ledgerWorkbook(lines), () =>
      Excel.run((context) => writeNaively(context, "Huvudbok")),
    );
    figures.push({ lines, ...adapter, naive });
  }
  const na = (n: number | undefined) => (n === undefined ? "n/a" : grouped(n));
  say(
    formatTable([
      [
        "lines",
        "report syncs",
        "max request bytes",
        "max response bytes",
        "check syncs",
        "naive syncs",
        "naive max bytes",
      ],
      ...figures.map((f) => [
        grouped(f.lines),
        na(f.report?.syncs),
        na(f.report?.maxPayloadBytes),
        na(f.report?.maxResponseBytes),
        na(f.check?.syncs),
        grouped(f.naive.syncs),
        grouped(f.naive.maxPayloadBytes),
      ]),
    ]),
  );
  say(
    "   goals: report ≤ 3 syncs at every size, check ≤ 2, largest request and response < 4 MB (Excel on the web\n" +
      "   refuses either over 5 MB); naive = a sync per cell\n",
  );
  return figures;
}

async function main(): Promise<void> {
  const cpu = cpus();
  say(`Uppföljning bench — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "cpu"}\n`);
  const engine = await attempt("engine", engineSection);
  const syncs = await attempt("syncs", syncSection);
  const libreOffice = await attempt("libreoffice", async () => {
    say(`3. Headless report vs. LibreOffice, ${grouped(LIBREOFFICE_LINES)}-line ledger (fresh processes)`);
    const t = await timeLibreOffice(LIBREOFFICE_LINES, 1);
    say(
      formatTable([
        ["step", "ms"],
        ["uppfoljning report (read, analyse, write .xlsx)", ms(t.reportMs)],
        ["soffice --convert-to xlsx (open, recalculate, save)", ms(t.libreOfficeMs)],
        ["ratio LibreOffice ÷ uppfoljning", `${t.ratio.toFixed(1)} ×`],
      ]),
    );
    say("");
    return t;
  });
  const weight = await attempt("taskpane", async () => {
    say("5. Task pane weight (production build, files taskpane.html loads, gzip level 9)");
    const w = await measureTaskpaneWeight();
    say(
      formatTable([
        ["file", "bytes", "gzip"],
        ...w.files.map((f) => [f.file, grouped(f.bytes), kb(f.gzipBytes)]),
      ]),
    );
    say(`   total ${kb(w.gzipBytes)} gzipped (goal ≤ 200 KB; the React template's hello-world: 167 KB)`);
    say(
      `   loaded on Skapa rapport only: ${kb(w.onDemandGzipBytes)} gzipped (the report's planning and writing)`,
    );
    const helpers = await weighOfficeJsHelpers();
    say(`   @microsoft/office-js-helpers would add ${kb(helpers)} gzipped (not used; README)\n`);
    return { ...w, helpers };
  });
  const render = await attempt("taskpane", async () => {
    say(
      "5. Task pane first render in headless Chromium (the end-to-end test page: the pane over the in-memory Excel and the real adapter, production mode)",
    );
    const r = await measureTaskpaneRender(5);
    say(
      formatTable([
        ["from navigation start", "ms"],
        ["first element of the pane", ms(r.firstRenderMs)],
        ["first table card (sample workbook)", ms(r.firstTableMs)],
      ]),
    );
    say(
      `   median of ${r.loads} loads after one warm-up; the test page's bundle: ${kb(r.testPage.gzipBytes)} gzipped\n`,
    );
    return r;
  });
  const bySize = <T>(values: readonly T[] | undefined, size: (v: T) => number, value: (v: T) => number) =>
    values ? Object.fromEntries(values.map((v) => [String(size(v)), Math.round(value(v) * 10) / 10])) : null;
  /** By size, null where the adapter gave no figure. */
  const bySizeOf = (
    values: readonly SyncFigures[] | undefined,
    value: (f: SyncFigures) => number | undefined,
  ) => (values ? Object.fromEntries(values.map((f) => [String(f.lines), value(f) ?? null])) : null);
  const figures = {
    syncsPerReport: bySizeOf(syncs, (f) => f.report?.syncs),
    naiveSyncsPerReport: bySize(
      syncs,
      (f) => f.lines,
      (f) => f.naive.syncs,
    ),
    maxPayloadBytes: bySizeOf(syncs, (f) => f.report?.maxPayloadBytes),
    maxResponseBytes: bySizeOf(syncs, (f) => f.report?.maxResponseBytes),
    syncsPerCheck: bySizeOf(syncs, (f) => f.check?.syncs),
    engineMs: bySize(
      engine,
      (t) => t.lines,
      (t) => t.totalMs,
    ),
    engineLinesRecognised: bySize(
      engine,
      (t) => t.lines,
      (t) => t.recognised,
    ),
    reportVsLibreOffice: libreOffice ? Math.round(libreOffice.ratio * 100) / 100 : null,
    reportMs: libreOffice ? Math.round(libreOffice.reportMs) : null,
    libreOfficeMs: libreOffice ? Math.round(libreOffice.libreOfficeMs) : null,
    taskpaneGzipBytes: weight ? weight.gzipBytes : null,
    taskpaneOnDemandGzipBytes: weight ? weight.onDemandGzipBytes : null,
    officeJsHelpersGzipBytes: weight ? weight.helpers : null,
    taskpaneFirstRenderMs: render ? Math.round(render.firstRenderMs) : null,
    taskpaneFirstTableMs: render ? Math.round(render.firstTableMs) : null,
  };
  say(JSON.stringify(figures));
}

void main();
