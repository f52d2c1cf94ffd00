import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import type { FakeWorkbookData } from "./fakeState";

/** How the in-memory Excel behaves: limits and injected failures. Tests may change it at any time. */
export interface FakeExcelOptions {
  /** Largest request a sync may carry, in bytes (default 5 MB, as Excel on the web). */
  payloadLimitBytes: number;
  /** Fail the n-th write operation (1-based, counted over the workbook's life); earlier ones are applied. */
  failOnWrite?: number;
  /** Fail the n-th sync (1-based, counted over the workbook's life) before anything of it is applied. */
  failOnSync?: number;
  /** The code of an injected failure (default "GeneralException"). */
  failCode?: string;
  /** Highest ExcelApi requirement set reported as supported ("1.4" … "1.17"). */
  maxExcelApi: string;
}

/** Counters the tests assert on. */
export interface FakeExcelStats {
  syncCount: number;
  /** Request bytes of each sync, in order: the UTF-8 length of the JSON of every operation it carried. */
  payloadBytesPerSync: number[];
  writeCount: number;
}

/** One workbook held in memory, its counters and its options; shared by every `RequestContext`. */
export interface FakeExcelHost {
  readonly data: FakeWorkbookData;
  readonly stats: FakeExcelStats;
  readonly options: FakeExcelOptions;
  calculationSuspended: boolean;
}

const UTF8 = new TextEncoder();

interface Operation {
  readonly kind: "read" | "write";
  readonly bytes: number;
  readonly what: string;
  readonly apply: () => void;
}

/**
 * The request context: operations are queued by the proxies and applied, in order, only at
 * `sync()`. A sync that fails has applied the operations before the failing one (a batch is not
 * a transaction), and rejects with an Office-like error.
 */
export class FakeContext {
  private queue: Operation[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: FakeExcelHost) {}

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  queueRead(what: string, apply: () => void): void {
    this.queue.push({ kind: "read", bytes: what.length + 16, what, apply });
  }

  /** A change, counted in the payload as the JSON of what it sends. */
  queueWrite(what: string, payload: unknown, apply: () => void): void {
    const json = payload === undefined ? "" : JSON.stringify(payload);
    const bytes = what.length + UTF8.encode(json).length + 16;
    this.queue.push({ kind: "write", bytes, what, apply });
  }

  sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const { stats, options } = this.host;
    stats.syncCount += 1;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    stats.payloadBytesPerSync.push(bytes);
    try {
      if (options.failOnSync === stats.syncCount)
        throw new FakeOfficeError(
          options.failCode ?? ERROR_CODES.generalException,
          "Injected failure of a sync.",
        );
      if (bytes > options.payloadLimitBytes)
        throw new FakeOfficeError(
          ERROR_CODES.requestPayloadSizeLimitExceeded,
          "The request payload size has exceeded the limit.",
        );
      for (const op of ops) {
        if (op.kind === "write") {
          stats.writeCount += 1;
          if (options.failOnWrite === stats.writeCount)
            throw new FakeOfficeError(
              options.failCode ?? ERROR_CODES.generalException,
              "Injected failure of a write.",
              op.what,
            );
        }
        op.apply();
      }
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.host.calculationSuspended = false;
    }
    return Promise.resolve();
  }
}
