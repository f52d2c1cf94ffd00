import { join } from "node:path";
import { buildSampleWorkbook } from "../../scripts/buildSampleWorkbook";
import type { CellValue } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { loadFixture } from "../helpers/fixtures";
import { useTempDir } from "./tempDir";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "uppfoljning-exempel.xlsx");

/** A row as JSON, empty strings read as empty cells and trailing empty cells left off. */
function asText(row: readonly CellValue[]): string {
  const values = row.map((value) => (value === "" ? null : value));
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return JSON.stringify(values);
}

describe("the bundled sample workbook", () => {
  const temp = useTempDir();

  it("is what `npm run sample` makes from the fixtures (run it after changing them)", async () => {
    await buildSampleWorkbook().xlsx.writeFile(temp("ny.xlsx"));
    expect(await readWorkbook(SAMPLE)).toEqual(await readWorkbook(temp("ny.xlsx")));
  });

  it("holds every fixture's title and grid, as pasted", async () => {
    const rows = new Set((await readWorkbook(SAMPLE)).flatMap((sheet) => sheet.cells.map(asText)));
    for (const name of [
      "000-social-omsorg",
      "001-verksamhetsmatt-nyckeltal",
      "003-ekonomi",
      "synthetic-delarsrapport",
    ]) {
      const fixture = loadFixture(name);
      for (const row of [[fixture.title], ...fixture.grid, ...(fixture.monthly?.grid ?? [])]) {
        expect(rows).toContain(asText(row));
      }
    }
  });
});
