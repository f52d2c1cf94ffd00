/** The Office.js adapter: what the task pane and the ribbon function use. See docs/excel-adapter.md. */
export { createExcelHost, type WorkbookHost } from "./createExcelHost";
export { ExcelHostError, type HostMessage } from "./ExcelHostError";
export { describeExcelError, toUserMessage } from "./describeExcelError";
export { generateReport, type GeneratedReport } from "./generateReport";
export { readWorkbook, type WorkbookContents } from "./readWorkbook";
export { saveSettings } from "./saveSettings";
export { selectCell } from "./selectCell";
export { onSourcesChanged } from "./onSourcesChanged";
export { clearRibbonError } from "./clearRibbonError";
export { selectionAddress } from "./selectionAddress";
export { resolveSourceRange, type NamedSource } from "./namedSources";
export { LAST_ERROR_KEY, SETTINGS_KEY } from "./settingsKey";
