import type { Column, ColumnRole } from "../types";

/** The columns with the roles the user chose (by column letters); the others as recognised. */
export function withColumnRoles(
  columns: readonly Column[],
  roles: Readonly<Record<string, ColumnRole>> | undefined,
): Column[] {
  if (roles === undefined) return [...columns];
  return columns.map((column) => {
    const role = roles[column.address];
    return role === undefined || role === column.role ? column : { ...column, role };
  });
}
