import type { Finding, FindingCode, Severity } from "../types";

const SEVERITY: Record<FindingCode, Severity> = {
  "variance-mismatch": "error",
  "sum-mismatch": "error",
  "sign-flip": "error",
  "material-deviation": "warning",
  "missing-value": "warning",
  "error-value": "warning",
  "duplicate-column": "warning",
  "series-break": "warning",
  rounding: "info",
  "text-number": "info",
  "empty-column": "info",
};

/** A finding with the severity its code always has; the row is read from the cell ("Blad1!E8" → 8). */
export function makeFinding(
  code: FindingCode,
  fields: {
    cell: string;
    label: string;
    expected?: number;
    actual?: number;
    message: string;
    messageEn: string;
  },
): Finding {
  const row = Number(/(\d+)$/.exec(fields.cell)?.[1] ?? 0);
  return {
    code,
    severity: SEVERITY[code],
    cell: fields.cell,
    row,
    label: fields.label,
    ...(fields.expected !== undefined ? { expected: fields.expected } : {}),
    ...(fields.actual !== undefined ? { actual: fields.actual } : {}),
    message: fields.message,
    messageEn: fields.messageEn,
  };
}
