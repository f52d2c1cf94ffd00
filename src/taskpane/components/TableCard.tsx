import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Checkbox,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { settingsKey } from "../../core/tableKey";
import type { ColumnRole, SignConvention, TableAnalysis } from "../../core/types";
import type { SettingsEdit } from "../editSettings";
import { useTexts } from "../i18n/TextsContext";
import { tablePeriod } from "./tablePeriod";
import { useFitStyles } from "./useFitStyles";

const CONVENTIONS: readonly SignConvention[] = ["ledger", "result", "absolute"];
const ROLES: readonly ColumnRole[] = ["budget", "outcome", "forecast", "variance", "value", "unknown"];

/** The labels of the lines that carry amounts (not headings, notes or a transposed table's budget row). */
const amountLines = (table: TableAnalysis) =>
  table.table.lines
    .filter((l) => l.role === undefined && l.label !== "" && !["section", "note", "measure"].includes(l.kind))
    .map((l) => l.label);

const useStyles = makeStyles({
  // Fluent's Card (filled, medium, not interactive) as a plain group: the Card component's styles for
  // every appearance, size and selection state would weigh more than everything else on this card.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    // Transparent but drawn in Windows' high contrast mode, as Fluent's Card does.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  header: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
  action: { gridColumnStart: 2, gridRowStart: 1, gridRowEnd: "span 2" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TableCardProps {
  readonly table: TableAnalysis;
  readonly reported: boolean;
  /** Labels of the lines the user marked inverted. */
  readonly inverted: readonly string[];
  readonly onEdit: (edit: SettingsEdit) => void;
}

/** One recognised table: what the engine understood, every guess correctable. */
export function TableCard({ table, reported, inverted, onEdit }: TableCardProps) {
  const { texts } = useTexts();
  const styles = useStyles();
  const fit = useFitStyles();
  const source = table.table;
  const titleId = useId("table-title");
  const convention = table.signConvention.convention;
  // Corrections are saved by the table's sheet and top-left cell: they stay when lines are added.
  const key = settingsKey(table.key);
  return (
    <div className={styles.card} role="group" aria-labelledby={titleId} data-table-key={table.key}>
      <div className={styles.header}>
        <Text weight="semibold" id={titleId}>
          {source.title ?? source.sheet}
        </Text>
        <Caption1>{table.key}</Caption1>
        <Badge className={styles.action} appearance="tint">
          {texts.tableKinds[source.kind === "keyFigures" ? "keyFigures" : "budget"]}
        </Badge>
      </div>
      <div className={styles.facts}>
        <Text>{texts.unit}</Text>
        <Text>{texts.units[source.unit]}</Text>
        <Text>{texts.period}</Text>
        <Text>{tablePeriod(source)}</Text>
      </div>
      <div className={styles.fields}>
        <Checkbox
          label={texts.report}
          checked={reported}
          onChange={(_, data) => onEdit({ kind: "reported", table: key, reported: data.checked === true })}
        />
        {source.kind === "budget" && (
          <Field label={texts.signConvention} hint={texts.conventionSource[table.signConvention.source]}>
            <Select
              className={fit.select}
              value={convention}
              onChange={(_, data) => {
                const picked = CONVENTIONS.find((c) => c === data.value);
                if (picked) onEdit({ kind: "signConvention", table: key, convention: picked });
              }}
            >
              {CONVENTIONS.map((c) => (
                <option key={c} value={c}>
                  {texts.conventions[c]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Accordion collapsible>
          <AccordionItem value="columns">
            <AccordionHeader size="small">
              {texts.columnsSummary(source.columns.map((c) => texts.roles[c.role]))}
            </AccordionHeader>
            <AccordionPanel className={styles.fields}>
              {source.columns.map((column) => (
                <Field
                  key={column.address}
                  label={texts.columnRole(column.address, column.header.replace(/\n/g, " "))}
                >
                  <Select
                    className={fit.select}
                    value={column.role}
                    onChange={(_, data) => {
                      const picked = ROLES.find((r) => r === data.value);
                      if (picked)
                        onEdit({
                          kind: "columnRole",
                          table: key,
                          column: column.address,
                          role: picked,
                        });
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {texts.roles[r]}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </AccordionPanel>
          </AccordionItem>
          {source.kind === "budget" && (
            <AccordionItem value="inverted">
              <AccordionHeader size="small">{texts.invertedSummary(inverted.length)}</AccordionHeader>
              <AccordionPanel className={styles.fields}>
                <Caption1>{texts.invertedHint}</Caption1>
                {[...new Set(amountLines(table))].map((label) => (
                  <Checkbox
                    key={label}
                    label={label}
                    checked={inverted.includes(label)}
                    onChange={(_, data) =>
                      onEdit({
                        kind: "inverted",
                        table: key,
                        line: label,
                        inverted: data.checked === true,
                      })
                    }
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      </div>
    </div>
  );
}
