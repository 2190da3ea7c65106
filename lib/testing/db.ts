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
  await db().$executeRawUnsafe(`TRUNCATE "IncidentChange", "IncidentSource", "Tally", "Incident", "Article", "Place", "IncidentMonthRollup", "IncidentCellRollup", "Session", "ApiToken", "Editor" RESTART IDENTITY CASCADE`);
}
