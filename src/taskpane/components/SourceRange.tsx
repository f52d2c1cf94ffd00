import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingsEdit } from "../editSettings";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/TextsContext";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export interface SourceRangeProps {
  /** The range the pane reads ("'Blad 1'!A1:E9"); the whole workbook when undefined. */
  readonly range: string | undefined;
  readonly onEdit: (edit: SettingsEdit) => void;
  readonly onError: (error: unknown) => void;
}

/** What the pane reads, and the switch between the whole workbook and the user's selection. */
export function SourceRange({ range, onEdit, onError }: SourceRangeProps) {
  const host = useHost();
  const { texts } = useTexts();
  const styles = useStyles();
  const readSelection = () => {
    host.selectionAddress().then(
      (address) => onEdit({ kind: "sourceRange", range: address }),
      (error: unknown) => onError(error ?? new Error("selectionAddress failed")),
    );
  };
  return (
    <div className={styles.bar}>
      <Caption1 data-testid="source-range">{`${texts.reading}: ${range ?? texts.wholeWorkbook}`}</Caption1>
      {range === undefined ? (
        <Button size="small" onClick={readSelection}>
          {texts.readSelection}
        </Button>
      ) : (
        <Button size="small" onClick={() => onEdit({ kind: "sourceRange", range: undefined })}>
          {texts.readWorkbook}
        </Button>
      )}
    </div>
  );
}
