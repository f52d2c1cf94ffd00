/** Source tables typed in as an economist's sheet holds them, for the report tests. */
import type { CellValue } from "../../src/core/types";

/** A table in mnkr, result convention (costs negative); Utfall comes before Budget. */
export const MNKR_GRID: CellValue[][] = [
  ["Belopp i mnkr", "Utfall 2024", "Budget 2024", "Utfall 2023"],
  ["Äldreomsorg", -210.5, -200.0, -190.1],
  ["IFO", -50.2, -55.0, -48.0],
  ["Totalt", -260.7, -255.0, -238.1],
];

/** A table in whole tkr, absolute convention. */
export const TKR_GRID: CellValue[][] = [
  ["tkr", "Budget 2024", "Utfall 2024"],
  ["Hemtjänst", 1200, 1150],
  ["Boende", 2100, 2200],
  ["Summa", 3300, 3350],
];

/** A table with the original and the adjusted budget of one year (absolute convention). */
export const ORIGINAL_BUDGET_GRID: CellValue[][] = [
  ["tkr", "Ursprunglig budget 2024", "Budget inkl. tilläggsanslag 2024", "Utfall 2024", "Avvikelse"],
  ["Hemtjänst", 1000, 1200, 1150, 50],
  ["Boende", 2000, 2100, 2200, -100],
  ["Summa", 3000, 3300, 3350, -50],
];
