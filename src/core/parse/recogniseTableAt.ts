import { columnLetters } from "../cellAddress";
import type { ColumnRole, SourceTable } from "../types";
import { buildColumns } from "./buildColumns";
import { decideTableUnit } from "./decideTableUnit";
import { findBodyEnd } from "./findBodyEnd";
import { findDataColumns } from "./findDataColumns";
import { findLabelColumn } from "./findLabelColumn";
import { isTitleLine } from "./isTitleLine";
import { parseHeader } from "./parseHeader";
import { parsePeriod } from "./parsePeriod";
import { readBody } from "./readBody";
import type { HeaderBlock } from "./readHeader";
import type { ReadGrid } from "./readGrid";
import { withColumnRoles } from "./withColumnRoles";

export interface Placement {
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly col: number };
}

function isDataHeader(text: string): boolean {
  const header = parseHeader(text);
  return text !== "" && (header.role !== "unknown" || header.month !== undefined);
}

function titleAbove(grid: ReadGrid, row: number): string | undefined {
  if (!isTitleLine(grid, row)) return undefined;
  for (let c = 0; c < grid.cols; c++) if (grid.text(row, c) !== "") return grid.text(row, c);
  return undefined;
}

/**
 * The table headed by `header`, or undefined when there is no label column or no line with a
 * label and a number. `lastRow` is the last 0-based grid row the table takes. `roles` are the
 * column roles the user corrected (by column letters): they win over the headers.
 */
export function recogniseTableAt(
  grid: ReadGrid,
  header: HeaderBlock,
  place: Placement,
  roles?: Readonly<Record<string, ColumnRole>>,
): { table: SourceTable; lastRow: number } | undefined {
  const top = header.rows[0] ?? 0;
  const first = (header.rows[header.rows.length - 1] ?? top) + 1;
  const last = findBodyEnd(grid, first);
  const firstData = header.texts.findIndex(isDataHeader);
  const labelCol = firstData < 0 || last < first ? undefined : findLabelColumn(grid, firstData, first, last);
  if (labelCol === undefined) return undefined;
  const dataCols = findDataColumns(grid, header.texts, labelCol, first, last);
  const headers = dataCols.map((c) => header.texts[c] ?? "");
  const draft = withColumnRoles(
    buildColumns(header.texts, dataCols, place.origin.col, undefined, "tkr"),
    roles,
  );
  const months = headers.filter((h) => parseHeader(h).month !== undefined).length;
  const body = readBody(
    { grid, labelCol, dataCols, columns: draft, originRow: place.origin.row },
    first,
    last,
    months,
  );
  if (!body.lines.some((l) => l.label !== "" && Object.values(l.values).some((v) => v !== null)))
    return undefined;

  const title = titleAbove(grid, top - 1);
  const labelHeader = header.texts[labelCol] ?? "";
  const measureUnits = body.lines.filter((l) => l.kind === "measure").map((l) => l.unit);
  const unit = decideTableUnit(labelHeader, title, headers, body.kind, measureUnits);
  const titlePeriod = title !== undefined ? parsePeriod(title) : undefined;
  const usesTitle = titlePeriod !== undefined && (titlePeriod.year !== undefined || titlePeriod.partOfYear);
  const columns = withColumnRoles(
    buildColumns(header.texts, dataCols, place.origin.col, usesTitle ? titlePeriod : undefined, unit),
    roles,
  );
  const lines = body.lines.map((l) =>
    l.kind === "measure" && !l.unit && unit !== "other" ? { ...l, unit } : l,
  );
  const lastRow = first + lines.length - 1;
  const column = (c: number) => columnLetters(place.origin.col + c);
  const table: SourceTable = {
    sheet: place.sheet,
    range: `${column(labelCol)}${place.origin.row + top + 1}:${column(dataCols[dataCols.length - 1] ?? labelCol)}${place.origin.row + lastRow + 1}`,
    ...(title !== undefined ? { title } : {}),
    kind: body.kind,
    transposed: body.transposed,
    unit,
    headerRows: header.rows.map((r) => place.origin.row + r + 1),
    labelColumn: {
      index: place.origin.col + labelCol,
      address: column(labelCol),
      header: labelHeader,
      role: "label",
      fromMonth: 1,
      toMonth: 12,
    },
    columns,
    lines,
  };
  return { table, lastRow: last };
}
