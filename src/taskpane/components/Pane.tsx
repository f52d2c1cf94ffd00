import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { settingsKey } from "../../core/tableKey";
import type { Finding } from "../../core/types";
import { editSettings, type SettingsEdit } from "../editSettings";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/TextsContext";
import { useWorkbook } from "../hooks/useWorkbook";
import { ChecksPanel } from "./ChecksPanel";
import { ErrorMessage } from "./ErrorMessage";
import { HostError } from "./HostError";
import { ReportSection } from "./ReportSection";
import { SettingsPanel } from "./SettingsPanel";
import { SourceRange } from "./SourceRange";
import { TablesPanel } from "./TablesPanel";

const TABS = ["tables", "checks", "settings"] as const;
type TabName = (typeof TABS)[number];

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  panel: { paddingTop: tokens.spacingVerticalS },
  // Three tabs in a narrow pane: a second row rather than a tab cut off at the edge.
  tabs: { flexWrap: "wrap" },
});

/** The pane inside Excel: the report button, then tables, checks and settings on tabs. */
export function Pane() {
  const host = useHost();
  const { texts } = useTexts();
  const styles = useStyles();
  const workbook = useWorkbook();
  const [tab, setTab] = useState<TabName>("tables");
  const [actionError, setActionError] = useState<unknown>();
  const [ribbonErrorClosed, setRibbonErrorClosed] = useState(false);
  const { state } = workbook;
  const goTo = (address: string) => {
    host
      .selectCell(address)
      .catch((error: unknown) => setActionError(error ?? new Error("selectCell failed")));
  };

  if (state.status === "loading") return <Spinner className={styles.pane} label={texts.loading} />;
  if (state.status === "failed") {
    return (
      <div className={styles.pane}>
        <HostError error={state.error} onRetry={workbook.reload} />
      </div>
    );
  }
  const { analysis, settings } = state;
  const ribbonError = ribbonErrorClosed ? undefined : state.contents.ribbonError;
  const closeRibbonError = () => {
    setRibbonErrorClosed(true);
    host
      .clearRibbonError()
      .catch((error: unknown) => setActionError(error ?? new Error("clearRibbonError failed")));
  };
  const onEdit = (edit: SettingsEdit) => workbook.updateSettings(editSettings(settings, edit));
  const excluded = new Set(settings.excludedTables.map(settingsKey));
  const findings = analysis.tables.reduce((sum, t) => sum + t.findings.length, 0);
  const tabId = (name: TabName) => `tab-${name}`;
  return (
    <main className={styles.pane}>
      <ReportSection
        settings={settings}
        reportedTables={analysis.tables.filter((t) => !excluded.has(settingsKey(t.key))).length}
        onGoTo={goTo}
      />
      <SourceRange
        range={settings.sourceRange}
        named={state.contents.namedSources}
        onEdit={onEdit}
        onError={(error: unknown) => setActionError(error)}
      />
      {ribbonError && (
        <ErrorMessage
          error={undefined}
          known={ribbonError}
          title={texts.ribbonFailed}
          onDismiss={closeRibbonError}
        />
      )}
      {workbook.saveError !== undefined && (
        <HostError error={workbook.saveError} onDismiss={workbook.clearSaveError} />
      )}
      {actionError !== undefined && (
        <HostError error={actionError} onDismiss={() => setActionError(undefined)} />
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(TABS.find((t) => t === data.value) ?? "tables")}
      >
        <Tab id={tabId("tables")} value="tables">{`${texts.tabTables} (${analysis.tables.length})`}</Tab>
        <Tab id={tabId("checks")} value="checks">{`${texts.tabChecks} (${findings})`}</Tab>
        <Tab id={tabId("settings")} value="settings">
          {texts.tabSettings}
        </Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === "tables" && <TablesPanel analysis={analysis} settings={settings} onEdit={onEdit} />}
        {tab === "checks" && (
          <ChecksPanel analysis={analysis} onSelect={(finding: Finding) => goTo(finding.cell)} />
        )}
        {tab === "settings" && <SettingsPanel settings={settings} onEdit={onEdit} />}
      </div>
    </main>
  );
}
