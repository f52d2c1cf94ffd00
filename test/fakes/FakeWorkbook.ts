import { FakeClientObject, itemProperties } from "./FakeClientObject";
import type { FakeContext } from "./FakeContext";
import { ERROR_CODES, FakeOfficeError, invalidArgument, itemNotFound } from "./fakeErrors";
import { newSheet } from "./fakeState";
import { FakeWorksheet } from "./FakeWorksheet";
import { FakeRange } from "./FakeRange";
import { parseRect } from "./fakeAddress";
import { FakeNamedItemCollection } from "./FakeNames";
import { FakeTableCollection } from "./FakeTables";

/** Excel.WorksheetCollection: `items` after load, getItem, getItemOrNullObject, add, getActiveWorksheet. */
export class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private readonly ctx: FakeContext) {}

  private get data() {
    return this.ctx.host.data;
  }

  private byName(name: string) {
    return () => this.data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        ERROR_CODES.propertyNotLoaded,
        "The property 'items' is not available.",
        "WorksheetCollection.items",
      );
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const names = itemProperties(spec);
    this.ctx.queueRead("WorksheetCollection.load", () => {
      const items = this.data.sheets.map((sheet) => new FakeWorksheet(this.ctx, () => sheet));
      this.loadedItems = items;
      // The items' own loads are applied at once, in this same sync.
      for (const item of items) item.loadNow(names.length > 0 ? names : undefined);
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    this.ctx.queuePath("getItem", [key]);
    return new FakeWorksheet(
      this.ctx,
      () => this.byName(key)() ?? this.data.sheets.find((s) => s.id === key),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.queuePath("getItemOrNullObject", [key]);
    return new FakeWorksheet(
      this.ctx,
      () => this.byName(key)() ?? this.data.sheets.find((s) => s.id === key),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.data.sheets.find((s) => s.id === this.data.activeSheetId) ?? this.data.sheets[0],
    );
  }

  add(name?: string): FakeWorksheet {
    let created: ReturnType<typeof newSheet> | undefined;
    this.ctx.queueWrite("WorksheetCollection.add", name, () => {
      const sheetName = name ?? `Sheet${this.data.sheets.length + 1}`;
      if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName))
        throw invalidArgument(`sheet name "${sheetName}"`);
      if (this.byName(sheetName)())
        throw new FakeOfficeError(
          ERROR_CODES.itemAlreadyExists,
          "A resource with the same name or identifier already exists.",
          sheetName,
        );
      created = newSheet(this.data, sheetName);
    });
    this.ctx.queuePath("add", [name]);
    return new FakeWorksheet(this.ctx, () => created);
  }
}

/** Excel.Setting (ExcelApi 1.4): a key and a JSON value. */
class FakeSetting extends FakeClientObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, "Setting");
    if (nullable)
      ctx.queueRead("Setting.isNullObject", () =>
        this.setLoaded("isNullObject", !ctx.host.data.settings.has(key)),
      );
  }
  protected get scalarProperties(): readonly string[] {
    return ["key", "value", "isNullObject"];
  }
  protected override onLoad(): void {
    if (!this.nullable && !this.ctx.host.data.settings.has(this.key))
      throw itemNotFound(`Setting ${this.key}`);
  }
  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.host.data.settings.has(this.key);
    if (name === "key") return this.key;
    const value = this.ctx.host.data.settings.get(this.key);
    return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
  }
  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  set value(value: unknown) {
    this.ctx.queueWrite("Setting.value", value, () => this.ctx.host.data.settings.set(this.key, value));
  }
  delete(): void {
    this.ctx.queueWrite("Setting.delete", this.key, () => this.ctx.host.data.settings.delete(this.key));
  }
}

/** Excel.Workbook: worksheets, names, tables, settings, application, the selection. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }

  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.ctx);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx);
  }

  get settings(): {
    add(key: string, value: unknown): FakeSetting;
    getItem(key: string): FakeSetting;
    getItemOrNullObject(key: string): FakeSetting;
  } {
    return {
      add: (key, value) => {
        this.ctx.queueWrite("SettingCollection.add", [key, value], () => {
          JSON.stringify(value);
          this.ctx.host.data.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
        });
        return new FakeSetting(this.ctx, key, false);
      },
      getItem: (key) => new FakeSetting(this.ctx, key, false),
      getItemOrNullObject: (key) => new FakeSetting(this.ctx, key, true),
    };
  }

  get application(): { suspendApiCalculationUntilNextSync(): void } {
    return {
      suspendApiCalculationUntilNextSync: () =>
        this.ctx.queueWrite("Application.suspendApiCalculationUntilNextSync", undefined, () => {
          this.ctx.host.calculationSuspended = true;
        }),
    };
  }

  getSelectedRange(): FakeRange {
    const data = this.ctx.host.data;
    return new FakeRange(this.ctx, {
      sheet: () => {
        const sheet =
          data.sheets.find((s) => s.id === (data.selection?.sheetId ?? data.activeSheetId)) ?? data.sheets[0];
        if (!sheet) throw itemNotFound("selection");
        return sheet;
      },
      locate: () => parseRect(data.selection?.address ?? "A1"),
    });
  }
}
