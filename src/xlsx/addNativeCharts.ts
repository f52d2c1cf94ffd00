import JSZip from "jszip";
import type { ReportLayout } from "../core/report/types";
import { chartXml, drawingXml } from "./chartXml";
import { sheetParts } from "./sheetParts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

const relationships = (rels: readonly { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the written workbook has no ${path}`);
  return file.async("string");
}

/** `<drawing r:id="…"/>` where CT_Worksheet wants it: before legacy drawings, table parts and extensions. */
function withDrawing(sheetXml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(
      sheetXml,
    );
  const at = before ? before.index : sheetXml.lastIndexOf("</worksheet>");
  const xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  return /xmlns:r=/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet"))))
    ? xml
    : xml.replace("<worksheet", `<worksheet xmlns:r="${REL}"`);
}

/**
 * The layout's charts added as native DrawingML charts to an .xlsx that ExcelJS wrote (ExcelJS
 * writes no charts): per report sheet a drawing part anchoring its charts, a chart part each, and
 * the relationships and content types that tie them in. The charts read the report's cells, so a
 * spreadsheet program redraws their bars when the numbers change (their colours stay as written).
 */
export async function addNativeCharts(bytes: Uint8Array, layout: ReportLayout): Promise<Uint8Array> {
  const withCharts = layout.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let types = await text(zip, "[Content_Types].xml");
  let chartNo = 0;
  for (const [drawingNo, sheet] of withCharts.entries()) {
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`the written workbook has no sheet "${sheet.name}"`);
    const drawing = `xl/drawings/drawing${drawingNo + 1}.xml`;
    const chartRels = sheet.charts.map((spec) => {
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(spec, layout.colours));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_TYPE}"/></Types>`,
      );
      return { type: "chart", target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(drawing, drawingXml(sheet.charts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo + 1}.xml.rels`,
      relationships(chartRels.map((r, i) => ({ id: `rId${i + 1}`, ...r }))),
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/></Types>`,
    );
    const dir = part.slice(0, part.lastIndexOf("/"));
    const relsPath = `${dir}/_rels/${part.slice(dir.length + 1)}.rels`;
    const existing = zip.file(relsPath) ? await text(zip, relsPath) : undefined;
    const id = "rIdUppfoljningDrawing";
    const rel = `<Relationship Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo + 1}.xml"/>`;
    zip.file(
      relsPath,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : relationships([{ id, type: "drawing", target: `../drawings/drawing${drawingNo + 1}.xml` }]),
    );
    zip.file(part, withDrawing(await text(zip, part), id));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
