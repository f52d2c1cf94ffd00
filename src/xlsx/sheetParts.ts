import type JSZip from "jszip";

export const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** A part's text, or "" when the package has no such part. */
export async function partText(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** The relationships of a part's `_rels` file: id → type (the last path segment) and target. */
export function parseRelationships(xml: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\s[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1];
    const id = attr("Id");
    const type = attr("Type");
    const target = attr("Target");
    if (id && type && target) rels.set(id, { type: type.slice(type.lastIndexOf("/") + 1), target });
  }
  return rels;
}

/** A relationship's target as a path in the package, resolved against the folder of its source part. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** The `_rels` part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The part path of each sheet by name, from the workbook and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await partText(zip, "xl/workbook.xml");
  const targets = parseRelationships(await partText(zip, relsOf("xl/workbook.xml")));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\sr:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id)?.target;
    if (name !== undefined && target) parts.set(unescapeXml(name), resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}
