// Test helpers for the integration tests: a clean database for each test file.
// (TRUNCATE fires no row triggers, so the rollup tables are emptied with the rest.)
import { db } from "@/lib/db/client";

export function assertLocalDatabase(): void {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the integration tests through `npm test`");
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to truncate tables on a non-local database (${host})`);
  }
}

export async function resetDatabase(): Promise<void> {
  assertLocalDatabase();
  await db().$executeRawUnsafe(`TRUNCATE "IncidentChange", "IncidentSource", "Tally", "Incident", "Article", "Place", "IncidentMonthRollup", "IncidentProvinceMonthRollup", "IncidentCellRollup", "Session", "ApiToken", "Editor" RESTART IDENTITY CASCADE`);
}

const MONTH = `COALESCE(date_trunc('month', "date")::date, DATE '0001-01-01')`;
const SUMS = `COUNT(*)::bigint AS incidents, COALESCE(SUM("killed"), 0)::bigint AS killed, COALESCE(SUM("injured"), 0)::bigint AS injured,
  COALESCE(SUM(COALESCE("killedLow", "killed")), 0)::bigint AS "killedLow", COALESCE(SUM(COALESCE("killedHigh", "killed")), 0)::bigint AS "killedHigh",
  COUNT(*) FILTER (WHERE "killed" IS NULL)::bigint AS "killedUnknown"`;
const ROLLUP_SUMS = `"incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown"`;
const NONZERO = `("incidents" <> 0 OR "killed" <> 0 OR "injured" <> 0 OR "killedLow" <> 0 OR "killedHigh" <> 0 OR "killedUnknown" <> 0)`;

/** Each rollup table as its definition over the live incidents would have it (rows of zeros left out). */
const ROLLUPS = {
  month: {
    stored: `SELECT "synthetic", "month", "province", "perpetrator", ${ROLLUP_SUMS} FROM "IncidentMonthRollup" WHERE ${NONZERO}`,
    defined: `SELECT "synthetic", ${MONTH} AS month, COALESCE("province", '') AS province, COALESCE("perpetrator", '') AS perpetrator, ${SUMS} FROM "Incident" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3, 4`,
  },
  provinceMonth: {
    stored: `SELECT "synthetic", "month", "province", ${ROLLUP_SUMS} FROM "IncidentProvinceMonthRollup" WHERE ${NONZERO}`,
    defined: `SELECT "synthetic", ${MONTH} AS month, COALESCE("province", '') AS province, ${SUMS} FROM "Incident" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3`,
  },
  cell: {
    stored: `SELECT "synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", round("sumLat"::numeric, 4) AS "sumLat", round("sumLon"::numeric, 4) AS "sumLon"
             FROM "IncidentCellRollup" WHERE "incidents" <> 0 OR "killed" <> 0`,
    defined: `SELECT "synthetic", COALESCE(EXTRACT(YEAR FROM "date")::int, 0) AS year, COALESCE("province", '') AS province, COALESCE("perpetrator", '') AS perpetrator,
                     floor("lon" * 8)::int AS "cellX", floor("lat" * 8)::int AS "cellY", COUNT(*)::bigint AS incidents, COALESCE(SUM("killed"), 0)::bigint AS killed,
                     round(SUM("lat")::numeric, 4) AS "sumLat", round(SUM("lon")::numeric, 4) AS "sumLon"
              FROM "Incident" WHERE "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`,
  },
};

/**
 * Where the rollup tables disagree with the incident rows they sum: one line per rollup row
 * that is missing, extra or wrong ("month +" a stored row the rows do not give, "month -" a
 * row the rows give that is not stored). Empty when the triggers kept them in step.
 */
export async function rollupDrift(): Promise<string[]> {
  const out: string[] = [];
  for (const [name, q] of Object.entries(ROLLUPS)) {
    const extra = await db().$queryRawUnsafe<Record<string, unknown>[]>(`(${q.stored}) EXCEPT (${q.defined})`);
    const missing = await db().$queryRawUnsafe<Record<string, unknown>[]>(`(${q.defined}) EXCEPT (${q.stored})`);
    for (const r of extra) out.push(`${name} + ${JSON.stringify(Object.values(r), (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
    for (const r of missing) out.push(`${name} - ${JSON.stringify(Object.values(r), (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
  }
  return out;
}
