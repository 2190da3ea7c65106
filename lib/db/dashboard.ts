import "server-only";
// Queries of the dashboard that lib/db/incidents.ts does not have: the summary cards.
import { cache } from "react";
import { db, Prisma } from "@/lib/db/client";
import { cachedRead } from "@/lib/db/read-cache";
import { incidentWhereSql, monthRollupSql } from "@/lib/db/filters-sql";
import type { IncidentFilters } from "@/lib/api/filters";
import { countIncidents, incidentsInOrder, pageIds, provinceSummary, sourcesJson, type IncidentView } from "@/lib/db/incidents";

/**
 * An incident as the map and the table show it: what a row, a marker and its popup need, and
 * no more, because up to a thousand of them travel to the browser on every filter change.
 */
export type DashboardIncident = Omit<IncidentView, "sources" | "updatedAt" | "deletedAt" | "attackersKilled"> & {
  sources: { articleId: number; source: string | null; title: string | null }[];
};

export interface DashboardSummary {
  incidents: number;
  /** Sum of the best estimates. */
  killed: number;
  /** Sums of the low and high estimates (the best estimate where an incident has no range). */
  killedLow: number;
  killedHigh: number;
  /** Incidents whose killed figure is unknown. */
  killedUnknown: number;
  injured: number;
  governorates: number;
  firstDate: string | null;
  lastDate: string | null;
}

type SummaryRow = { incidents: number; killed: number; killedLow: number; killedHigh: number; killedUnknown: number; injured: number; governorates: number; firstDate: string | null; lastDate: string | null };

async function summaryUncached(filters: IncidentFilters): Promise<DashboardSummary> {
  // From the month rollup when the filters allow (dates to the month: the cards show months).
  const rollup = monthRollupSql(filters);
  if (rollup) {
    const [r] = await db().$queryRaw<SummaryRow[]>`
      SELECT COALESCE(SUM(r."incidents"), 0)::int AS incidents,
             COALESCE(SUM(r."killed"), 0)::int AS killed,
             COALESCE(SUM(r."killedLow"), 0)::int AS "killedLow",
             COALESCE(SUM(r."killedHigh"), 0)::int AS "killedHigh",
             COALESCE(SUM(r."killedUnknown"), 0)::int AS "killedUnknown",
             COALESCE(SUM(r."injured"), 0)::int AS injured,
             COUNT(DISTINCT r."province") FILTER (WHERE r."province" <> '' AND r."incidents" > 0)::int AS governorates,
             to_char(MIN(r."month") FILTER (WHERE r."month" > DATE '0001-01-01' AND r."incidents" > 0), 'YYYY-MM-DD') AS "firstDate",
             to_char(MAX(r."month") FILTER (WHERE r."incidents" > 0), 'YYYY-MM-DD') AS "lastDate"
      FROM ${rollup.from}
      WHERE ${rollup.where}`;
    return { ...r!, lastDate: r!.lastDate === "0001-01-01" ? null : r!.lastDate };
  }
  const rows = await db().$queryRaw<
    { incidents: number; killed: number; killedLow: number; killedHigh: number; killedUnknown: number; injured: number; governorates: number; firstDate: string | null; lastDate: string | null }[]
  >`
    SELECT COUNT(*)::int AS incidents,
           COALESCE(SUM(i."killed"), 0)::int AS killed,
           COALESCE(SUM(COALESCE(i."killedLow", i."killed")), 0)::int AS "killedLow",
           COALESCE(SUM(COALESCE(i."killedHigh", i."killed")), 0)::int AS "killedHigh",
           COUNT(*) FILTER (WHERE i."killed" IS NULL)::int AS "killedUnknown",
           COALESCE(SUM(i."injured"), 0)::int AS injured,
           COUNT(DISTINCT i."province")::int AS governorates,
           to_char(MIN(i."date"), 'YYYY-MM-DD') AS "firstDate",
           to_char(MAX(i."date"), 'YYYY-MM-DD') AS "lastDate"
    FROM "Incident" i
    WHERE ${incidentWhereSql(filters)}`;
  const r = rows[0]!;
  return { ...r };
}

/** Totals under the filters, once per request however many widgets ask. */
export const dashboardSummary = cache(cachedRead("dashboardSummary", summaryUncached));

/** How many of the most recent matches the map draws and the table pages through in the browser. */
export const DASHBOARD_ROWS = 1000;

/** The incidents for the map and the table (the most recent DASHBOARD_ROWS), once per request. */
export const dashboardIncidents = cache(
  cachedRead("dashboardIncidents", async (filters: IncidentFilters): Promise<{ incidents: DashboardIncident[]; total: number }> => {
    const [total, ids] = await Promise.all([countIncidents(filters), pageIds(incidentWhereSql(filters), "date_desc", DASHBOARD_ROWS, null)]);
    if (!ids.length) return { total, incidents: [] };
    // One query for the rows and their sources, only the columns shown: through Prisma's
    // findMany with its includes, decoding a thousand full rows was most of a page's time.
    const incidents = await db().$queryRaw<DashboardIncident[]>`
      SELECT i."id", to_char(i."date", 'YYYY-MM-DD') AS date, i."datePrecision"::text AS "datePrecision", i."placeName" AS place,
             i."province", i."lat", i."lon", i."geoPrecision" AS "geoPrecision", i."perpetrator", i."target",
             i."killed", i."killedLow" AS "killedLow", i."killedHigh" AS "killedHigh", i."injured", i."evidence",
             ${sourcesJson(Prisma.sql`'articleId', a."id", 'source', a."source", 'title', a."title"`)} AS sources
      FROM ${incidentsInOrder(ids)}
      ORDER BY k.n`;
    return { total, incidents };
  }),
);

/**
 * Killed per governorate for the map's shading: under every filter except the governorate
 * one, so the governorates not (yet) selected stay shaded and can be added by a click.
 */
export const governorateShading = cache((filters: IncidentFilters) => provinceSummary({ ...filters, province: [] }));
