/** The workbook setting (`workbook.settings`, ExcelApi 1.4) holding the pane's choices as JSON. */
export const SETTINGS_KEY = "Uppfoljning.installningar";

/** The workbook setting where the ribbon button leaves its last failure for the pane to show. */
export const LAST_ERROR_KEY = "Uppfoljning.senasteFel";
