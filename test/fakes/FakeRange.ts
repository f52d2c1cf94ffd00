import { FakeClientObject } from "./FakeClientObject";
import type { FakeContext } from "./FakeContext";
import { formatRect, quoteName, type Rect, parseRect } from "./fakeAddress";
import { invalidArgument, itemNotFound } from "./fakeErrors";
import { cellAt, ensureCell, usedRect, type FakeCell, type FakeSheet } from "./fakeState";
import { enterValue } from "./enterValue";
import { FakeRangeFormat } from "./FakeRangeFormat";
import { FakeConditionalFormatCollection } from "./FakeConditionalFormats";

/** What a range proxy points at: its sheet and a rectangle, found when a sync first applies it. */
export interface RangeTarget {
  readonly sheet: () => FakeSheet;
  readonly locate: (sheet: FakeSheet) => Rect | undefined;
}

const PROPS = [
  "address",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "columnHidden",
  "isNullObject",
] as const;

function valueOf(cell: FakeCell | undefined): string | number | boolean {
  return cell?.value ?? "";
}

/** Excel.Range over the in-memory workbook. */
export class FakeRange extends FakeClientObject {
  private rect?: Rect;
  private isNull = false;
  private formatProxy?: FakeRangeFormat;
  private conditionalProxy?: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeContext,
    private readonly target: RangeTarget,
    private readonly nullable = false,
  ) {
    super(ctx, "Range");
    if (nullable)
      ctx.queueRead("Range.isNullObject", () =>
        this.setLoaded("isNullObject", this.resolveOrNull() === undefined),
      );
  }

  protected get scalarProperties(): readonly string[] {
    return PROPS;
  }

  /** The sheet and rectangle; ItemNotFound if the sheet is gone, or the range null. */
  resolve(): { sheet: FakeSheet; rect: Rect } {
    const found = this.resolveOrNull();
    if (!found) throw itemNotFound("Range");
    return found;
  }

  private resolveOrNull(): { sheet: FakeSheet; rect: Rect } | undefined {
    const sheet = this.target.sheet();
    if (!this.rect && !this.isNull) {
      const rect = this.target.locate(sheet);
      if (rect) this.rect = rect;
      else this.isNull = true;
    }
    return this.rect ? { sheet, rect: this.rect } : undefined;
  }

  protected override onLoad(): void {
    if (!this.nullable) this.resolve();
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const { sheet, rect } = this.resolve();
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => read(cellAt(sheet, rect.row + r, rect.col + c))),
    );
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.resolveOrNull() === undefined;
    const found = this.resolveOrNull();
    if (!found) return null;
    const { sheet, rect } = found;
    switch (name) {
      case "address":
        return `${quoteName(sheet.name)}!${formatRect(rect)}`;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "values":
        return this.grid(valueOf);
      case "formulas":
        return this.grid((cell) => cell?.formula ?? valueOf(cell));
      case "numberFormat":
        return this.grid((cell) => cell?.numberFormat ?? "General");
      case "text":
        return this.grid((cell) => String(valueOf(cell)));
      case "columnHidden":
        return Array.from({ length: rect.cols }, (_, c) => sheet.hiddenColumns.has(rect.col + c)).every(
          Boolean,
        );
      default:
        throw invalidArgument(`Range.${name}`);
    }
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown) {
    this.writeCells("values", input, (cell, v) => enterValue(cell, v));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: unknown) {
    this.writeCells("formulas", input, (cell, v) => enterValue(cell, v));
  }
  set formulasR1C1(input: unknown) {
    this.writeCells("formulasR1C1", input, (cell, v, row, col) =>
      enterValue(cell, v, { row, col, r1c1: true }),
    );
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.writeCells("numberFormat", input, (cell, v) => {
      cell.numberFormat = typeof v === "string" && v !== "" ? v : "General";
    });
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.ctx.queueWrite("Range.columnHidden", hidden, () => {
      const { sheet, rect } = this.resolve();
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** A 2-D array must match the range's size; a single value (not an array) goes to every cell. */
  private writeCells(
    property: string,
    input: unknown,
    apply: (cell: FakeCell, value: unknown, row: number, col: number) => void,
  ): void {
    this.ctx.queueWrite(`Range.${property}`, input, () => {
      const { sheet, rect } = this.resolve();
      const scalar = !Array.isArray(input);
      if (!scalar) {
        const rows = input as unknown[];
        if (rows.length !== rect.rows || rows.some((r) => !Array.isArray(r) || r.length !== rect.cols))
          throw invalidArgument(
            `Range.${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range`,
          );
      }
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.cols; c++) {
          const value = scalar ? input : (input as unknown[][])[r]![c];
          if (value === null) continue; // null leaves the cell as it is
          apply(ensureCell(sheet, rect.row + r, rect.col + c), value, rect.row + r, rect.col + c);
        }
    });
  }

  /** Made once per proxy, as Office.js caches a navigation property. */
  get format(): FakeRangeFormat {
    if (!this.formatProxy) {
      this.ctx.queuePath("format");
      this.formatProxy = new FakeRangeFormat(this.ctx, () => {
        const { sheet, rect } = this.resolve();
        return { sheet, rects: [rect] };
      });
    }
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    if (!this.conditionalProxy) {
      this.ctx.queuePath("conditionalFormats");
      this.conditionalProxy = new FakeConditionalFormatCollection(this.ctx, () => this.resolve());
    }
    return this.conditionalProxy;
  }

  private sub(locate: (rect: Rect) => Rect): FakeRange {
    this.ctx.queuePath("getRange", [0, 0]);
    return new FakeRange(this.ctx, {
      sheet: this.target.sheet,
      locate: () => locate(this.resolve().rect),
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.sub((rect) => ({ row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.sub((rect) => ({ ...rect, rows: rect.rows + deltaRows, cols: rect.cols + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.sub((rect) => ({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }));
  }

  /** ExcelApi 1.4: the used cells inside this range, as the worksheet's used range is found; null when none. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.queuePath("getUsedRangeOrNullObject", [valuesOnly]);
    return new FakeRange(
      this.ctx,
      { sheet: this.target.sheet, locate: (sheet) => usedRect(sheet, valuesOnly, this.resolve().rect) },
      true,
    );
  }

  getCellProperties(): never {
    throw invalidArgument("Range.getCellProperties is not in the fake");
  }

  merge(across = false): void {
    this.ctx.queueWrite("Range.merge", across, () => {
      const { sheet, rect } = this.resolve();
      // across: each row of the range becomes a merge of its own.
      if (across)
        for (let r = 0; r < rect.rows; r++)
          sheet.merges.push(formatRect({ ...rect, row: rect.row + r, rows: 1 }));
      else sheet.merges.push(formatRect(rect));
    });
  }

  select(): void {
    this.ctx.queueWrite("Range.select", undefined, () => {
      const { sheet, rect } = this.resolve();
      this.ctx.host.data.activeSheetId = sheet.id;
      this.ctx.host.data.selection = { sheetId: sheet.id, address: formatRect(rect) };
    });
  }

  clear(): void {
    this.ctx.queueWrite("Range.clear", undefined, () => {
      const { sheet, rect } = this.resolve();
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        const line = sheet.cells[r];
        if (line) for (let c = rect.col; c < rect.col + rect.cols; c++) line[c] = undefined;
      }
    });
  }
}

/** A fixed address on a sheet ("B2:D9"), checked when the range is first used. */
export function fixedRect(address: string): (sheet: FakeSheet) => Rect {
  return () => parseRect(address);
}
