/**
 * What the pane asks of Excel: the Office.js adapter's interface (src/excel), under the pane's
 * names. Components get it through `useHost()` and never call `Excel.run` themselves.
 */
export type {
  WorkbookHost as Host,
  HostMessage as Message,
  WorkbookContents,
  GeneratedReport,
} from "../../excel";
