// PostgreSQL's COPY takes no bind parameters, so the one COPY we run (the CSV export) gets its
// filter values written into the statement as literals. Only the value types the filters
// produce are accepted; strings go through pg's escapeLiteral.
import pg from "pg";
import type { Prisma } from "@/lib/db/client";

function literal(v: unknown): string {
  if (v === null) return "NULL";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new TypeError(`Cannot inline the number ${v}`);
    return v < 0 ? `(${v})` : String(v);
  }
  if (typeof v === "string") return pg.escapeLiteral(v);
  throw new TypeError(`Cannot inline a value of type ${typeof v}`);
}

/** The statement with every parameter replaced by its SQL literal. */
export function inlineSql(query: Prisma.Sql): string {
  return query.strings.reduce((out, s, i) => out + s + (i < query.values.length ? literal(query.values[i]) : ""), "");
}
