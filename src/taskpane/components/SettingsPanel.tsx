import { Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../core/settings/types";
import type { SettingsEdit } from "../editSettings";
import { useTexts } from "../i18n/TextsContext";
import { NumberSetting } from "./NumberSetting";

const METHODS = ["budget-profile", "run-rate", "seasonal"] as const;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** Thresholds and forecast method, saved in the workbook. Which tables to report is chosen on each table. */
export function SettingsPanel({
  settings,
  onEdit,
}: {
  settings: Settings;
  onEdit: (edit: SettingsEdit) => void;
}) {
  const { texts } = useTexts();
  const styles = useStyles();
  const { thresholds } = settings;
  return (
    <section className={styles.panel} aria-label={texts.tabSettings}>
      <h2 className={styles.heading}>
        <Subtitle2>{texts.thresholdsHeading}</Subtitle2>
      </h2>
      <NumberSetting
        label={texts.thresholdPercent}
        unit="%"
        value={Math.round(thresholds.percent * 1000) / 10}
        invalidText={texts.invalidNumber}
        onCommit={(percent) =>
          onEdit({ kind: "thresholds", thresholds: { ...thresholds, percent: percent / 100 } })
        }
      />
      <NumberSetting
        label={texts.thresholdAmount}
        unit="tkr"
        value={thresholds.amountTkr}
        invalidText={texts.invalidNumber}
        onCommit={(amountTkr) => onEdit({ kind: "thresholds", thresholds: { ...thresholds, amountTkr } })}
      />
      <Field label={texts.method}>
        <RadioGroup
          value={settings.method}
          onChange={(_, data) => {
            const method = METHODS.find((m) => m === data.value);
            if (method) onEdit({ kind: "method", method });
          }}
        >
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={texts.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
