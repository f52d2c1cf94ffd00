import type { CellStyle, ColourRule, StyleName } from "./types";

/** The report's typography, after the seed reports: plain lines, bold totals over a rule, grey header. */
export const REPORT_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14 },
  meta: { italic: true, size: 9, color: "595959" },
  heading: { bold: true, size: 11 },
  summary: { wrap: true, vertical: "top" },
  header: {
    bold: true,
    fill: "D9E1F2",
    wrap: true,
    vertical: "bottom",
    horizontal: "right",
    bottomBorder: "thin",
  },
  headerLabel: {
    bold: true,
    fill: "D9E1F2",
    wrap: true,
    vertical: "bottom",
    horizontal: "left",
    bottomBorder: "thin",
  },
  line: {},
  section: { bold: true, italic: true },
  total: { bold: true, topBorder: "thin" },
  ofWhich: { italic: true, indent: 1 },
  given: { italic: true },
  comment: { wrap: true, vertical: "top", color: "1F3864" },
  note: { size: 9, color: "595959", wrap: false },
};

/** IBCS: green favourable, red unfavourable, grey within the thresholds. */
export const DEVIATION_COLOURS: Readonly<
  Record<ColourRule, { readonly font: string; readonly fill: string }>
> = {
  favourable: { font: "006100", fill: "C6EFCE" },
  unfavourable: { font: "9C0006", fill: "FFC7CE" },
  neutral: { font: "595959", fill: "EDEDED" },
};
