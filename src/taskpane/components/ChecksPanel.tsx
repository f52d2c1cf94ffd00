import { Badge, Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis, Finding, Severity } from "../../core/types";
import { useTexts } from "../i18n/TextsContext";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const BADGE_COLOUR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    marginInlineEnd: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * *Kontroller*: every finding, grouped by severity and then by table, with counts. Clicking a
 * finding selects its cell in Excel.
 */
export function ChecksPanel({
  analysis,
  onSelect,
}: {
  analysis: Analysis;
  onSelect: (finding: Finding) => void;
}) {
  const { texts, language } = useTexts();
  const styles = useStyles();
  const all = analysis.tables.flatMap((t) => t.findings);
  if (all.length === 0) return <Text role="status">{texts.noChecks}</Text>;
  return (
    <section className={styles.panel} aria-label={texts.tabChecks}>
      <Text role="status">{texts.findingCount(all.length)}</Text>
      {SEVERITIES.map((severity) => {
        const tables = analysis.tables
          .map((table) => ({ table, findings: table.findings.filter((f) => f.severity === severity) }))
          .filter((group) => group.findings.length > 0);
        const count = tables.reduce((sum, group) => sum + group.findings.length, 0);
        if (count === 0) return null;
        const headingId = `checks-${severity}`;
        return (
          <div
            key={severity}
            className={styles.group}
            role="group"
            aria-labelledby={headingId}
            data-severity={severity}
          >
            <h2 className={styles.heading} id={headingId}>
              <Subtitle2>{texts.severities[severity]}</Subtitle2>
              <Badge
                appearance="filled"
                color={BADGE_COLOUR[severity]}
                aria-label={texts.findingCount(count)}
              >
                {count}
              </Badge>
            </h2>
            {tables.map(({ table, findings }) => (
              <div key={table.key}>
                <Text weight="semibold" size={200}>
                  {`${table.table.title ?? table.table.sheet} (${findings.length})`}
                </Text>
                <ul className={styles.list}>
                  {findings.map((finding, i) => (
                    <li key={`${finding.cell}-${finding.code}-${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.finding}
                        title={texts.goToCell(finding.cell)}
                        data-cell={finding.cell}
                        onClick={() => onSelect(finding)}
                      >
                        <span className={styles.cell}>
                          {finding.cell.slice(finding.cell.lastIndexOf("!") + 1)}
                        </span>
                        {language === "en" ? finding.messageEn : finding.message}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
