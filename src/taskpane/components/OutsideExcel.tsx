import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTexts } from "../i18n/TextsContext";

const useStyles = makeStyles({ bar: { margin: tokens.spacingHorizontalM } });

/** Shown when the page is opened outside Excel: no Office.js, or another Office host. */
export function OutsideExcel() {
  const { texts } = useTexts();
  const styles = useStyles();
  return (
    <MessageBar className={styles.bar} intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{texts.outsideExcelTitle}</MessageBarTitle>
        {texts.outsideExcel}
      </MessageBarBody>
    </MessageBar>
  );
}
