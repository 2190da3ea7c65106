import "server-only";
import type { Readable } from "node:stream";
import { to as copyTo } from "pg-copy-streams";
import { Prisma, queryRowsOn } from "@/lib/db/client";
import { exportConnection } from "@/lib/db/replica";
import { incidentWhereSql } from "@/lib/db/filters-sql";
import { pageIds } from "@/lib/db/incidents";
import { inlineSql } from "@/lib/db/inline-sql";
import { selectFields } from "@/lib/db/field-sql";
import { type ExportValues, type FieldKey, type FieldSpec, fieldsIn, INCIDENT_FIELDS } from "@/lib/incidents/fields";
import type { IncidentFilters } from "@/lib/incidents/filters";

const FIELDS = fieldsIn("export");
const exportName = (k: FieldKey) => (INCIDENT_FIELDS[k] as FieldSpec).exportAs ?? k;
const EVIDENCE_AT = FIELDS.indexOf("evidence");

/** The provenance of each row: how many articles tell it, their URLs and outlets. */
const PROVENANCE = ["sources", "article_urls", "article_sources"] as const;

/**
 * The export's columns: the id, the incident's exported fields with the provenance columns
 * before its evidence sentence, and when it last changed.
 */
export const EXPORT_COLUMNS: string[] = [
  "id",
  ...FIELDS.slice(0, EVIDENCE_AT).map(exportName),
  ...PROVENANCE,
  ...FIELDS.slice(EVIDENCE_AT).map(exportName),
  "updated_at",
];
export type ExportRow = ExportValues & { id: number; sources: number; article_urls: string | null; article_sources: string | null; updated_at: string };

/** The exported fields whose values are text: a number or a yes/no is never read as a formula. */
const TEXT_FIELDS = new Set<FieldKey>(
  FIELDS.filter((k) => !INCIDENT_FIELDS[k].value.safeParse(1).success && !INCIDENT_FIELDS[k].value.safeParse(true).success),
);

/**
 * A text value a spreadsheet will not run, as OWASP advises against CSV injection: one that
 * starts with = + - @ tab or carriage return gets a leading single quote. An article sentence
 * can start that way, and a spreadsheet opening the export would evaluate it as a formula.
 */
const spreadsheetSafe = (sql: string) =>
  // The first character's code (9 and 13: tab and carriage return) costs half of left(value, 1), which makes a string per cell.
  `CASE WHEN ascii(${sql}::text) IN (ascii('='), ascii('+'), ascii('-'), ascii('@'), 9, 13) THEN '''' || ${sql} ELSE ${sql}::text END`;

/** What a column's value becomes in an export: `key` is the field, or "provenance" for the article columns. */
type Cell = (key: FieldKey | "provenance", sql: string) => string;
const asStored: Cell = (_k, sql) => sql;
const csvCell: Cell = (k, sql) => (k === "provenance" || TEXT_FIELDS.has(k) ? spreadsheetSafe(sql) : sql);

// The columns of both exports, in EXPORT_COLUMNS order, for the incidents under `where`.
const exportSelect = (where: Prisma.Sql, cell = asStored) => Prisma.sql`
  SELECT i."id", ${selectFields(FIELDS.slice(0, EVIDENCE_AT), { name: exportName, cell })},
         COALESCE(src.n, 0)::int AS sources, ${Prisma.raw(cell("provenance", "src.urls"))} AS article_urls,
         ${Prisma.raw(cell("provenance", "src.names"))} AS article_sources,
         ${selectFields(FIELDS.slice(EVIDENCE_AT), { name: exportName, cell })}, to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
  FROM "Incident" i
  LEFT JOIN LATERAL (
    SELECT COUNT(*) AS n, string_agg(a."url", ' | ' ORDER BY s."id") AS urls, string_agg(a."source", ' | ' ORDER BY s."id") AS names
    FROM "IncidentSource" s JOIN "Article" a ON a."id" = s."articleId"
    WHERE s."incidentId" = i."id"
  ) src ON true
  WHERE ${where}`;

// Newest first, undated last: the order of the (synthetic, date DESC NULLS LAST, id DESC)
// index (and of pageIds' date_desc), so PostgreSQL reads the rows in order instead of sorting them.
const NEWEST_FIRST = Prisma.raw(`i."date" DESC NULLS LAST, i."id" DESC`);

/**
 * The CSV export as PostgreSQL writes it (`COPY ... TO STDOUT WITH CSV HEADER`): its own CSV
 * quoting, no row objects in between, and TCP back-pressure from a slow client pauses the
 * query, so memory stays flat. Text cells are made safe to open in a spreadsheet (spreadsheetSafe).
 * It runs on the export pool (the replica's when reads use it). Resolves once a connection is held (so an outage is a 503, not
 * a broken download); the connection goes back to the pool when the stream ends, and is
 * closed if the stream is abandoned midway.
 */
export async function exportIncidentsCsv(filters: IncidentFilters): Promise<Readable> {
  const select = exportSelect(incidentWhereSql(filters), csvCell);
  const statement = inlineSql(Prisma.sql`COPY (${select} ORDER BY ${NEWEST_FIRST}) TO STDOUT WITH (FORMAT csv, HEADER true)`);
  const client = await exportConnection();
  let released = false;
  const release = (err?: Error) => {
    if (released) return;
    released = true;
    client.release(err);
  };
  const stream = client.query(copyTo(statement));
  let ended = false;
  stream.on("end", () => {
    ended = true;
    release();
  });
  stream.on("error", (e) => release(e));
  // Destroyed before its end (the client went away): the COPY is still running on this
  // connection, which must not go back to the pool.
  stream.on("close", () => release(ended ? undefined : new Error("CSV export abandoned")));
  return stream;
}

const BATCH = 5000;

/**
 * The incidents matching the filters, newest first (undated last), a batch at a time: each
 * batch's ids by the keyset the API's pages use, then their rows. An export of any size holds
 * one batch in memory. It reads on one connection of the export pool (the replica's when reads use it), given back when the
 * export ends or is abandoned.
 */
export async function* exportIncidents(filters: IncidentFilters, batch = BATCH): AsyncGenerator<ExportRow[]> {
  const where = incidentWhereSql(filters);
  const client = await exportConnection();
  const query = queryRowsOn(() => client);
  let failed: Error | undefined;
  try {
    for (let cursorId: number | null = null; ; ) {
      const ids = await pageIds(where, "date_desc", batch, cursorId, query);
      if (!ids.length) return;
      yield await query<ExportRow>`${exportSelect(Prisma.sql`i."id" = ANY(${ids}::int[])`)} ORDER BY ${NEWEST_FIRST}`;
      if (ids.length < batch) return;
      cursorId = ids[ids.length - 1]!;
    }
  } catch (e) {
    failed = e as Error;
    throw e;
  } finally {
    client.release(failed);
  }
}
