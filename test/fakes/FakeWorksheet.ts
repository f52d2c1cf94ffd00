import { FakeClientObject } from "./FakeClientObject";
import { supportsExcelApi, type FakeContext } from "./FakeContext";
import { parseRect, type Rect } from "./fakeAddress";
import { ERROR_CODES, FakeOfficeError, invalidArgument, itemNotFound } from "./fakeErrors";
import { usedRect, type FakeSheet } from "./fakeState";
import { FakeRange, fixedRect } from "./FakeRange";
import { FakeChartCollection } from "./FakeCharts";
import { FakeRangeAreas } from "./FakeRangeAreas";
import { renameInNames } from "./renameInNames";

const PROPS = ["id", "name", "position", "visibility", "tabColor", "isNullObject", "showGridlines"] as const;
const INVALID_NAME = /[[\]:*?/\\]/;

/** Excel.Worksheet. `find` locates the sheet when a sync first applies something on it. */
export class FakeWorksheet extends FakeClientObject {
  private sheet?: FakeSheet;
  private isNull = false;

  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeSheet | undefined,
    private readonly nullable = false,
  ) {
    super(ctx, "Worksheet");
    if (nullable)
      ctx.queueRead("Worksheet.isNullObject", () =>
        this.setLoaded("isNullObject", this.tryResolve() === undefined),
      );
  }

  protected get scalarProperties(): readonly string[] {
    return PROPS;
  }

  tryResolve(): FakeSheet | undefined {
    if (!this.sheet && !this.isNull) {
      const found = this.find();
      if (found) this.sheet = found;
      else this.isNull = true;
    }
    return this.sheet && this.ctx.host.data.sheets.includes(this.sheet) ? this.sheet : undefined;
  }

  resolve(): FakeSheet {
    const sheet = this.tryResolve();
    if (!sheet) throw itemNotFound("Worksheet");
    return sheet;
  }

  protected override onLoad(): void {
    if (!this.nullable) this.resolve();
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.tryResolve() === undefined;
    const sheet = this.tryResolve();
    if (!sheet) return null;
    if (name === "position") return this.ctx.host.data.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility" | "tabColor" | "showGridlines"];
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.ctx.queueWrite("Worksheet.name", name, () => {
      const sheet = this.resolve();
      const data = this.ctx.host.data;
      if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'"))
        throw invalidArgument(`sheet name "${name}"`);
      if (data.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError(
          ERROR_CODES.itemAlreadyExists,
          "A sheet with this name already exists.",
          name,
        );
      renameInNames(data.names, sheet.name, name);
      sheet.name = name;
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.ctx.queueWrite("Worksheet.position", position, () => {
      const sheet = this.resolve();
      const sheets = this.ctx.host.data.sheets;
      if (position < 0 || position >= sheets.length) throw invalidArgument(`position ${position}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: string) {
    this.ctx.queueWrite("Worksheet.visibility", visibility, () => (this.resolve().visibility = visibility));
  }
  set tabColor(colour: string) {
    this.ctx.queueWrite("Worksheet.tabColor", colour, () => (this.resolve().tabColor = colour));
  }
  set showGridlines(show: boolean) {
    this.ctx.queueWrite("Worksheet.showGridlines", show, () => (this.resolve().showGridlines = show));
  }

  delete(): void {
    this.ctx.queueWrite("Worksheet.delete", undefined, () => {
      const sheet = this.resolve();
      const data = this.ctx.host.data;
      if (data.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
        throw new FakeOfficeError(
          ERROR_CODES.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
        );
      data.sheets.splice(data.sheets.indexOf(sheet), 1);
      renameInNames(data.names, sheet.name, undefined);
      data.tables = data.tables.filter((t) => t.sheetId !== sheet.id);
      if (data.activeSheetId === sheet.id) data.activeSheetId = data.sheets[0]?.id;
      if (data.selection?.sheetId === sheet.id) delete data.selection;
    });
  }

  activate(): void {
    this.ctx.queueWrite(
      "Worksheet.activate",
      undefined,
      () => (this.ctx.host.data.activeSheetId = this.resolve().id),
    );
  }

  private range(
    path: [string, unknown[]],
    locate: (sheet: FakeSheet) => Rect | undefined,
    nullable = false,
  ): FakeRange {
    this.ctx.queuePath(...path);
    return new FakeRange(this.ctx, { sheet: () => this.resolve(), locate }, nullable);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return this.range(["getRange", []], () => parseRect("A:XFD"));
    if (address.includes("!"))
      throw invalidArgument(`Worksheet.getRange("${address}"): no sheet in the address`);
    return this.range(["getRange", [address]], fixedRect(address));
  }

  /** ExcelApi 1.9: several areas ("A7:E7,A14:E14"), for a format set on all of them at once. */
  getRanges(address: string): FakeRangeAreas {
    if (!supportsExcelApi(this.ctx.host.options, "1.9"))
      throw invalidArgument("Worksheet.getRanges needs ExcelApi 1.9");
    this.ctx.queuePath("getRanges", [address]);
    return new FakeRangeAreas(this.ctx, () => ({
      sheet: this.resolve(),
      rects: address.split(",").map((area) => parseRect(area.trim())),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(["getRangeByIndexes", [startRow, startColumn, rowCount, columnCount]], () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
        throw invalidArgument("getRangeByIndexes");
      return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  /** The used range; A1 when the sheet is empty, as Excel answers. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(
      ["getUsedRange", [valuesOnly]],
      (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      ["getUsedRangeOrNullObject", [valuesOnly]],
      (sheet) => usedRect(sheet, valuesOnly),
      true,
    );
  }

  get freezePanes(): {
    freezeAt(range: FakeRange | string): void;
    freezeRows(count: number): void;
    freezeColumns(count: number): void;
    unfreeze(): void;
  } {
    const set = (what: string, freeze: () => { rows: number; cols: number } | undefined) =>
      this.ctx.queueWrite(what, undefined, () => {
        const sheet = this.resolve();
        const value = freeze();
        if (value) sheet.freeze = value;
        else delete sheet.freeze;
      });
    return {
      freezeAt: (range) =>
        set("WorksheetFreezePanes.freezeAt", () => {
          const rect = typeof range === "string" ? parseRect(range) : range.resolve().rect;
          return { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
        }),
      freezeRows: (count) => set("WorksheetFreezePanes.freezeRows", () => ({ rows: count, cols: 0 })),
      freezeColumns: (count) => set("WorksheetFreezePanes.freezeColumns", () => ({ rows: 0, cols: count })),
      unfreeze: () => set("WorksheetFreezePanes.unfreeze", () => undefined),
    };
  }

  get pageLayout(): {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintArea(area: string): void;
    setPrintTitleRows(rows: string): void;
  } {
    const change = (what: string, value: unknown, apply: (sheet: FakeSheet) => void) =>
      this.ctx.queueWrite(what, value, () => apply(this.resolve()));
    return {
      set orientation(v: string) {
        change("PageLayout.orientation", v, (s) => (s.page.orientation = v));
      },
      get orientation(): string {
        throw invalidArgument("PageLayout.orientation is write-only in the fake");
      },
      set paperSize(v: string) {
        change("PageLayout.paperSize", v, (s) => (s.page.paperSize = v));
      },
      get paperSize(): string {
        throw invalidArgument("PageLayout.paperSize is write-only in the fake");
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        change("PageLayout.zoom", v, (s) => {
          if (v.horizontalFitToPages !== undefined) s.page.fitToPagesWide = v.horizontalFitToPages;
          if (v.verticalFitToPages !== undefined) s.page.fitToPagesTall = v.verticalFitToPages;
          if (v.scale !== undefined) s.page.zoomScale = v.scale;
        });
      },
      get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
        throw invalidArgument("PageLayout.zoom is write-only in the fake");
      },
      setPrintArea: (area: string) =>
        change("PageLayout.setPrintArea", area, (s) => {
          parseRect(area.replace(/\$/g, ""));
          s.page.printArea = area;
        }),
      setPrintTitleRows: (rows: string) =>
        change("PageLayout.setPrintTitleRows", rows, (s) => (s.page.titleRows = rows)),
    };
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.resolve());
  }

  get customProperties(): { add(key: string, value: string): void } {
    return {
      add: (key, value) =>
        this.ctx.queueWrite("WorksheetCustomPropertyCollection.add", [key, value], () =>
          this.resolve().customProperties.set(key, value),
        ),
    };
  }

  /** `onChanged.add(handler)` → a result whose `remove()` (queued, like Excel's) unregisters it. */
  get onChanged(): { add(handler: (event: unknown) => unknown): { context: FakeContext; remove(): void } } {
    return {
      add: (handler) => {
        this.ctx.queueWrite("Worksheet.onChanged.add", undefined, () =>
          this.resolve().changeHandlers.add(handler),
        );
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.queueWrite("Worksheet.onChanged.remove", undefined, () =>
              this.resolve().changeHandlers.delete(handler),
            ),
        };
      },
    };
  }
}
