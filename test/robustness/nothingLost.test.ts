/**
 * Nothing lost: the report never changes a cell of the user's sheets (value, formula, number
 * format, merges, hidden rows and columns), regenerating twice equals regenerating once, and
 * every comment a person wrote comes back: on its line wherever the line moved, in "Kommentarer
 * utan rad" when the line is gone. A user's sheet named like a report sheet is never touched.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import { findReportSheets } from "../../src/xlsx/findReportSheets";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { writeReportFile } from "../../src/xlsx/writeReportFile";
import { CORPUS } from "../fixtures/hostile/corpusCases";
import { useTempDir } from "../xlsx/tempDir";
import { EXPECTED } from "./corpusExpectations";
import { sheetState, workbookState } from "./workbookState";

const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
let cases = 0;

const load = loadWorkbook;

/** The report sheets of a workbook, by name, in their state. */
async function reportState(path: string): Promise<Record<string, unknown>> {
  const workbook = await load(path);
  return Object.fromEntries(findReportSheets(workbook).map((ws) => [ws.name, sheetState(ws)]));
}

/** Kommentar cells of a report sheet's table by the line's label (column A), in row order. */
function commentsOf(ws: ExcelJS.Worksheet): [string, string][] {
  let commentCol = 0;
  const out: [string, string][] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (cell.value === "Kommentar") commentCol = c;
    });
  });
  let orphans = false;
  ws.eachRow((row, r) => {
    const label = row.getCell(1).text;
    orphans ||= label === "Kommentarer utan rad";
    if (orphans) return;
    const cell = ws.getCell(r, commentCol);
    if (label !== "" && cell.type !== ExcelJS.ValueType.Formula && cell.text !== "")
      out.push([label, cell.text]);
  });
  return out;
}

/** The rows of a report sheet from "Kommentarer utan rad" down, as text. */
function orphanArea(ws: ExcelJS.Worksheet): string {
  let from = 0;
  const lines: string[] = [];
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === "Kommentarer utan rad") from = r;
    const texts: string[] = [];
    row.eachCell((cell) => void texts.push(cell.text));
    if (from > 0) lines.push(texts.join(" | "));
  });
  return lines.join("\n");
}

afterAll(() => {
  process.stdout.write(`robustness nothing-lost: ${cases} cases\n`);
});

describe("the user's sheets are left exactly as they were, and a second run changes nothing", () => {
  const temp = useTempDir();
  const reported = CORPUS.filter((c) => EXPECTED[c.name]!.tables.length > 0);

  it.each(reported.map((c) => c.name))("%s", async (name) => {
    cases++;
    const input = join(HOSTILE, `${name}.xlsx`);
    const before = readFileSync(input);
    const sources = (await load(input)).worksheets.map((ws) => ws.name);
    const original = workbookState(await load(input), sources);

    await writeReportFile(input, temp(`${name}-1.xlsx`), DEFAULT_SETTINGS);
    await writeReportFile(temp(`${name}-1.xlsx`), temp(`${name}-2.xlsx`), DEFAULT_SETTINGS);

    expect(readFileSync(input).equals(before)).toBe(true);
    const once = await load(temp(`${name}-1.xlsx`));
    expect(workbookState(once, sources)).toEqual(original);
    expect(findReportSheets(once).length).toBeGreaterThan(0);
    expect(workbookState(await load(temp(`${name}-2.xlsx`)), sources)).toEqual(original);
    expect(await reportState(temp(`${name}-2.xlsx`))).toEqual(await reportState(temp(`${name}-1.xlsx`)));
  });
});

describe("comments survive when lines are added, removed and reordered", () => {
  const temp = useTempDir();
  const header = ["", "Budget 2024", "Utfall 2024", "Avvikelse"];
  const lines: Record<string, (string | number)[]> = {
    Intäkter: ["Intäkter", -2000, -2300, 300],
    Personalkostnader: ["Personalkostnader", 8000, 7600, 400],
    Köp: ["Köp av verksamhet", 3000, 3500, -500],
    Lokaler: ["Lokalkostnader", 500, 500, 0],
  };

  /** Writes the source sheet "Blad1" of a workbook afresh with the given lines and their Summa. */
  function writeSource(ws: ExcelJS.Worksheet, keys: readonly string[]): void {
    ws.spliceRows(1, ws.rowCount);
    const rows = keys.map((k) => lines[k]!);
    const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
    [["Ekonomi 2024"], header, ...rows, ["Summa", sum(1), sum(2), sum(3)]].forEach((row, r) =>
      row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)),
    );
  }

  it("keeps each comment on its line, and one whose line is gone under Kommentarer utan rad", async () => {
    cases++;
    const first = new ExcelJS.Workbook();
    writeSource(first.addWorksheet("Blad1"), ["Intäkter", "Personalkostnader", "Köp"]);
    await first.xlsx.writeFile(temp("in.xlsx"));
    await writeReportFile(temp("in.xlsx"), temp("r1.xlsx"), DEFAULT_SETTINGS);

    const edited = await load(temp("r1.xlsx"));
    const report = findReportSheets(edited)[0]!;
    const written: Record<string, string> = {
      Intäkter: "Fler barn i förskolan gav högre avgifter.",
      Personalkostnader: '=HYPERLINK("http://x","y") är ingen formel',
      "Köp av verksamhet": "@SUM(A1): placeringar på HVB.",
    };
    report.eachRow((row, r) => {
      const text = written[row.getCell(1).text];
      if (text === undefined) return;
      report.getCell(r, findCommentColumn(report)).value = { richText: [{ text }] };
    });
    writeSource(edited.getWorksheet("Blad1")!, ["Personalkostnader", "Lokaler", "Intäkter"]);
    await edited.xlsx.writeFile(temp("edited.xlsx"));

    await writeReportFile(temp("edited.xlsx"), temp("r2.xlsx"), DEFAULT_SETTINGS);
    await writeReportFile(temp("r2.xlsx"), temp("r3.xlsx"), DEFAULT_SETTINGS);
    for (const file of ["r2.xlsx", "r3.xlsx"]) {
      const ws = findReportSheets(await load(temp(file)))[0]!;
      const comments = commentsOf(ws).filter(([label]) => label in written);
      expect(comments).toEqual([
        ["Personalkostnader", written.Personalkostnader],
        ["Intäkter", written.Intäkter],
      ]);
      expect(orphanArea(ws)).toContain(written["Köp av verksamhet"]);
      expect(orphanArea(ws).split(written["Köp av verksamhet"]!)).toHaveLength(2);
      const formulas: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula))));
      expect(formulas.filter((f) => /HYPERLINK|SUM\(A1\)/.test(f))).toEqual([]);
    }
  });
});

/** The column whose header reads "Kommentar". */
function findCommentColumn(ws: ExcelJS.Worksheet): number {
  let col = 0;
  ws.eachRow((row) =>
    row.eachCell((cell, c) => {
      if (cell.value === "Kommentar") col = c;
    }),
  );
  return col;
}

describe("two lines with the same label", () => {
  const temp = useTempDir();

  it("keep both their comments, each on its own line", async () => {
    cases++;
    await writeReportFile(join(HOSTILE, "duplicate-labels.xlsx"), temp("r1.xlsx"), DEFAULT_SETTINGS);
    const edited = await load(temp("r1.xlsx"));
    const report = findReportSheets(edited)[0]!;
    const col = findCommentColumn(report);
    const texts = ["Första: ramavtal för HVB.", "Andra: färre köpta platser."];
    let n = 0;
    report.eachRow((row, r) => {
      if (row.getCell(1).text === "Köp av verksamhet" && n < texts.length)
        report.getCell(r, col).value = texts[n++]!;
    });
    expect(n).toBe(2);
    await edited.xlsx.writeFile(temp("edited.xlsx"));
    await writeReportFile(temp("edited.xlsx"), temp("r2.xlsx"), DEFAULT_SETTINGS);
    const again = findReportSheets(await load(temp("r2.xlsx")))[0]!;
    expect(commentsOf(again).filter(([label]) => label === "Köp av verksamhet")).toEqual(
      texts.map((t) => ["Köp av verksamhet", t]),
    );
  });
});
