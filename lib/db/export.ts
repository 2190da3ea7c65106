import "server-only";
import type { Readable } from "node:stream";
import { to as copyTo } from "pg-copy-streams";
import { db, pgPool, Prisma } from "@/lib/db/client";
import { incidentWhereSql } from "@/lib/db/filters-sql";
import { pageIds } from "@/lib/db/incidents";
import { inlineSql } from "@/lib/db/inline-sql";
import type { IncidentFilters } from "@/lib/api/filters";

export interface ExportRow {
  id: number;
  date: string | null;
  date_precision: string | null;
  place: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  perpetrator: string | null;
  target: string | null;
  killed: number | null;
  killed_low: number | null;
  killed_high: number | null;
  injured: number | null;
  sources: number;
  article_urls: string | null;
  article_sources: string | null;
  evidence: string;
  updated_at: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  "id", "date", "date_precision", "place", "province", "lat", "lon", "geo_precision", "perpetrator", "target",
  "killed", "killed_low", "killed_high", "injured", "sources", "article_urls", "article_sources", "evidence", "updated_at",
];

// The columns of both exports, in EXPORT_COLUMNS order, for the incidents under `where`.
const exportSelect = (where: Prisma.Sql) => Prisma.sql`
  SELECT i."id", to_char(i."date", 'YYYY-MM-DD') AS date, i."datePrecision"::text AS date_precision, i."placeName" AS place,
         i."province", i."lat", i."lon", i."geoPrecision" AS geo_precision, i."perpetrator", i."target",
         i."killed", i."killedLow" AS killed_low, i."killedHigh" AS killed_high, i."injured",
         COALESCE(src.n, 0)::int AS sources, src.urls AS article_urls, src.names AS article_sources,
         i."evidence", to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
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
 * query, so memory stays flat. Resolves once a connection is held (so an outage is a 503,
 * not a broken download); the connection goes back to the pool when the stream ends, and is
 * closed if the stream is abandoned midway.
 */
export async function exportIncidentsCsv(filters: IncidentFilters): Promise<Readable> {
  const statement = inlineSql(Prisma.sql`COPY (${exportSelect(incidentWhereSql(filters))} ORDER BY ${NEWEST_FIRST}) TO STDOUT WITH (FORMAT csv, HEADER true)`);
  const client = await pgPool().connect();
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
 * one batch in memory.
 */
export async function* exportIncidents(filters: IncidentFilters, batch = BATCH): AsyncGenerator<ExportRow[]> {
  const where = incidentWhereSql(filters);
  let cursorId: number | null = null;
  for (;;) {
    const ids = await pageIds(where, "date_desc", batch, cursorId);
    if (!ids.length) return;
    yield await db().$queryRaw<ExportRow[]>`${exportSelect(Prisma.sql`i."id" = ANY(${ids}::int[])`)} ORDER BY ${NEWEST_FIRST}`;
    if (ids.length < batch) return;
    cursorId = ids[ids.length - 1]!;
  }
}
