import { parseRangeAddress } from "../parse/cropToRange";
import { DEFAULT_SETTINGS, type Settings } from "./types";
import type { ColumnRole, SignConvention } from "../types";

const METHODS = ["run-rate", "budget-profile", "seasonal"] as const;
const CONVENTIONS: readonly string[] = ["ledger", "result", "absolute"] satisfies SignConvention[];
const ROLES: readonly string[] = [
  "label",
  "budget",
  "outcome",
  "forecast",
  "variance",
  "value",
  "unknown",
] satisfies ColumnRole[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function pickStrings<T extends string>(value: unknown, allowed: readonly string[]): Record<string, T> {
  if (!isRecord(value)) return {};
  const picked: Record<string, T> = {};
  for (const [key, v] of Object.entries(value))
    if (typeof v === "string" && allowed.includes(v)) picked[key] = v as T;
  return picked;
}

/**
 * A range to read: an address with its sheet ("'Blad 1'!A1:E9"), or the name of an Excel table or
 * named range ("Budget2025"; letters, digits, _ . \, not a cell like "AB12"), which the host resolves.
 */
function isSourceRange(value: unknown): value is string {
  if (typeof value !== "string") return false;
  if (parseRangeAddress(value)) return true;
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(value) && !/^([A-Z]{1,3}\d+|[RC]\d*|R\d+C\d+)$/i.test(value)
  );
}

function finite(value: unknown, fallback: number, min: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= min ? value : fallback;
}

/**
 * Settings read back from the workbook (JSON written by an earlier version, or edited by hand):
 * whatever is valid is kept, whatever is missing or malformed falls back to the default. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const thresholds = isRecord(raw["thresholds"]) ? raw["thresholds"] : {};
  const method = METHODS.find((m) => m === raw["method"]) ?? DEFAULT_SETTINGS.method;
  const roles = isRecord(raw["columnRoles"]) ? raw["columnRoles"] : {};
  const columnRoles: Record<string, Record<string, ColumnRole>> = {};
  for (const [table, byColumn] of Object.entries(roles)) {
    const picked = pickStrings<ColumnRole>(byColumn, ROLES);
    if (Object.keys(picked).length > 0) columnRoles[table] = picked;
  }
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  const inverted = isRecord(raw["invertedLines"]) ? raw["invertedLines"] : {};
  const invertedLines: Record<string, string[]> = {};
  for (const [table, labels] of Object.entries(inverted)) {
    if (strings(labels).length > 0) invertedLines[table] = strings(labels);
  }
  return {
    version: 1,
    thresholds: {
      percent: finite(thresholds["percent"], DEFAULT_SETTINGS.thresholds.percent, 0),
      amountTkr: finite(thresholds["amountTkr"], DEFAULT_SETTINGS.thresholds.amountTkr, 0),
    },
    method,
    signConventions: pickStrings<SignConvention>(raw["signConventions"], CONVENTIONS),
    columnRoles,
    invertedLines,
    ...(isSourceRange(raw["sourceRange"]) ? { sourceRange: raw["sourceRange"] } : {}),
    excludedTables: strings(raw["excludedTables"]),
  };
}
