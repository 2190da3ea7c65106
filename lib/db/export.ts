import "server-only";
import { db } from "@/lib/db/client";
import { incidentWhereSql } from "@/lib/db/filters-sql";
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

const BATCH = 5000;

/**
 * The incidents matching the filters in id order, a batch at a time (keyset on id), so an
 * export of any size holds one batch in memory.
 */
export async function* exportIncidents(filters: IncidentFilters): AsyncGenerator<ExportRow[]> {
  let after = 0;
  for (;;) {
    const rows = await db().$queryRaw<ExportRow[]>`
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
      WHERE ${incidentWhereSql(filters)} AND i."id" > ${after}
      ORDER BY i."id"
      LIMIT ${BATCH}`;
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) return;
  }
}

