/**
 * The add-in manifest, validated offline against the XSDs in test/schemas (xmllint, no network),
 * and read with XPath for what the schemas cannot know: every resid defined, the ribbon function
 * registered by commands.ts, icons that exist at the size they claim.
 * xmllint is required: CI installs it (libxml2-utils), and a missing xmllint fails this test.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const SCHEMA = join(ROOT, "test", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

function xmllint(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync("xmllint", ["--nonet", ...args], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint is required to validate manifest.xml: ${run.error.message}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The values an XPath selects in manifest.xml, one per line (xmllint ≥ 2.9 prints them so). */
function xpath(expression: string): string[] {
  const run = xmllint(["--xpath", expression, MANIFEST]);
  if (run.status !== 0) return [];
  return run.stdout
    .split("\n")
    .map((line) => line.trim().replace(/^[\w:]+="(.*)"$/, "$1"))
    .filter((line) => line !== "");
}

/** Elements by local name, so the default namespaces need no prefixes: anywhere below, and as a child. */
const any = (name: string): string => `//*[local-name()='${name}']`;
const child = (name: string): string => `/*[local-name()='${name}']`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schemas, offline", () => {
    const run = xmllint(["--noout", "--schema", SCHEMA, MANIFEST]);
    expect(run.stderr.trim()).toBe(`${MANIFEST} validates`);
    expect(run.status).toBe(0);
  });

  it("is rejected by the same check when broken, so the check can fail", () => {
    const broken = readFileSync(MANIFEST, "utf8").replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, "-"], {
      input: broken,
      encoding: "utf8",
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("Permissions");
  });

  it("is a Workbook task pane add-in in Swedish with an English override", () => {
    expect(xpath(`${any("OfficeApp")}/@*[local-name()='type']`)).toEqual(["TaskPaneApp"]);
    expect(xpath(`${any("DefaultLocale")}/text()`)).toEqual(["sv-SE"]);
    expect(xpath(`${any("OfficeApp")}${child("Hosts")}${child("Host")}/@Name`)).toEqual(["Workbook"]);
    expect(xpath(`${any("DisplayName")}${child("Override")}/@Locale`)).toEqual(["en-US"]);
  });

  it("needs ExcelApi 1.4 and nothing newer: the rest is detected at run time", () => {
    expect(xpath(`${any("Set")}[@Name='ExcelApi']/@MinVersion`)).toEqual(["1.4", "1.4"]);
  });

  it("has a ribbon group with Skapa rapport (the function commands.ts registers) and Öppna panelen", () => {
    expect(xpath(`${any("FunctionName")}/text()`)).toEqual(["skapaRapport"]);
    expect(xpath(`${any("Action")}/@*[local-name()='type']`)).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(xpath(`${any("String")}[@id='SkapaRapport.Label']/@DefaultValue`)).toEqual(["Skapa rapport"]);
    expect(xpath(`${any("String")}[@id='OppnaPanelen.Label']/@DefaultValue`)).toEqual(["Öppna panelen"]);
    expect(xpath(`${any("String")}[@id='SkapaRapport.Label']${child("Override")}/@Value`)).toEqual([
      "Create report",
    ]);
  });

  it("defines every resid it uses, and every string has an en-US override", () => {
    const used = new Set(xpath("//@resid"));
    const defined = new Set(xpath(`${any("Resources")}//@id`));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(10);
    const strings = xpath(`${any("String")}/@id`);
    const overridden = xpath(`${any("String")}[*[local-name()='Override'][@Locale='en-US']]/@id`);
    expect(overridden).toEqual(strings);
  });

  it("serves pages from the dev server and points at icons that exist at their stated size", () => {
    const urls = xpath("//@DefaultValue[starts-with(., 'https://')]");
    expect(urls).toContain("https://localhost:3000/taskpane.html");
    expect(urls).toContain("https://localhost:3000/commands.html");
    for (const url of urls.filter((u) => u.endsWith(".png"))) {
      const file = join(ROOT, url.replace("https://localhost:3000/", ""));
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const ribbonSizes = xpath(`${any("Images")}${child("Image")}/@id`);
    expect(ribbonSizes).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
  });
});
