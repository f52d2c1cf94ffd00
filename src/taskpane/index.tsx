/** The task pane's entry (taskpane.html): the pane over the open workbook, through the Office.js adapter. */
import { createExcelHost } from "../excel/createExcelHost";
import { startPane } from "./startPane";

startPane(createExcelHost);
