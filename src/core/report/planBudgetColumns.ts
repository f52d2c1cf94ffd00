import { columnLetters } from "../cellAddress";
import { formatNumber } from "../format/formatNumber";
import { amountFormats } from "./amountFormats";
import { NUMBER_FORMATS } from "./types";
import type { ReportRows } from "./collectReportRows";
import type { Unit } from "../types";

export type BudgetColumnId =
  | "label"
  | `leading${number}`
  | "budget"
  | "outcome"
  | "deviation"
  | "deviationPercent"
  | "consumption"
  | "fullBudget"
  | "forecast"
  | "forecastDeviation"
  | `prior${number}`
  | "comment"
  | "key"
  | "machine";

export interface PlannedColumn {
  readonly id: BudgetColumnId;
  /** 1-based. */
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly hidden?: boolean;
}

const UNIT_LABEL: Partial<Record<Unit, string>> = { tkr: "tkr", kr: "kr", mnkr: "mnkr", mdkr: "mdkr" };

/** 13 characters, or wider where a word of the source's header would not fit ("Nettokostnader"). */
const widthFor = (header: string) => Math.max(13, ...header.split(/\s+/).map((word) => word.length + 2));

/**
 * The columns of a budget report in report order: line, the inputs shown before the budget (an
 * original budget; a transposed table's other lines), budget, outcome, avvikelse, avvikelse %,
 * förbrukningsgrad (interim), full-year budget, Helårsprognos, avvikelse mot helårsbudget, earlier
 * years, Kommentar; then two hidden columns holding the keys that regeneration matches by.
 */
export function planBudgetColumns(rows: ReportRows, unit: Unit, linearShare?: number): PlannedColumn[] {
  const { amount, deviation } = amountFormats(rows, unit);
  const specs: Omit<PlannedColumn, "col" | "letter">[] = [
    { id: "label", header: `(${UNIT_LABEL[unit] ?? "tkr"})`, width: 38 },
    ...rows.leadingHeaders.map((header, i) => ({
      id: `leading${i}` as const,
      header,
      width: widthFor(header),
      numFmt: amount,
    })),
    { id: "budget", header: rows.budgetHeader, width: widthFor(rows.budgetHeader), numFmt: amount },
    { id: "outcome", header: rows.outcomeHeader, width: widthFor(rows.outcomeHeader), numFmt: amount },
    { id: "deviation", header: "Avvikelse\nmot budget", width: 13, numFmt: deviation },
    { id: "deviationPercent", header: "Avvikelse\n%", width: 11, numFmt: NUMBER_FORMATS.deviationPercent },
  ];
  if (linearShare !== undefined && rows.fullBudgetHeader !== undefined) {
    const linear = formatNumber(linearShare * 100, 1);
    specs.push({
      id: "consumption",
      header: `Förbruknings-\ngrad\n(linjärt ${linear} %)`,
      width: 17,
      numFmt: NUMBER_FORMATS.percent,
    });
  }
  if (rows.fullBudgetHeader !== undefined) {
    const header = rows.fullBudgetHeader;
    specs.push({ id: "fullBudget", header, width: widthFor(header), numFmt: amount });
  }
  if (rows.forecastHeader !== undefined) {
    specs.push({ id: "forecast", header: rows.forecastHeader, width: 14, numFmt: amount });
    if (rows.fullBudgetHeader !== undefined) {
      specs.push({
        id: "forecastDeviation",
        header: "Avvikelse mot\nhelårsbudget",
        width: 14,
        numFmt: deviation,
      });
    }
  }
  rows.priorHeaders.forEach((header, i) =>
    specs.push({ id: `prior${i}`, header, width: widthFor(header), numFmt: amount }),
  );
  specs.push({ id: "comment", header: "Kommentar", width: 48 });
  specs.push({ id: "key", header: "", width: 10, hidden: true });
  specs.push({ id: "machine", header: "", width: 10, hidden: true });
  return specs.map((spec, i) => ({ ...spec, col: i + 1, letter: columnLetters(i) }));
}
