import { FakeContext, type FakeExcelHost } from "./FakeContext";
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import { FakeWorkbook } from "./FakeWorkbook";

/** Excel.RequestContext of the fake: `workbook`, `application`, `sync()`, `trackedObjects`. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;

  constructor(host: FakeExcelHost) {
    super(host);
    this.workbook = new FakeWorkbook(this);
  }

  get application(): FakeWorkbook["application"] {
    return this.workbook.application;
  }
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** The parts of the `Excel` namespace the adapter uses, bound to one in-memory workbook. */
export function createFakeExcel(host: FakeExcelHost) {
  async function run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? (first as Batch<T>) : second;
    if (!batch) throw new FakeOfficeError(ERROR_CODES.invalidArgument, "Excel.run needs a batch function.");
    // Excel.run(context, batch) goes on in an existing context (as to remove event handlers).
    const context = first instanceof FakeRequestContext ? first : new FakeRequestContext(host);
    const result = await batch(context);
    // Excel.run sends what the batch queued after its last sync.
    if (context.hasPending) await context.sync();
    return result;
  }
  return {
    run,
    RequestContext: FakeRequestContext,
    ErrorCodes: ERROR_CODES,
    ChartType: { barClustered: "BarClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ConditionalFormatType: { custom: "Custom" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom" },
  };
}
