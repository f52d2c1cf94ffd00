import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { quoteSheetName } from "../../core/cellAddress";
import type { Settings } from "../../core/settings/types";
import { useTexts } from "../i18n/TextsContext";
import { useReport } from "../hooks/useReport";
import { HostError } from "./HostError";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ReportSectionProps {
  readonly settings: Settings;
  /** How many tables the report will hold. */
  readonly reportedTables: number;
  readonly onGoTo: (address: string) => void;
}

/** *Skapa rapport* with its progress, and the outcome: a link to the report, or the error. */
export function ReportSection({ settings, reportedTables, onGoTo }: ReportSectionProps) {
  const { texts } = useTexts();
  const styles = useStyles();
  const { run, create, reset } = useReport();
  const running = run.status === "running";
  return (
    <section className={styles.section} aria-label={texts.createReport}>
      <Button
        appearance="primary"
        disabled={running || reportedTables === 0}
        onClick={() => create(settings)}
      >
        {texts.createReport}
      </Button>
      {reportedTables === 0 && <Text size={200}>{texts.nothingToReport}</Text>}
      {running && (
        <Field validationMessage={texts.creating} validationState="none">
          <ProgressBar value={run.done} max={1} aria-label={texts.creating} />
        </Field>
      )}
      {run.status === "done" && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{texts.created(run.report.sheetNames)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onGoTo(`${quoteSheetName(run.report.firstSheet)}!A1`)}>
              {texts.goToReport}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {run.status === "failed" && <HostError error={run.error} onDismiss={reset} />}
    </section>
  );
}
