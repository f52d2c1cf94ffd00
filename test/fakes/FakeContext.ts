import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import type { FakeWorkbookData } from "./fakeState";

/** How the in-memory Excel behaves: limits and injected failures. Tests may change it at any time. */
export interface FakeExcelOptions {
  /** Largest request a sync may carry, in bytes (default 5 MB, as Excel on the web). */
  payloadLimitBytes: number;
  /** Largest response a sync may bring back, in bytes (default 5 MB, as Excel on the web). */
  responseLimitBytes: number;
  /** Fail the n-th write operation (1-based, counted over the workbook's life); earlier ones are applied. */
  failOnWrite?: number;
  /** Fail the n-th sync (1-based, counted over the workbook's life) before anything of it is applied. */
  failOnSync?: number;
  /** The code of an injected failure (default "GeneralException"). */
  failCode?: string;
  /** Highest ExcelApi requirement set reported as supported ("1.4" … "1.17"). */
  maxExcelApi: string;
  /** How long each sync takes to answer, in ms, as a round trip to Excel does (default: at once). */
  syncDelayMs?: number;
}

/** Whether the fake reports ExcelApi `version` ("1.9") as supported. */
export function supportsExcelApi(options: FakeExcelOptions, version: string): boolean {
  const [a1 = 0, a2 = 0] = version.split(".").map(Number);
  const [b1 = 0, b2 = 0] = options.maxExcelApi.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/** Counters the tests assert on. */
export interface FakeExcelStats {
  syncCount: number;
  /**
   * Request bytes of each sync, in order, modelled on the message Office.js sends: every object path
   * the code reached (each `getRange(address)`, `.format`, `.font`, …) and every action (a property set
   * with its value, a method call with its arguments, a load) as UTF-8 JSON.
   */
  payloadBytesPerSync: number[];
  /**
   * Response bytes of each sync, in order: every property a load brought back, as the UTF-8 JSON
   * Office.js receives it (`{"values":[[…]],"numberFormat":[[…]]}` for a range).
   */
  responseBytesPerSync: number[];
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
/** The fields Office.js writes for every action and object path (ids of a long session: five digits). */
const ACTION = { Id: 10_000, ActionType: 4, Name: "", ObjectPathId: 10_000 };
const PATH = { Id: 10_000, ObjectPathType: 4, Name: "", ParentObjectPathId: 10_000 };

function messageBytes(part: object): number {
  return UTF8.encode(JSON.stringify(part)).length + 1;
}

interface Operation {
  readonly kind: "read" | "write" | "path";
  readonly bytes: number;
  readonly what: string;
  readonly apply: () => void;
}

/**
 * The request context: operations are queued by the proxies and applied, in order, only at
 * `sync()`. A sync that fails has applied the operations before the failing one (a batch is not
 * a transaction), and rejects with an Office-like error; one whose response is over the limit
 * brings back none of its loads.
 */
export class FakeContext {
  private queue: Operation[] = [];
  private unloads: (() => void)[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: FakeExcelHost) {}

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  queueRead(what: string, apply: () => void): void {
    const select = what.replace(/^.*?\(|\)$/g, "").split(",");
    const bytes = messageBytes({ ...ACTION, ActionType: 2, QueryInfo: { Select: select } });
    this.queue.push({ kind: "read", bytes, what, apply });
  }

  /** A change (a property set or a method call), counted as its action with the value it sends. */
  queueWrite(what: string, payload: unknown, apply: () => void): void {
    const name = what.slice(what.lastIndexOf(".") + 1);
    const bytes = messageBytes({ ...ACTION, Name: name, ArgumentInfo: { Arguments: [payload ?? null] } });
    this.queue.push({ kind: "write", bytes, what, apply });
  }

  /**
   * An object the code reached, sent with the request as an object path: by a method
   * (`getRange("A1:D9")`, `getItem("EdgeTop")`; Office.js adds an Instantiate action for it) or by a
   * property (`.format`, `.font`). Counted once, where the proxy is made; proxies cache their children.
   */
  queuePath(name: string, args?: readonly unknown[]): void {
    const path = {
      ...PATH,
      ObjectPathType: args ? 3 : 4,
      Name: name,
      ArgumentInfo: { Arguments: args ?? [] },
    };
    const bytes = messageBytes(path) + (args ? messageBytes({ ...ACTION, ActionType: 1 }) : 0);
    this.queue.push({ kind: "path", bytes, what: name, apply: () => undefined });
  }

  /**
   * A load applied in the sync under way brought back `loaded` (property → value); `unload` takes it
   * back, should Excel refuse the response as too large (then the sync brings back nothing).
   */
  countResponse(loaded: Readonly<Record<string, unknown>>, unload: () => void): void {
    const { responseBytesPerSync } = this.host.stats;
    responseBytesPerSync[responseBytesPerSync.length - 1]! += messageBytes(loaded);
    this.unloads.push(unload);
  }

  sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.unloads = [];
    const { stats, options } = this.host;
    stats.syncCount += 1;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    stats.payloadBytesPerSync.push(bytes);
    stats.responseBytesPerSync.push(0);
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
      if (stats.responseBytesPerSync[stats.responseBytesPerSync.length - 1]! > options.responseLimitBytes) {
        for (const unload of this.unloads) unload();
        throw new FakeOfficeError(
          ERROR_CODES.responsePayloadSizeLimitExceeded,
          "The response payload size has exceeded the limit.",
        );
      }
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.host.calculationSuspended = false;
    }
    const delay = options.syncDelayMs ?? 0;
    return delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : Promise.resolve();
  }
}
