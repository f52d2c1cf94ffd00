import { splitSheetRef } from "../core/cellAddress";
import { toExcelHostError } from "./describeExcelError";

/** "'My sheet'!G3" → sheet "My sheet", cell "G3"; "Sheet!G3" → "Sheet", "G3". */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const ref = splitSheetRef(address);
  if (!ref) throw toExcelHostError({ code: "InvalidArgument" });
  return { sheet: ref.sheet, cell: ref.local.replace(/\$/g, "") };
}

/** Shows the sheet and selects the cell (a finding's cell, clicked in the pane). One request. */
export async function selectCell(address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  try {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
