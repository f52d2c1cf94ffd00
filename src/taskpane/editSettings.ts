import { settingFor, settingsKey } from "../core/tableKey";
import type { Settings } from "../core/settings/types";
import type { ColumnRole, ForecastMethod, SignConvention, Thresholds } from "../core/types";

/**
 * One change the user makes in the pane. Tables are named by settings key (`Sheet!A1`, see
 * `settingsKey`), columns by letters.
 */
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
  /** Read only this range (the selection, or a named table or range); the whole workbook when `range` is undefined. */
  | { readonly kind: "sourceRange"; readonly range: string | undefined }
  | { readonly kind: "method"; readonly method: Exclude<ForecastMethod, "manual"> };

/** `byKey` without the entries of the table `key` names: under its key, or under an older key of the same table. */
function without<T>(byKey: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const wanted = settingsKey(key);
  return Object.fromEntries(Object.entries(byKey).filter(([saved]) => settingsKey(saved) !== wanted));
}

/**
 * The settings after one edit; the input is left as it was. What was saved for the table under an
 * older key (the whole range, `Sheet!A1:E9`) moves to the key of the edit.
 */
export function editSettings(settings: Settings, edit: SettingsEdit): Settings {
  switch (edit.kind) {
    case "signConvention":
      return {
        ...settings,
        signConventions: { ...without(settings.signConventions, edit.table), [edit.table]: edit.convention },
      };
    case "columnRole": {
      const roles = settingFor(settings.columnRoles, edit.table);
      return {
        ...settings,
        columnRoles: {
          ...without(settings.columnRoles, edit.table),
          [edit.table]: { ...roles, [edit.column]: edit.role },
        },
      };
    }
    case "reported": {
      const others = settings.excludedTables.filter((key) => settingsKey(key) !== settingsKey(edit.table));
      return { ...settings, excludedTables: edit.reported ? others : [...others, edit.table] };
    }
    case "inverted": {
      const saved = settingFor(settings.invertedLines, edit.table) ?? [];
      const others = saved.filter((label) => label !== edit.line);
      const lines = edit.inverted ? [...others, edit.line] : others;
      const rest = without(settings.invertedLines, edit.table);
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
