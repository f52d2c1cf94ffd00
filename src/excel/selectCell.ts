import { toExcelHostError } from "./describeExcelError";

/** "'My sheet'!G3" → sheet "My sheet", cell "G3"; "Sheet!G3" → "Sheet", "G3". */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw toExcelHostError({ code: "InvalidArgument" });
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, "") };
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
