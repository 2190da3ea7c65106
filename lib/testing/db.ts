// Test helpers for the integration tests: a clean database for each test file.
// (TRUNCATE fires no row triggers, so the rollup tables are emptied with the rest.)
import { db, type Prisma } from "@/lib/db/client";
import { ROLLUPS, rollupDefinitionQueries } from "@/lib/db/rollups";

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
  await db().$executeRawUnsafe(
    `TRUNCATE "IncidentChange", "IncidentSource", "Tally", "Incident", "Article", "Place", ${ROLLUPS.map((r) => `"${r.table}"`).join(", ")}, ` +
      `"Session", "ApiToken", "Editor", "RateLimitWindow", "FeedItem", "Feed" RESTART IDENTITY CASCADE`,
  );
}

/**
 * Where the rollup tables disagree with the incident rows they sum: one line per rollup row
 * that is missing, extra or wrong ("<table> +" a stored row the rows do not give, "<table> -" a
 * row the rows give that is not stored), by the definitions in lib/db/rollups.ts. Empty when the triggers kept them in step.
 */
export async function rollupDrift(): Promise<string[]> {
  const out: string[] = [];
  for (const t of ROLLUPS) {
    const name = t.table;
    const q = rollupDefinitionQueries(t);
    const extra = await db().$queryRawUnsafe<Record<string, unknown>[]>(`(${q.stored}) EXCEPT (${q.defined})`);
    const missing = await db().$queryRawUnsafe<Record<string, unknown>[]>(`(${q.defined}) EXCEPT (${q.stored})`);
    for (const r of extra) out.push(`${name} + ${JSON.stringify(Object.values(r), (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
    for (const r of missing) out.push(`${name} - ${JSON.stringify(Object.values(r), (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
  }
  return out;
}

let fixtures = 0;

/**
 * A test incident. The database refuses a live incident of the real dataset that no article
 * tells, so such a one comes with a source in an article of its own.
 */
export async function createIncident(data: Prisma.IncidentUncheckedCreateInput) {
  if (data.synthetic || data.deletedAt) return db().incident.create({ data });
  const text = `Test fixture ${++fixtures} (${process.pid}, ${Date.now()}): ${data.evidence}`;
  const article = await db().article.create({
    data: {
      text,
      contentHash: `fixture-${process.pid}-${Date.now()}-${fixtures}`,
      url: `https://example.org/fixture/${fixtures}-${Date.now()}`,
      source: "Test fixture",
    },
  });
  const start = text.length - data.evidence.length;
  return db().incident.create({
    data: { ...data, sources: { create: { articleId: article.id, evidence: data.evidence, evidenceStart: start, evidenceEnd: text.length } } },
  });
}
