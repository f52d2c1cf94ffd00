import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Message } from "../host/Host";
import { useTexts } from "../i18n/TextsContext";

const useStyles = makeStyles({
  details: {
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
});

/** What an unknown error says, for the details a person may send on. */
function detailsOf(error: unknown): string {
  if (error instanceof Error) return [`${error.name}: ${error.message}`, error.stack ?? ""].join("\n").trim();
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export interface ErrorMessageProps {
  readonly error: unknown;
  /** The user message when the error is a known one. */
  readonly known: Message | undefined;
  /** A title that says where the error came from, in place of the general one. */
  readonly title?: string;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}

/**
 * An error in a Fluent MessageBar: a known error with its message; an unknown one as
 * "Något gick fel" with the technical details to expand.
 */
export function ErrorMessage({ error, known, title, onRetry, onDismiss }: ErrorMessageProps) {
  const { texts, language } = useTexts();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? (known ? texts.errorTitle : texts.somethingWentWrong)}</MessageBarTitle>
        {known ? known[language] : null}
        {!known && open && <pre className={styles.details}>{detailsOf(error)}</pre>}
      </MessageBarBody>
      <MessageBarActions>
        {!known && (
          <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {texts.details}
          </Button>
        )}
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            {texts.retry}
          </Button>
        )}
        {onDismiss && (
          <Button size="small" onClick={onDismiss}>
            {texts.dismiss}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
