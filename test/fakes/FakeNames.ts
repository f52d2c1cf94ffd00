import { FakeClientObject, itemProperties } from "./FakeClientObject";
import type { FakeContext } from "./FakeContext";
import { absoluteRect, parseRect, quoteName, splitSheet } from "./fakeAddress";
import { ERROR_CODES, FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./fakeErrors";
import { FakeRange } from "./FakeRange";

/** The sheet and the cells a name's formula ("='Blad 1'!$A$2:$E$9") refers to; undefined for anything else. */
function referenceOf(formula: string): { sheet: string; local: string } | undefined {
  const { sheet, local } = splitSheet(formula.replace(/^=/, ""));
  if (sheet === undefined || !/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(local)) return undefined;
  return { sheet, local: local.replace(/\$/g, "") };
}

/** Excel.NamedItem: `name`, `formula`, `type`, `value`, `visible`, `getRange()`, `delete()`. */
export class FakeNamedItem extends FakeClientObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, "NamedItem");
    if (nullable)
      ctx.queueRead("NamedItem.isNullObject", () => this.setLoaded("isNullObject", !this.exists()));
  }
  private exists(): boolean {
    return this.ctx.host.data.names.has(this.key);
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "formula", "type", "value", "visible", "isNullObject"];
  }
  protected override onLoad(): void {
    if (!this.nullable && !this.exists()) throw itemNotFound(`NamedItem ${this.key}`);
  }
  protected readProperty(name: string): unknown {
    const formula = this.ctx.host.data.names.get(this.key);
    if (name === "isNullObject") return formula === undefined;
    if (formula === undefined) return null;
    if (name === "name") return this.key;
    if (name === "formula") return formula;
    if (name === "visible") return true;
    if (name === "type") {
      if (formula.includes("#REF!")) return "Error";
      if (referenceOf(formula)) return "Range";
      return /^=-?\d+(\.\d+)?$/.test(formula) ? "Double" : "String";
    }
    return formula.replace(/^=/, "");
  }
  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  delete(): void {
    this.ctx.queueWrite("NamedItem.delete", this.key, () => {
      if (!this.ctx.host.data.names.delete(this.key)) throw itemNotFound(`NamedItem ${this.key}`);
    });
  }

  private range(nullable: boolean): FakeRange {
    this.ctx.queuePath(nullable ? "getRangeOrNullObject" : "getRange", []);
    const data = this.ctx.host.data;
    const reference = () => {
      const formula = data.names.get(this.key);
      const ref = formula === undefined ? undefined : referenceOf(formula);
      const sheet = ref && data.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
      return ref && sheet ? { sheet, rect: parseRect(ref.local) } : undefined;
    };
    return new FakeRange(
      this.ctx,
      {
        sheet: () => {
          const found = reference();
          if (found) return found.sheet;
          if (nullable) return data.sheets[0]!;
          throw invalidArgument(`NamedItem ${this.key}.getRange: not a range`);
        },
        locate: () => reference()?.rect,
      },
      nullable,
    );
  }
  /** ExcelApi 1.1: the range the name refers to; InvalidArgument when it refers to none. */
  getRange(): FakeRange {
    return this.range(false);
  }
  /** ExcelApi 1.4: the range the name refers to, or a null object. */
  getRangeOrNullObject(): FakeRange {
    return this.range(true);
  }
}

/** Excel.NamedItemCollection (workbook scope): `items` after load, `add`, `getItem`, `getItemOrNullObject`. */
export class FakeNamedItemCollection {
  private loadedItems?: FakeNamedItem[];

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("NamedItemCollection", "items");
    return this.loadedItems;
  }

  load(spec?: string): this {
    const names = itemProperties(spec);
    this.ctx.queueRead(`NamedItemCollection.load(${names.join(",")})`, () => {
      const items = [...this.ctx.host.data.names.keys()].map(
        (key) => new FakeNamedItem(this.ctx, key, false),
      );
      this.loadedItems = items;
      for (const item of items) item.loadNow(names.length > 0 ? names : undefined);
    });
    return this;
  }

  add(name: string, reference: string | FakeRange): void {
    const data = this.ctx.host.data;
    this.ctx.queueWrite(
      "NamedItemCollection.add",
      [name, typeof reference === "string" ? reference : "range"],
      () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw invalidArgument(`name "${name}"`);
        if (data.names.has(name))
          throw new FakeOfficeError(ERROR_CODES.itemAlreadyExists, "The name already exists.", name);
        let formula: string;
        if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const { sheet, rect } = reference.resolve();
          formula = `=${quoteName(sheet.name)}!${absoluteRect(rect)}`;
        }
        data.names.set(name, formula);
      },
    );
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
}
