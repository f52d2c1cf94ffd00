import { FakeClientObject, itemProperties } from "./FakeClientObject";
import type { FakeContext } from "./FakeContext";
import { itemNotFound, propertyNotLoaded } from "./fakeErrors";
import { FakeRange } from "./FakeRange";
import type { FakeTableData } from "./fakeState";

/** Excel.Table: `id`, `name`, `getRange()` (header, body and totals). */
export class FakeTable extends FakeClientObject {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeTableData | undefined,
    private readonly nullable: boolean,
  ) {
    super(ctx, "Table");
    if (nullable) ctx.queueRead("Table.isNullObject", () => this.setLoaded("isNullObject", !find()));
  }
  protected get scalarProperties(): readonly string[] {
    return ["id", "name", "isNullObject"];
  }
  private resolve(): FakeTableData {
    const table = this.find();
    if (!table) throw itemNotFound("Table");
    return table;
  }
  protected override onLoad(): void {
    if (!this.nullable) this.resolve();
  }
  protected readProperty(name: string): unknown {
    const table = this.find();
    if (name === "isNullObject") return table === undefined;
    return table === undefined ? null : table[name as "id" | "name"];
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
  getRange(): FakeRange {
    this.ctx.queuePath("getRange", []);
    return new FakeRange(this.ctx, {
      sheet: () => {
        const { sheetId } = this.resolve();
        const sheet = this.ctx.host.data.sheets.find((s) => s.id === sheetId);
        if (!sheet) throw itemNotFound("Table.worksheet");
        return sheet;
      },
      locate: () => this.resolve().rect,
    });
  }
}

/** Excel.TableCollection (the workbook's): `items` after load, `getItem`, `getItemOrNullObject` by name or id. */
export class FakeTableCollection {
  private loadedItems?: FakeTable[];

  constructor(private readonly ctx: FakeContext) {}

  private byKey(key: string): () => FakeTableData | undefined {
    return () =>
      this.ctx.host.data.tables.find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key);
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw propertyNotLoaded("TableCollection", "items");
    return this.loadedItems;
  }

  load(spec?: string): this {
    const names = itemProperties(spec);
    this.ctx.queueRead(`TableCollection.load(${names.join(",")})`, () => {
      const items = this.ctx.host.data.tables.map((t) => new FakeTable(this.ctx, () => t, false));
      this.loadedItems = items;
      for (const item of items) item.loadNow(names.length > 0 ? names : undefined);
    });
    return this;
  }

  getItem(key: string): FakeTable {
    this.ctx.queuePath("getItem", [key]);
    return new FakeTable(this.ctx, this.byKey(key), false);
  }

  getItemOrNullObject(key: string): FakeTable {
    this.ctx.queuePath("getItemOrNullObject", [key]);
    return new FakeTable(this.ctx, this.byKey(key), true);
  }
}
