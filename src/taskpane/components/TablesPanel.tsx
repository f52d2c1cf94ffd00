import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../core/settings/types";
import { settingFor, settingsKey } from "../../core/tableKey";
import type { Analysis } from "../../core/types";
import type { SettingsEdit } from "../editSettings";
import { useTexts } from "../i18n/TextsContext";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The tables found in the workbook, each with its correctable guesses. */
export function TablesPanel({
  analysis,
  settings,
  onEdit,
}: {
  analysis: Analysis;
  settings: Settings;
  onEdit: (edit: SettingsEdit) => void;
}) {
  const { texts } = useTexts();
  const styles = useStyles();
  if (analysis.tables.length === 0) return <Text>{texts.noTables}</Text>;
  const excluded = new Set(settings.excludedTables.map(settingsKey));
  return (
    <section className={styles.list} aria-label={texts.tabTables}>
      <Text role="status">{texts.tablesFound(analysis.tables.length)}</Text>
      {analysis.tables.map((table) => (
        <TableCard
          key={settingsKey(table.key)}
          table={table}
          reported={!excluded.has(settingsKey(table.key))}
          inverted={settingFor(settings.invertedLines, table.key) ?? []}
          onEdit={onEdit}
        />
      ))}
    </section>
  );
}
