import type { FakeContext } from "./FakeContext";
import { invalidArgument, propertyNotLoaded } from "./fakeErrors";

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function namesOf(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => namesOf(s) ?? []);
  return namesOf(spec.select);
}

/** The properties a collection's `load` asks of its items: "items/name, items/id" → ["name", "id"]. */
export function itemProperties(spec?: string | string[]): string[] {
  return (Array.isArray(spec) ? spec.join(",") : (spec ?? ""))
    .split(",")
    .map((s) => s.trim().replace(/^items\//, ""))
    .filter(Boolean);
}

/**
 * A proxy as Office.js has them: a property read before `load()` and `sync()` throws
 * PropertyNotLoaded; `load` is itself queued, and the values are taken when the sync applies it.
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    private readonly typeName: string,
  ) {}

  get context(): FakeContext {
    return this.ctx;
  }

  /** The names `load()` without arguments loads. */
  protected abstract get scalarProperties(): readonly string[];

  /** The current value of a property, read from the workbook when the sync applies a load. */
  protected abstract readProperty(name: string): unknown;

  load(spec?: LoadSpec): this {
    const names = namesOf(spec) ?? [...this.scalarProperties];
    for (const name of names)
      if (!this.scalarProperties.includes(name)) throw invalidArgument(`${this.typeName}.load("${name}")`);
    this.ctx.queueRead(`${this.typeName}.load(${names.join(",")})`, () => this.loadNow(names));
    return this;
  }

  /** Takes the properties' values now: a load being applied (also the items of a loaded collection). */
  loadNow(names: readonly string[] = this.scalarProperties): void {
    for (const name of names)
      if (!this.scalarProperties.includes(name)) throw invalidArgument(`${this.typeName}.load("${name}")`);
    this.onLoad();
    const values = names.map((name) => [name, this.readProperty(name)] as const);
    for (const [name, value] of values) this.loaded.set(name, value);
    this.ctx.countResponse(Object.fromEntries(values), () =>
      names.forEach((name) => this.loaded.delete(name)),
    );
  }

  /** Hook: resolve what the proxy points at when a load applies (throws ItemNotFound and the like). */
  protected onLoad(): void {}

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as T;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
