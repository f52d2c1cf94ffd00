/**
 * `npm run bench`: how the add-in scales, measured on this machine. Prints one table per figure
 * and, last, one JSON line with every figure, to compare from run to run (docs/performance.md).
 * `--skip=libreoffice,taskpane,engine` leaves parts out (their figures are null).
 */
import { cpus } from "node:os";
import { countRoundTrips, ledgerWorkbook, type RoundTrips } from "./countRoundTrips";
import { formatTable } from "./formatTable";
import { measureTaskpaneRender, measureTaskpaneWeight } from "./measureTaskpane";
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
  const timings = ENGINE_SIZES.map((lines) => timeEngine(lines, lines >= 100_000 ? 3 : 5));
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
  readonly naive: RoundTrips;
}

async function syncSection(): Promise<SyncFigures[]> {
  say("1–2. Round trips and largest request per report, counted by the in-memory Excel (test/fakes)");
  const figures: SyncFigures[] = [];
  for (const lines of SYNC_SIZES) {
    const naive = await countRoundTrips(ledgerWorkbook(lines), (context) =>
      writeNaively(context, "Huvudbok"),
    );
    figures.push({ lines, naive });
  }
  say(
    formatTable([
      ["lines", "adapter syncs", "adapter max bytes", "naive syncs (a sync per cell)", "naive max bytes"],
      ...figures.map((f) => [
        grouped(f.lines),
        "n/a",
        "n/a",
        grouped(f.naive.syncs),
        grouped(f.naive.maxPayloadBytes),
      ]),
    ]),
  );
  say("   adapter: n/a — src/excel (the Office.js adapter) is not in the tree yet\n");
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
    say(`   total ${kb(w.gzipBytes)} gzipped (goal ≤ 200 KB; the React template's hello-world: 167 KB)\n`);
    return w;
  });
  const render = await attempt("taskpane", async () => {
    say("5. Task pane first render in headless Chromium (test page over the host double, production mode)");
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
  const figures = {
    syncsPerReport: null,
    naiveSyncsPerReport: bySize(
      syncs,
      (f) => f.lines,
      (f) => f.naive.syncs,
    ),
    maxPayloadBytes: null,
    syncsPerCheck: null,
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
    taskpaneFirstRenderMs: render ? Math.round(render.firstRenderMs) : null,
    taskpaneFirstTableMs: render ? Math.round(render.firstTableMs) : null,
  };
  say(JSON.stringify(figures));
}

void main();
