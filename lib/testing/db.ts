// Test helpers for the integration tests: a clean database for each test file.
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
  await db().$executeRawUnsafe(`TRUNCATE "IncidentSource", "Tally", "Incident", "Article", "Place" RESTART IDENTITY CASCADE`);
}
