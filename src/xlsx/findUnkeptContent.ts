import JSZip from "jszip";
import { partText, parseRelationships, relsOf, resolveTarget, sheetParts } from "./sheetParts";

/** Something on a user's sheet (or in the workbook) that a workbook written through ExcelJS loses. */
export interface UnkeptContent {
  /** The sheet it is on; undefined for the workbook as a whole (macros, external links). */
  readonly sheet?: string;
  readonly sv: string;
  readonly en: string;
}

/** Relationship types of a sheet whose content ExcelJS neither reads nor writes back. */
const SHEET_PARTS: Readonly<Record<string, { sv: string; en: string }>> = {
  pivotTable: { sv: "pivottabell", en: "pivot table" },
  oleObject: { sv: "inbäddat objekt", en: "embedded object" },
  control: { sv: "formulärkontroll", en: "form control" },
  ctrlProp: { sv: "formulärkontroll", en: "form control" },
  slicer: { sv: "utsnitt", en: "slicer" },
  timeline: { sv: "tidslinje", en: "timeline" },
};
const CHART = { sv: "diagram", en: "chart" };
const WORKBOOK_PARTS: Readonly<Record<string, { sv: string; en: string }>> = {
  vbaProject: { sv: "makron", en: "macros" },
  externalLink: { sv: "länkar till andra arbetsböcker", en: "links to other workbooks" },
};

/**
 * What writing the report through ExcelJS would drop from `bytes` (an .xlsx): charts, pivot tables,
 * embedded objects, form controls and slicers on the sheets not named in `ours` (our own report
 * sheets are written anew), and macros or external links of the workbook. ExcelJS keeps cells,
 * formats, merges, notes and pictures; it rewrites a drawing with its pictures only.
 */
export async function findUnkeptContent(
  bytes: Uint8Array,
  ours: ReadonlySet<string>,
): Promise<UnkeptContent[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: UnkeptContent[] = [];
  for (const [sheet, part] of await sheetParts(zip)) {
    if (ours.has(sheet)) continue;
    const kinds = new Set<{ sv: string; en: string }>();
    for (const rel of parseRelationships(await partText(zip, relsOf(part))).values()) {
      const kind = SHEET_PARTS[rel.type];
      if (kind) kinds.add(kind);
      if (rel.type !== "drawing") continue;
      const drawing = resolveTarget(part, rel.target);
      const inDrawing = parseRelationships(await partText(zip, relsOf(drawing)));
      if ([...inDrawing.values()].some((r) => r.type === "chart")) kinds.add(CHART);
    }
    for (const kind of kinds) found.push({ sheet, ...kind });
  }
  for (const rel of parseRelationships(await partText(zip, relsOf("xl/workbook.xml"))).values()) {
    const kind = WORKBOOK_PARTS[rel.type];
    if (kind && !found.some((f) => f.sheet === undefined && f.sv === kind.sv)) found.push(kind);
  }
  return found;
}
