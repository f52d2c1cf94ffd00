import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { NamedSource } from "../../excel/namedSources";
import type { SettingsEdit } from "../editSettings";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/TextsContext";
import { useFitStyles } from "./useFitStyles";

const useStyles = makeStyles({
  source: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export interface SourceRangeProps {
  /** What the pane reads: an address ("'Blad 1'!A1:E9"), a table's or range's name; the whole workbook when undefined. */
  readonly range: string | undefined;
  /** The workbook's tables and named ranges, to read one of them alone. */
  readonly named: readonly NamedSource[];
  readonly onEdit: (edit: SettingsEdit) => void;
  readonly onError: (error: unknown) => void;
}

/** What the pane reads, and the switch between the whole workbook, the user's selection and a named table or range. */
export function SourceRange({ range, named, onEdit, onError }: SourceRangeProps) {
  const host = useHost();
  const { texts } = useTexts();
  const styles = useStyles();
  const fit = useFitStyles();
  const readSelection = () => {
    host.selectionAddress().then(
      (address) => onEdit({ kind: "sourceRange", range: address }),
      (error: unknown) => onError(error ?? new Error("selectionAddress failed")),
    );
  };
  const chosen = named.find((n) => n.name.toLowerCase() === range?.toLowerCase());
  const isName = range !== undefined && !range.includes("!");
  const shown =
    range === undefined
      ? texts.wholeWorkbook
      : chosen
        ? `${chosen.name} (${chosen.address})`
        : isName
          ? `${range} (${texts.notFound})`
          : range;
  return (
    <div className={styles.source}>
      <div className={styles.bar}>
        <Caption1 data-testid="source-range">{`${texts.reading}: ${shown}`}</Caption1>
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
      {named.length > 0 && (
        <Field label={texts.readNamed} size="small">
          <Select
            className={fit.select}
            size="small"
            value={chosen?.name ?? ""}
            onChange={(_, data) => onEdit({ kind: "sourceRange", range: data.value || undefined })}
          >
            <option value="">{texts.noNamed}</option>
            {named.map((n) => (
              <option key={n.name} value={n.name}>
                {texts.namedKinds[n.kind](n.name)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
