import type { Settings } from "../core/settings/types";
import type { ColumnRole, ForecastMethod, SignConvention, Thresholds } from "../core/types";

/** One change the user makes in the pane. Tables are named by key (`Sheet!A1:E9`), columns by letters. */
export type SettingsEdit =
  | { readonly kind: "signConvention"; readonly table: string; readonly convention: SignConvention }
  | {
      readonly kind: "columnRole";
      readonly table: string;
      readonly column: string;
      readonly role: ColumnRole;
    }
  | { readonly kind: "reported"; readonly table: string; readonly reported: boolean }
  | { readonly kind: "inverted"; readonly table: string; readonly line: string; readonly inverted: boolean }
  | { readonly kind: "thresholds"; readonly thresholds: Thresholds }
  /** Read only this range (the selection); the whole workbook when `range` is undefined. */
  | { readonly kind: "sourceRange"; readonly range: string | undefined }
  | { readonly kind: "method"; readonly method: Exclude<ForecastMethod, "manual"> };

/** The settings after one edit; the input is left as it was. */
export function editSettings(settings: Settings, edit: SettingsEdit): Settings {
  switch (edit.kind) {
    case "signConvention":
      return { ...settings, signConventions: { ...settings.signConventions, [edit.table]: edit.convention } };
    case "columnRole":
      return {
        ...settings,
        columnRoles: {
          ...settings.columnRoles,
          [edit.table]: { ...settings.columnRoles[edit.table], [edit.column]: edit.role },
        },
      };
    case "reported": {
      const others = settings.excludedTables.filter((key) => key !== edit.table);
      return { ...settings, excludedTables: edit.reported ? others : [...others, edit.table] };
    }
    case "inverted": {
      const others = (settings.invertedLines[edit.table] ?? []).filter((label) => label !== edit.line);
      const lines = edit.inverted ? [...others, edit.line] : others;
      const { [edit.table]: _dropped, ...rest } = settings.invertedLines;
      return { ...settings, invertedLines: lines.length > 0 ? { ...rest, [edit.table]: lines } : rest };
    }
    case "sourceRange": {
      const { sourceRange: _previous, ...rest } = settings;
      return edit.range === undefined ? rest : { ...rest, sourceRange: edit.range };
    }
    case "thresholds":
      return { ...settings, thresholds: edit.thresholds };
    case "method":
      return { ...settings, method: edit.method };
  }
}
