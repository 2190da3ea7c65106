// Turns the parsed incident filters into SQL: for the incident table (rows and exact sums) and,
// when every filter set can be answered by a rollup table's keys, for that rollup (sums over a
// million rows in a few milliseconds). Both come from the filter table (lib/incidents/filters.ts)
// and the rollup definitions (lib/db/rollups.ts), so sums and lists agree.
import { Prisma } from "@/lib/db/client";
import { ROLLUPS, type RollupTable } from "@/lib/db/rollups";
import { columnOf } from "@/lib/incidents/fields";
import { FILTER_KEYS, FILTERS, type FilterTest, type IncidentFilters } from "@/lib/incidents/filters";

export type BBox = [number, number, number, number];

export interface RowScope {
  bbox?: BBox;
  updatedSince?: string;
}

type Value = unknown;
const isSet = (v: Value) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);
const yearRange = (year: number) => ({ gte: `${year}-01-01`, lt: `${year + 1}-01-01` });

function lastDayOfMonth(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

/** One filter's test on incident rows. */
function rowTest(test: FilterTest, v: Value, col: (name: string) => Prisma.Sql): Prisma.Sql {
  if (test.kind === "dataset") return Prisma.sql`${col("synthetic")} = ${v === "synthetic"}`;
  const c = col(columnOf(test.field));
  switch (test.kind) {
    case "set":
      return v ? Prisma.sql`${c} IS NOT NULL` : Prisma.sql`${c} IS NULL`;
    case "in":
      return Prisma.sql`${c} IN (${Prisma.join(v as unknown[])})`;
    case "year": {
      const r = yearRange(v as number);
      return Prisma.sql`${c} >= ${r.gte}::date AND ${c} < ${r.lt}::date`;
    }
    case "from":
      return Prisma.sql`${c} >= ${v}::date`;
    case "to":
      return Prisma.sql`${c} <= ${v}::date`;
    case "atLeast":
      return Prisma.sql`${c} >= ${v}`;
    case "is":
      return Prisma.sql`${c} = ${v}`;
    case "confident":
      // Values a person set stand whatever the extractor thought (an incident accepted as it stands keeps the extractor's).
      return Prisma.sql`(${c} >= ${v} OR cardinality(${col("reviewedFields")}) > 0)`;
  }
}

export function incidentWhereSql(f: IncidentFilters, scope: RowScope = {}, alias = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [];
  for (const key of FILTER_KEYS) {
    const v: Value = key === "dataset" ? f.dataset : f[key];
    if (key === "dataset" || isSet(v)) parts.push(rowTest(FILTERS[key].test, v, col));
  }
  // A sync (updatedSince) also gets the deletions, flagged, so that clients can drop them.
  if (!scope.updatedSince) parts.push(Prisma.sql`${col("deletedAt")} IS NULL`);
  if (scope.bbox) {
    const [w, s, e, n] = scope.bbox;
    parts.push(Prisma.sql`${col("lon")} BETWEEN ${w} AND ${e} AND ${col("lat")} BETWEEN ${s} AND ${n}`);
  }
  if (scope.updatedSince) parts.push(Prisma.sql`${col("updatedAt")} >= ${new Date(scope.updatedSince)}`);
  return Prisma.join(parts, " AND ");
}

/**
 * One filter's test on a rollup, or null when the rollup cannot answer it: a rollup answers an
 * equality on a column it is keyed on, and a date bound that falls on its time grain.
 */
function rollupTest(t: RollupTable, test: FilterTest, v: Value, a: string): Prisma.Sql | null {
  const col = (name: string) => Prisma.raw(`${a}."${name}"`);
  const monthly = t.time === "month";
  switch (test.kind) {
    case "dataset":
      return Prisma.sql`${col("synthetic")} = ${v === "synthetic"}`;
    case "in":
    case "is": {
      const key = t.keys.find((k) => k.field === columnOf(test.field));
      if (!key) return null;
      return test.kind === "in" ? Prisma.sql`${col(key.name)} IN (${Prisma.join(v as unknown[])})` : Prisma.sql`${col(key.name)} = ${v}`;
    }
    case "year": {
      const r = yearRange(v as number);
      return monthly ? Prisma.sql`${col("month")} >= ${r.gte}::date AND ${col("month")} < ${r.lt}::date` : Prisma.sql`${col("year")} = ${v}`;
    }
    case "from": {
      const d = v as string;
      if (monthly) return d.endsWith("-01") ? Prisma.sql`${col("month")} >= ${d}::date` : null;
      return d.endsWith("-01-01") ? Prisma.sql`${col("year")} >= ${Number(d.slice(0, 4))}` : null;
    }
    case "to": {
      const d = v as string;
      if (monthly) return lastDayOfMonth(d) ? Prisma.sql`${col("month")} <= ${d}::date` : null;
      return d.endsWith("-12-31") ? Prisma.sql`${col("year")} <= ${Number(d.slice(0, 4))}` : null;
    }
    case "atLeast":
    case "confident":
    case "set":
      return null;
  }
}

/** The rollup's where-clause for the filters, or null when some filter needs the rows. */
function rollupWhere(t: RollupTable, f: IncidentFilters, alias: string): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  for (const key of FILTER_KEYS) {
    const v: Value = key === "dataset" ? f.dataset : f[key];
    if (key !== "dataset" && !isSet(v)) continue;
    const sql = rollupTest(t, FILTERS[key].test, v, alias);
    if (!sql) return null;
    parts.push(sql);
  }
  return Prisma.join(parts, " AND ");
}

export interface RollupSql {
  /** The rollup table, aliased as asked. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** Its key columns, e.g. synthetic, month, province. */
  keys: string[];
}

/**
 * The coarsest rollup of the given time grain that answers the filters exactly and has a key
 * per asked grouping, as `FROM ${from} WHERE ${where}`, or null when the filters need the rows
 * themselves. Undated incidents sit under month 0001-01-01 (year 0); any date filter leaves
 * them out, as on rows.
 */
export function rollupSql(f: IncidentFilters, opts: { time: "month" | "year"; groupBy?: string[]; alias?: string }): RollupSql | null {
  const alias = opts.alias ?? "r";
  for (const t of ROLLUPS) {
    if (t.time !== opts.time) continue;
    const keys = t.keys.map((k) => k.name);
    if (opts.groupBy?.some((g) => !keys.includes(g))) continue;
    const where = rollupWhere(t, f, alias);
    if (where) return { from: Prisma.raw(`"${t.table}" ${alias}`), where, keys };
  }
  return null;
}

/** The month rollup for the filters (the governorate one unless a perpetrator is asked for). */
export function monthRollupSql(f: IncidentFilters, opts: { byPerpetrator?: boolean } = {}): RollupSql | null {
  return rollupSql(f, { time: "month", groupBy: opts.byPerpetrator ? ["perpetrator"] : [] });
}
