import { analyseWorkbook } from "../../../src/core/analyseWorkbook";
import { DEFAULT_OPTIONS } from "../../../src/core/types";
import { fixtureSheet } from "../../helpers/fixtures";

/** Roles the user corrected in the panel (AnalysisOptions.columnRoles) win over the headers. */
describe("corrected column roles", () => {
  const sheet = fixtureSheet("000-sociala-myndighetsnamnden");
  const key = "Blad1!A2:E7";

  it("reads the given deviation of column D as recognised", () => {
    const [table] = analyseWorkbook([sheet], DEFAULT_OPTIONS).tables;
    expect(table?.key).toBe(key);
    expect(table?.variances.find((v) => v.row === 3)?.given).toBe(-8814);
  });

  it("stops reading column D as a deviation once the user says it is none", () => {
    const [table] = analyseWorkbook([sheet], {
      ...DEFAULT_OPTIONS,
      columnRoles: { [key]: { D: "unknown" } },
    }).tables;
    expect(table?.table.columns.map((c) => [c.address, c.role])).toEqual([
      ["B", "budget"],
      ["C", "outcome"],
      ["D", "unknown"],
      ["E", "outcome"],
    ]);
    const variance = table?.variances.find((v) => v.row === 3);
    expect(variance?.computed).toBe(19121 - 27935);
    expect(variance?.given).toBeUndefined();
  });

  it("leaves other tables alone: a key that names no table changes nothing", () => {
    const options = { ...DEFAULT_OPTIONS, columnRoles: { "Blad2!A2:E7": { D: "unknown" as const } } };
    const [table] = analyseWorkbook([sheet], options).tables;
    expect(table?.table.columns.find((c) => c.address === "D")?.role).toBe("variance");
  });
});
