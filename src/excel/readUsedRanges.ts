import { assembleRange, type BlockCells } from "./assembleRange";
import { officeErrorCode } from "./describeExcelError";
import { rowHasSheetMark } from "./reportMarker";
import { rangeAddress } from "./sheetOps";
import {
  blockOf,
  FIRST_LOOK_ROWS,
  lookWindows,
  outsideWindows,
  RESPONSE_BUDGET_BYTES,
  takeBlocks,
  type Block,
} from "./planReadBlocks";

/** A sheet's used range as read: its address, and its values and number formats, a row of each per row. */
export interface UsedRange {
  readonly address: string;
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
}

/** A look at a sheet queued: its used range's address, and the used cells within each of `windows`. */
export interface Look {
  readonly windows: readonly Block[];
  readonly used: Excel.Range;
  readonly within: readonly Excel.Range[];
}

/** Bytes a cell's value and number format take in a response, until a read tells: a ledger's are ~21. */
const DEFAULT_CELL_BYTES = 24;
/** The fewest rows a look at a sheet of unknown size reads, however full the request is (at most ~0.5 MB). */
const MIN_LOOK_ROWS = 500;
/** How many times a request refused as too large is made again smaller before the read gives up. */
const MAX_REFUSALS = 8;

const a1 = (block: Block) => rangeAddress(block.row + 1, block.col + 1, block.rows, block.cols);

/** Row 1 whole: where a sheet of ours carries its mark. */
const ROW_ONE: readonly Block[] = [{ row: 0, col: 0, rows: 1, cols: 16_384 }];

/** Queues a look at `sheet` down to row `rows` (see `lookWindows`), or at its row 1 only. */
export function queueLook(sheet: Excel.Worksheet, rows: number | "row 1" = FIRST_LOOK_ROWS): Look {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const windows = rows === "row 1" ? ROW_ONE : lookWindows(rows);
  const within = windows.map((window) => {
    const range = sheet.getRange(a1(window)).getUsedRangeOrNullObject(true);
    range.load("address,values,numberFormat");
    return range;
  });
  return { windows, used, within };
}

/** Whether `error` is Excel's answer to a request whose response would exceed its limit. */
export function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
}

const UTF8 = new TextEncoder();

/** The response bytes a cell of those read took, as UTF-8 JSON: what the requests for the rest are planned by. */
function bytesPerCell(read: readonly BlockCells[]): number | undefined {
  let bytes = 0;
  let cells = 0;
  for (const { block, values, numberFormat } of read) {
    bytes += UTF8.encode(JSON.stringify(values)).length + UTF8.encode(JSON.stringify(numberFormat)).length;
    cells += block.rows * block.cols;
  }
  return cells > 0 ? Math.max(8, bytes / cells) : undefined;
}

interface SheetState {
  used?: Block;
  address?: string;
  /** What a cell of the sheet takes in a response, as its look found; the default until then. */
  cellBytes: number;
  readonly read: BlockCells[];
}

/**
 * Every sheet's used range (values and number formats), read in as few requests as Excel on the
 * web's 5 MB for a response allows: what a first look (`firstLook`, made with the sheet list) left of
 * its sheet, and a look at each other sheet, as blocks of rows packed into requests of at most
 * RESPONSE_BUDGET_BYTES, sized by what a cell of each sheet took in its look. A request Excel still
 * finds too large is made again at half the size, looking at half as many sheets. `withFirstRequest` queues what else the first
 * request carries, at each try (a failed request brings back nothing of what it held), and says
 * whether it queued anything: if not, and the first look read all there is, no request is made. Of
 * the sheets in `skim` (named as ours), only row 1 is read if it carries our mark. Undefined for an
 * empty sheet.
 */
export async function readUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  firstLook: { readonly index: number; readonly look: Look } | undefined,
  options: { readonly skim?: ReadonlySet<number>; readonly withFirstRequest?: () => boolean } = {},
): Promise<(UsedRange | undefined)[]> {
  const { skim } = options;
  const states: SheetState[] = sheets.map(() => ({ read: [], cellBytes: DEFAULT_CELL_BYTES }));
  const cellBytesOf = ({ sheet }: { readonly sheet: number }) => states[sheet]!.cellBytes;
  const bytesOf = (items: readonly { readonly sheet: number; readonly block: Block }[]) =>
    items.reduce((sum, item) => sum + item.block.rows * item.block.cols * cellBytesOf(item), 0);
  let blocks: { readonly sheet: number; readonly block: Block }[] = [];
  /** What a look found: the sheet's used range, the cells it read (returned), the blocks left to read. */
  const settle = (index: number, look: Look): BlockCells[] => {
    const state = states[index]!;
    const used = look.used.isNullObject ? undefined : blockOf(look.used.address);
    if (!used) return [];
    state.address = look.used.address;
    const read = look.within.flatMap((range) => {
      const block = range.isNullObject ? undefined : blockOf(range.address);
      if (!block) return [];
      const cells = { block, values: range.values, numberFormat: range.numberFormat };
      state.read.push(cells);
      return [cells];
    });
    const marked =
      skim?.has(index) === true &&
      used.row === 0 &&
      read.some(({ block, values }) => block.row === 0 && rowHasSheetMark(values[0] ?? []));
    // A sheet of ours, skimmed: its row 1 is all that is kept of it.
    state.used = marked ? { ...used, rows: 1 } : used;
    if (marked) return read;
    const outside = outsideWindows(used, look.windows);
    for (const block of outside) blocks.push({ sheet: index, block });
    if (outside.length > 0) state.cellBytes = bytesPerCell(read) ?? state.cellBytes;
    return read;
  };
  if (firstLook) settle(firstLook.index, firstLook.look);
  let unseen = sheets.map((_, i) => i).filter((i) => i !== firstLook?.index);
  let budget = RESPONSE_BUDGET_BYTES;
  // What a refusal makes smaller besides the budget: how many sheets one request looks at, how few rows.
  let lookLimit = sheets.length;
  let minLookRows = MIN_LOOK_ROWS;
  let refusals = 0;
  let firstRequest = true;
  let extra = options.withFirstRequest?.() ?? false;
  while (extra || blocks.length > 0 || unseen.length > 0) {
    let { taken, left } = takeBlocks(blocks, budget, cellBytesOf);
    // Not one row fits (a budget halved below a row of a wide sheet): one row, all the same.
    if (taken.length === 0 && unseen.length === 0 && blocks[0])
      ({ taken, left } = takeBlocks(blocks, blocks[0].block.cols * cellBytesOf(blocks[0]), cellBytesOf));
    // A look of r rows holds at most 8r + 42·min(r, 1000) cells (`lookWindows`): as many rows as fit.
    const looking = unseen.slice(0, lookLimit);
    const lookCells = Math.floor(
      (budget - bytesOf(taken)) / DEFAULT_CELL_BYTES / Math.max(1, looking.length),
    );
    const lookRows = Math.max(
      minLookRows,
      Math.floor(lookCells >= 50_000 ? (lookCells - 42_000) / 8 : lookCells / 50),
    );
    const ranges = taken.map(({ sheet, block }) => {
      const range = sheets[sheet]!.getRange(a1(block));
      range.load("values,numberFormat");
      return range;
    });
    const looks = looking.map((index) => ({
      index,
      look: queueLook(sheets[index]!, skim?.has(index) ? "row 1" : lookRows),
    }));
    try {
      // One request per block a response can hold: Excel on the web refuses a response over 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || ++refusals > MAX_REFUSALS) throw error;
      budget = Math.floor(budget / 2);
      minLookRows = Math.max(1, Math.floor(minLookRows / 2));
      if (looks.length > 0) lookLimit = Math.ceil(looks.length / 2);
      if (firstRequest) extra = options.withFirstRequest?.() ?? false;
      continue;
    }
    firstRequest = false;
    extra = false;
    taken.forEach(({ sheet, block }, i) =>
      states[sheet]!.read.push({ block, values: ranges[i]!.values, numberFormat: ranges[i]!.numberFormat }),
    );
    blocks = left;
    for (const { index, look } of looks) settle(index, look);
    unseen = unseen.slice(looks.length);
  }
  return states.map(({ used, address, read }) =>
    used && address !== undefined ? { address, ...assembleRange(used, read) } : undefined,
  );
}
