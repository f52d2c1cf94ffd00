import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTexts } from "../i18n/TextsContext";

/** Shown when the page is opened outside Excel: no Office.js, or another Office host. */
export function OutsideExcel() {
  const { texts } = useTexts();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{texts.outsideExcelTitle}</MessageBarTitle>
        {texts.outsideExcel}
      </MessageBarBody>
    </MessageBar>
  );
}
