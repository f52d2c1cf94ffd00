/** A layout sheet would take the name of a sheet that is not ours: the layout was built without the workbook's names. */
export class ReportNameError extends Error {
  constructor(readonly sheetName: string) {
    super(`Rapportbladet "${sheetName}" skulle ersätta ett eget blad med samma namn.`);
    this.name = "ReportNameError";
  }
}
