import type { ChartSpec, ReportLayout } from "../core/report/types";

const C_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A chart range as a series formula reads it: "'S'!$A$7,'S'!$A$8,'S'!$A$9" becomes the block
 * "'S'!$A$7:$A$9" when the cells follow each other, else the union "('S'!$A$7,'S'!$A$9)".
 */
export function seriesRef(range: string): string {
  const cells = range.split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
  const parsed = cells.map((cell) => /^(.*)!\$([A-Z]+)\$(\d+)$/.exec(cell));
  const first = parsed[0];
  const contiguous =
    first !== undefined &&
    first !== null &&
    parsed.every(
      (m, i) => m !== null && m[1] === first[1] && m[2] === first[2] && Number(m[3]) === Number(first[3]) + i,
    );
  if (!contiguous) return cells.length === 1 ? range : `(${range})`;
  const last = parsed[parsed.length - 1]!;
  return cells.length === 1 ? range : `${first[1]}!$${first[2]}$${first[3]}:$${first[2]}$${last[3]}`;
}

function solid(rgb: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;
}

/**
 * The DrawingML of a deviation bar chart: one horizontal bar per line, first line on top, each
 * bar coloured as the deviation column (the layout's font colours: strong enough for a bar),
 * values labelled with an explicit sign so the chart reads without colour. The series reads the
 * report's own cells, so Excel and LibreOffice redraw the bars and labels when the numbers change;
 * the colours are the points' own, as written, until the report is made again.
 */
export function chartXml(spec: ChartSpec, colours: ReportLayout["colours"]): string {
  const points = spec.categories
    .map((_, i) => {
      const rule = spec.colours[i] ?? "neutral";
      return `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${solid(colours[rule].font)}</c:dPt>`;
    })
    .join("");
  const categories = spec.categories
    .map((label, i) => `<c:pt idx="${i}"><c:v>${escapeXml(label)}</c:v></c:pt>`)
    .join("");
  const values = spec.values.map((value, i) => `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`).join("");
  const format = escapeXml(spec.valueFormat);
  const count = `<c:ptCount val="${spec.categories.length}"/>`;
  const text = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace ${C_NS}><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Avvikelse</c:v></c:tx>${solid(colours.neutral.font)}<c:invertIfNegative val="0"/>${points}<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(900, false)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>${escapeXml(seriesRef(spec.categoriesRange))}</c:f><c:strCache>${count}${categories}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(seriesRef(spec.valuesRange))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${count}${values}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${text(900, false)}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, false)}<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The drawing part that places a sheet's charts at their anchors (0-based columns and rows), chart i as rId(i+1). */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const marker = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const anchors = specs.map(({ anchor: { row, col, cols, rows }, title }, i) => {
    const frame = `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`;
    const chart = `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/></a:graphicData></a:graphic>`;
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(col - 1, row - 1)}</xdr:from><xdr:to>${marker(col - 1 + cols, row - 1 + rows)}</xdr:to><xdr:graphicFrame macro="">${frame}${chart}</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`;
}
