// Turns the parsed incident filters into SQL: for the incident table (rows and exact sums)
// and, when the filters allow it, for the rollup tables (sums over a million rows in a few
// milliseconds). One set of rules for both, so that sums and lists agree.
import { Prisma } from "@/lib/db/client";
import type { IncidentFilters } from "@/lib/api/filters";

export type BBox = [number, number, number, number];

export interface RowScope {
  bbox?: BBox;
  updatedSince?: string;
}

const yearRange = (year: number) => ({ gte: `${year}-01-01`, lt: `${year + 1}-01-01` });
const isSynthetic = (f: IncidentFilters) => f.dataset === "synthetic";

export function incidentWhereSql(f: IncidentFilters, scope: RowScope = {}, alias = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [Prisma.sql`${col("synthetic")} = ${isSynthetic(f)}`];
  // A sync (updatedSince) also gets the deletions, flagged, so that clients can drop them.
  if (!scope.updatedSince) parts.push(Prisma.sql`${col("deletedAt")} IS NULL`);
  if (f.province.length) parts.push(Prisma.sql`${col("province")} IN (${Prisma.join(f.province)})`);
  if (f.year !== undefined) {
    const r = yearRange(f.year);
    parts.push(Prisma.sql`${col("date")} >= ${r.gte}::date AND ${col("date")} < ${r.lt}::date`);
  }
  if (f.from) parts.push(Prisma.sql`${col("date")} >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`${col("date")} <= ${f.to}::date`);
  if (f.perpetrator.length) parts.push(Prisma.sql`${col("perpetrator")} IN (${Prisma.join(f.perpetrator)})`);
  if (f.target.length) parts.push(Prisma.sql`${col("target")} IN (${Prisma.join(f.target)})`);
  if (f.minKilled !== undefined) parts.push(Prisma.sql`${col("killed")} >= ${f.minKilled}`);
  if (scope.bbox) {
    const [w, s, e, n] = scope.bbox;
    parts.push(Prisma.sql`${col("lon")} BETWEEN ${w} AND ${e} AND ${col("lat")} BETWEEN ${s} AND ${n}`);
  }
  if (scope.updatedSince) parts.push(Prisma.sql`${col("updatedAt")} >= ${new Date(scope.updatedSince)}`);
  return Prisma.join(parts, " AND ");
}

function lastDayOfMonth(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

export interface RollupSql {
  /** The rollup table, aliased r. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** Its key besides "synthetic": one row per month and governorate, or per month, governorate and perpetrator. */
  grain: "province" | "perpetrator";
}

/**
 * The month rollup that answers the filters exactly, as `FROM ${from} WHERE ${where}`, or null
 * when the filters need the rows themselves (target, minKilled, a range that cuts through a
 * month). Unless a perpetrator filter or split needs "IncidentMonthRollup", the answer comes
 * from "IncidentProvinceMonthRollup", its sum over perpetrators (a tenth of the rows).
 * Undated incidents sit under month 0001-01-01; any date filter leaves them out, as on rows.
 */
export function monthRollupSql(f: IncidentFilters, opts: { byPerpetrator?: boolean } = {}): RollupSql | null {
  if (f.target.length || f.minKilled !== undefined) return null;
  if (f.from && !f.from.endsWith("-01")) return null;
  if (f.to && !lastDayOfMonth(f.to)) return null;
  const perpetrator = opts.byPerpetrator || f.perpetrator.length > 0;
  const parts: Prisma.Sql[] = [Prisma.sql`r."synthetic" = ${isSynthetic(f)}`];
  if (f.province.length) parts.push(Prisma.sql`r."province" IN (${Prisma.join(f.province)})`);
  if (f.perpetrator.length) parts.push(Prisma.sql`r."perpetrator" IN (${Prisma.join(f.perpetrator)})`);
  if (f.year !== undefined) {
    const r = yearRange(f.year);
    parts.push(Prisma.sql`r."month" >= ${r.gte}::date AND r."month" < ${r.lt}::date`);
  }
  if (f.from) parts.push(Prisma.sql`r."month" >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`r."month" <= ${f.to}::date`);
  return {
    from: Prisma.raw(perpetrator ? `"IncidentMonthRollup" r` : `"IncidentProvinceMonthRollup" r`),
    where: Prisma.join(parts, " AND "),
    grain: perpetrator ? "perpetrator" : "province",
  };
}

/** The same for "IncidentCellRollup" (alias c), whose time grain is the year. */
export function cellRollupWhereSql(f: IncidentFilters): Prisma.Sql | null {
  if (f.target.length || f.minKilled !== undefined) return null;
  if (f.from && !f.from.endsWith("-01-01")) return null;
  if (f.to && !f.to.endsWith("-12-31")) return null;
  const parts: Prisma.Sql[] = [Prisma.sql`c."synthetic" = ${isSynthetic(f)}`];
  if (f.province.length) parts.push(Prisma.sql`c."province" IN (${Prisma.join(f.province)})`);
  if (f.perpetrator.length) parts.push(Prisma.sql`c."perpetrator" IN (${Prisma.join(f.perpetrator)})`);
  if (f.year !== undefined) parts.push(Prisma.sql`c."year" = ${f.year}`);
  if (f.from) parts.push(Prisma.sql`c."year" >= ${Number(f.from.slice(0, 4))}`);
  if (f.to) parts.push(Prisma.sql`c."year" <= ${Number(f.to.slice(0, 4))}`);
  return Prisma.join(parts, " AND ");
}
