import { buildFakeWorkbook } from "../../test/fakes/buildFakeWorkbook";
import { createFakeExcel } from "../../test/fakes/createFakeExcel";
import type { FakeExcelHost } from "../../test/fakes/FakeContext";
import { makeLedger } from "./makeLedger";

export interface RoundTrips {
  /** `context.sync()` calls the in-memory Excel counted. */
  readonly syncs: number;
  /** The largest request of one sync: bytes of the values, formulas and formats it sent. */
  readonly maxPayloadBytes: number;
  readonly ms: number;
}

/** A fresh in-memory workbook holding a `lines`-line ledger on the sheet "Huvudbok". */
export function ledgerWorkbook(lines: number): FakeExcelHost {
  return buildFakeWorkbook({ sheets: [makeLedger(lines)] }, { payloadLimitBytes: Number.POSITIVE_INFINITY });
}

/**
 * Runs `batch` inside `Excel.run` of the in-memory Excel over `host` and reads its counters: how
 * many syncs, and the largest payload of one. The fake's 5 MB limit is lifted so that a batch
 * over it is measured, not refused.
 */
export async function countRoundTrips(
  host: FakeExcelHost,
  batch: (context: Excel.RequestContext) => Promise<void>,
): Promise<RoundTrips> {
  const excel = createFakeExcel(host);
  const syncsBefore = host.stats.syncCount;
  const payloadsBefore = host.stats.payloadBytesPerSync.length;
  const start = performance.now();
  await excel.run((context) => batch(context as unknown as Excel.RequestContext));
  const ms = performance.now() - start;
  const payloads = host.stats.payloadBytesPerSync.slice(payloadsBefore);
  return {
    syncs: host.stats.syncCount - syncsBefore,
    maxPayloadBytes: payloads.reduce((a, b) => Math.max(a, b), 0),
    ms,
  };
}
