import "server-only";
// Queries of the dashboard that lib/db/incidents.ts does not have: the summary cards.
import { cache } from "react";
import { Prisma, queryRows, readDb } from "@/lib/db/client";
import { replicaRead } from "@/lib/db/replica";
import { selectFields } from "@/lib/db/field-sql";
import { colOf, type Measure, rowSumsSql, storedSumsSql } from "@/lib/db/rollups";
import { fieldsIn, type IncidentValues } from "@/lib/incidents/fields";
import { cachedRead } from "@/lib/db/read-cache";
import { incidentWhereSql, monthRollupSql } from "@/lib/db/filters-sql";
import { filtersToSearchParams, type IncidentFilters } from "@/lib/incidents/filters";
import { listTallies, type TallyView } from "@/lib/db/articles";
import { countIncidents, incidentsInOrder, pageIds, provinceSummary, sourcesJson } from "@/lib/db/incidents";

/**
 * An incident as the map and the table show it: what a row, a marker and its popup need, and
 * no more, because up to a thousand of them travel to the browser on every filter change.
 */
export type DashboardIncident = { id: number } & IncidentValues<"dashboard"> & {
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
  /** How many of the killed and injured figures summed are vague words' floors ("dozens" = 12): the sums are floors then. */
  killedFloors: number;
  injuredFloors: number;
  /** Whether any of them reports an injured figure: a sum of 0 alone cannot tell "none reported" from "0 injured". */
  injuredReported: boolean;
  governorates: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Incidents with no date, and their killed: in these totals, but in no chart (a chart needs a month). */
  undated: number;
  undatedKilled: number;
}

const SUMMARY: Measure[] = ["incidents", "killed", "killedLow", "killedHigh", "killedUnknown", "injured", "killedFloors", "injuredFloors"];

type SummaryRow = {
  incidents: number;
  killed: number;
  killedLow: number;
  killedHigh: number;
  killedUnknown: number;
  injured: number;
  killedFloors: number;
  injuredFloors: number;
  governorates: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  undatedKilled: number;
};

async function summarySums(filters: IncidentFilters): Promise<SummaryRow> {
  // From the month rollup when the filters allow (dates to the month: the cards show months).
  const rollup = monthRollupSql(filters);
  if (rollup) {
    const [r] = await readDb().$queryRaw<SummaryRow[]>`
      SELECT ${Prisma.raw(storedSumsSql(SUMMARY, "r"))},
             COUNT(DISTINCT r."province") FILTER (WHERE r."province" <> '' AND r."incidents" > 0)::int AS governorates,
             to_char(MIN(r."month") FILTER (WHERE r."month" > DATE '0001-01-01' AND r."incidents" > 0), 'YYYY-MM-DD') AS "firstDate",
             to_char(MAX(r."month") FILTER (WHERE r."incidents" > 0), 'YYYY-MM-DD') AS "lastDate",
             COALESCE(SUM(r."incidents") FILTER (WHERE r."month" = DATE '0001-01-01'), 0)::int AS undated,
             COALESCE(SUM(r."killed") FILTER (WHERE r."month" = DATE '0001-01-01'), 0)::int AS "undatedKilled"
      FROM ${rollup.from}
      WHERE ${rollup.where}`;
    return { ...r!, lastDate: r!.lastDate === "0001-01-01" ? null : r!.lastDate };
  }
  const [r] = await queryRows<SummaryRow>`
    SELECT ${Prisma.raw(rowSumsSql(SUMMARY, colOf("i")))},
           COUNT(DISTINCT i."province")::int AS governorates,
           to_char(MIN(i."date"), 'YYYY-MM-DD') AS "firstDate",
           to_char(MAX(i."date"), 'YYYY-MM-DD') AS "lastDate",
           COUNT(*) FILTER (WHERE i."date" IS NULL)::int AS undated,
           COALESCE(SUM(i."killed") FILTER (WHERE i."date" IS NULL), 0)::int AS "undatedKilled"
    FROM "Incident" i
    WHERE ${incidentWhereSql(filters)}`;
  return r!;
}

/** Asks the rows only when the sum is 0, so large sets with injured figures never pay for it. */
async function injuredReported(filters: IncidentFilters, s: SummaryRow): Promise<boolean> {
  if (s.injured > 0) return true;
  if (s.incidents === 0) return false;
  const [r] = await queryRows<{ reported: boolean }>`
    SELECT EXISTS (SELECT 1 FROM "Incident" i WHERE ${incidentWhereSql(filters)} AND i."injured" IS NOT NULL) AS reported`;
  return r!.reported;
}

async function summaryUncached(filters: IncidentFilters): Promise<DashboardSummary> {
  const s = await summarySums(filters);
  return { ...s, injuredReported: await injuredReported(filters, s) };
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
    const incidents = await readDb().$queryRaw<DashboardIncident[]>`
      SELECT i."id", ${selectFields(fieldsIn("dashboard"))},
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

/**
 * The running totals beside the charts: all of them, or with filters set those reported in the
 * articles of the matching incidents (a tally has no place or date of its own to filter by).
 */
async function dashboardTalliesQuery(filters: IncidentFilters, limit = 100): Promise<TallyView[]> {
  if (filters.dataset === "synthetic") return [];
  if (!filtersToSearchParams({ ...filters, dataset: undefined }).toString()) return listTallies(limit);
  const rows = await queryRows<{ articleId: number }>`
    SELECT DISTINCT s."articleId" FROM "IncidentSource" s JOIN "Incident" i ON i."id" = s."incidentId"
    WHERE ${incidentWhereSql(filters)}`;
  return rows.length
    ? listTallies(
        limit,
        rows.map((r) => r.articleId),
      )
    : [];
}
export const dashboardTallies = replicaRead(dashboardTalliesQuery);
