import { toExcelHostError } from "./describeExcelError";

/** The address of what the user has selected, with its sheet ("'Blad 1'!B2:E9"). One request. */
export async function selectionAddress(): Promise<string> {
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
  } catch (error) {
    throw toExcelHostError(error);
  }
}
