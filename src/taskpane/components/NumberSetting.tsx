import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** Reads "5", "2,5" or "1 000" as a number ≥ 0; undefined for anything else. */
function readNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const value = Number(cleaned);
  return cleaned !== "" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export interface NumberSettingProps {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly invalidText: string;
  /** Called with the new value when the user leaves the field or presses Enter. */
  readonly onCommit: (value: number) => void;
}

/** A number typed the Swedish way (decimal comma allowed), committed on blur or Enter. */
export function NumberSetting({ label, unit, value, invalidText, onCommit }: NumberSettingProps) {
  const [draft, setDraft] = useState(String(value).replace(".", ","));
  useEffect(() => setDraft(String(value).replace(".", ",")), [value]);
  const parsed = readNumber(draft);
  const commit = () => {
    if (parsed !== undefined && parsed !== value) onCommit(parsed);
  };
  return (
    <Field label={label} validationMessage={parsed === undefined ? invalidText : undefined}>
      <Input
        inputMode="decimal"
        value={draft}
        contentAfter={unit}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
