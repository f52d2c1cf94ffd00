import { buildFakeWorkbook } from "../../test/fakes/buildFakeWorkbook";
import type { FakeExcelHost } from "../../test/fakes/FakeContext";
import { installFakeOffice } from "../../test/fakes/installFakeOffice";
import { makeLedger } from "./makeLedger";

export interface RoundTrips {
  /** `context.sync()` calls the in-memory Excel counted. */
  readonly syncs: number;
  /** The largest request of one sync: bytes of the values, formulas and formats it sent. */
  readonly maxPayloadBytes: number;
  /** The largest response of one sync: bytes of what its loads brought back (values, formats, addresses). */
  readonly maxResponseBytes: number;
  readonly ms: number;
}

/**
 * A fresh in-memory workbook holding a `lines`-line ledger on the sheet "Huvudbok". The fake's
 * 5 MB limits on a request and a response are lifted so that one over them is measured, not refused.
 */
export function ledgerWorkbook(lines: number): FakeExcelHost {
  return buildFakeWorkbook(
    { sheets: [makeLedger(lines)] },
    { payloadLimitBytes: Number.POSITIVE_INFINITY, responseLimitBytes: Number.POSITIVE_INFINITY },
  );
}

/**
 * Installs the in-memory Excel over `host` as the globals `Excel` and `Office` (as the add-in's
 * tests do), runs `action` (code written for Office.js) and reads the fake's counters: how many
 * syncs the action made, and the largest payload of one.
 */
export async function countRoundTrips(
  host: FakeExcelHost,
  action: () => Promise<unknown>,
): Promise<RoundTrips> {
  installFakeOffice(globalThis, host);
  const syncsBefore = host.stats.syncCount;
  const payloadsBefore = host.stats.payloadBytesPerSync.length;
  const responsesBefore = host.stats.responseBytesPerSync.length;
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const payloads = host.stats.payloadBytesPerSync.slice(payloadsBefore);
  return {
    syncs: host.stats.syncCount - syncsBefore,
    maxPayloadBytes: payloads.reduce((a, b) => Math.max(a, b), 0),
    maxResponseBytes: host.stats.responseBytesPerSync
      .slice(responsesBefore)
      .reduce((a, b) => Math.max(a, b), 0),
    ms,
  };
}
