import type { CellValue, SheetGrid } from "../../src/core/types";

/**
 * A ledger-style source sheet of `lines` cost lines (and a revenue line every tenth), headed like a
 * delårsrapport ("Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget 2025"), with a
 * "Summa" row that adds up. The numbers are deterministic, so the benchmark and the tests get the
 * same sheet every time. Used to measure how the adapters scale (10 … 50 000 lines).
 */
export function buildSyntheticSource(lines: number, name = "Huvudbok"): SheetGrid {
  const rows: CellValue[][] = [
    ["Resultaträkning per kostnadsställe, delår jan-aug 2025", null, null, null, null],
    ["Tkr", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget 2025"],
  ];
  let budgetSum = 0;
  let outcomeSum = 0;
  let yearSum = 0;
  for (let i = 1; i <= lines; i++) {
    const revenue = i % 10 === 0;
    const size = 100 + ((i * 37) % 900);
    const budget = revenue ? -size : size * 2;
    const outcome = budget + (((i * 13) % 41) - 20);
    const year = Math.round((budget * 12) / 8);
    budgetSum += budget;
    outcomeSum += outcome;
    yearSum += year;
    const label = `${revenue ? "Intäkter" : "Kostnader"} kostnadsställe ${String(1000 + i)}`;
    rows.push([label, budget, outcome, budget - outcome, year]);
  }
  rows.push(["Summa", budgetSum, outcomeSum, budgetSum - outcomeSum, yearSum]);
  return { name, cells: rows, origin: { row: 0, col: 0 } };
}
