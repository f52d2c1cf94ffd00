import type { CellValue, SheetGrid } from "../../src/core/types";

/** The account lines of one unit (ledger sign: revenues negative, costs positive) and their budgets in tkr. */
const ACCOUNTS: readonly { readonly label: string; readonly budget: number }[] = [
  { label: "Avgifter", budget: -420 },
  { label: "Statsbidrag", budget: -1_150 },
  { label: "Personalkostnader", budget: 8_300 },
  { label: "Köp av verksamhet", budget: 2_700 },
  { label: "Lokalhyror", budget: 640 },
  { label: "Övriga kostnader", budget: 410 },
];

const UNITS = [
  "Hemtjänst",
  "Särskilt boende",
  "Barn och unga",
  "Försörjningsstöd",
  "LSS boende",
  "Daglig verksamhet",
];

/** A deterministic pseudo-random integer in [-spread, spread], from the row number alone. */
function jitter(row: number, spread: number): number {
  const x = Math.sin(row * 12.9898) * 43_758.5453;
  return Math.round((x - Math.floor(x) - 0.5) * 2 * spread);
}

/**
 * A ledger extract of `lines` table lines (one header row above them) as an economist pastes it:
 * one section per unit ("Ansvar 1001 Hemtjänst", a label with no numbers), its account lines,
 * its "Summa ansvar" row, and a closing "Totalt" row over every unit. Budget 2025, Utfall 2025
 * and Avvikelse (budget − utfall, the ledger convention) in tkr. Units have up to six accounts;
 * the lines are spread evenly over them so the table has exactly `lines` lines (at least 4).
 */
export function makeLedger(lines: number, sheet = "Huvudbok"): SheetGrid {
  if (!Number.isInteger(lines) || lines < 4)
    throw new RangeError(`a ledger needs at least 4 lines, not ${lines}`);
  const unitLines = lines - 1;
  const units = Math.ceil(unitLines / (ACCOUNTS.length + 2));
  const rows: CellValue[][] = [["Tkr", "Budget 2025", "Utfall 2025", "Avvikelse"]];
  let budgetTotal = 0;
  let outcomeTotal = 0;
  for (let unit = 0; unit < units; unit++) {
    const size = Math.floor(unitLines / units) + (unit < unitLines % units ? 1 : 0);
    const id = 1001 + unit;
    rows.push([`Ansvar ${id} ${UNITS[unit % UNITS.length]!}`, null, null, null]);
    let budgetSum = 0;
    let outcomeSum = 0;
    for (const account of ACCOUNTS.slice(0, size - 2)) {
      const budget = account.budget + jitter(rows.length, 60);
      const outcome = budget + jitter(rows.length + 7, 90);
      rows.push([account.label, budget, outcome, budget - outcome]);
      budgetSum += budget;
      outcomeSum += outcome;
    }
    rows.push([`Summa ansvar ${id}`, budgetSum, outcomeSum, budgetSum - outcomeSum]);
    budgetTotal += budgetSum;
    outcomeTotal += outcomeSum;
  }
  rows.push(["Totalt", budgetTotal, outcomeTotal, budgetTotal - outcomeTotal]);
  return { name: sheet, cells: rows };
}
