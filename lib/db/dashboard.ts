import "server-only";
// Queries of the dashboard that lib/db/incidents.ts does not have: the summary cards.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { incidentWhereSql, monthRollupWhereSql } from "@/lib/db/filters-sql";
import type { IncidentFilters } from "@/lib/api/filters";
import { listIncidents, provinceSummary } from "@/lib/db/incidents";

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
  const rollup = monthRollupWhereSql(filters);
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
      FROM "IncidentMonthRollup" r
      WHERE ${rollup}`;
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
export const dashboardSummary = cache(summaryUncached);

/** The incidents for the map and the table (the most recent 1000), once per request. */
export const dashboardIncidents = cache((filters: IncidentFilters) => listIncidents(filters, 1000, { sort: "date_desc" }));

/**
 * Killed per governorate for the map's shading: under every filter except the governorate
 * one, so the governorates not (yet) selected stay shaded and can be added by a click.
 */
export const governorateShading = cache((filters: IncidentFilters) => provinceSummary({ ...filters, province: [] }));
