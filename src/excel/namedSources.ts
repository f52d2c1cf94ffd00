import { parseRangeAddress } from "../core/parse/cropToRange";
import { WORKBOOK_MARK_NAME } from "../core/report/types";
import type { Settings } from "../core/settings/types";

/** An Excel table or a workbook-level named range the pane can read alone, with where it is now. */
export interface NamedSource {
  readonly name: string;
  readonly kind: "table" | "range";
  /** "'Blad 1'!A2:E9", as Excel gives it ($ signs dropped). */
  readonly address: string;
}

/**
 * The workbook's tables and named ranges, read within the requests of `readContents`: call it before
 * the first `sync` (it queues the lists), call what it returns after that sync (it queues each one's
 * range; `queued` is false when the workbook has none), and `read` after the next sync. Our own marker
 * name is left out, and so are hidden names and names that refer to no range (a constant, a #REF!).
 */
export function loadNamedSources(
  context: Excel.RequestContext,
): () => { readonly queued: boolean; readonly read: () => NamedSource[] } {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/visible");
  return () => {
    const queued = [
      ...tables.items.map((table) => ({ name: table.name, kind: "table" as const, range: table.getRange() })),
      ...names.items
        .filter((item) => item.type === "Range" && item.visible && item.name !== WORKBOOK_MARK_NAME)
        .map((item) => ({ name: item.name, kind: "range" as const, range: item.getRangeOrNullObject() })),
    ];
    for (const { range } of queued) range.load("address");
    const read = () =>
      queued.flatMap(({ name, kind, range }) =>
        // Only a name's range can be a null object (getRangeOrNullObject); a table always has one.
        kind === "range" && range.isNullObject
          ? []
          : [{ name, kind, address: range.address.replace(/\$/g, "") }],
      );
    return { queued: queued.length > 0, read };
  };
}

/**
 * The settings with `sourceRange` as an address the engine crops to: a table's or a named range's
 * name (case as the user typed it or not) becomes where it is now. An address, or a name the
 * workbook no longer has, is left as it is (the engine then reads nothing of a lost name).
 */
export function resolveSourceRange(settings: Settings, named: readonly NamedSource[]): Settings {
  const wanted = settings.sourceRange;
  if (wanted === undefined || parseRangeAddress(wanted)) return settings;
  const found = named.find((n) => n.name.toLowerCase() === wanted.toLowerCase());
  return found ? { ...settings, sourceRange: found.address } : settings;
}
