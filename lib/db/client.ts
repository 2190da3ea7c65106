// The one Prisma client of the app and of the scripts. Connections go through the pg driver
// adapter (Prisma's JS engine), which needs no native engine download.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export { Prisma } from "@/generated/prisma/client";
export type { PrismaClient } from "@/generated/prisma/client";

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database");
  }
  // A bounded connect timeout: while the database is down, requests fail fast with a 503
  // instead of hanging; the pool reconnects by itself when it is back.
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000 }),
  });
}

// One client per process, also across Next's hot reloads in development.
const globalForPrisma = globalThis as unknown as { conflictAtlasPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.conflictAtlasPrisma ??= createClient();
  return globalForPrisma.conflictAtlasPrisma;
}

/** Drops the client; the next db() makes a new one. Bounded, since a pool whose server died may never drain. */
export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.conflictAtlasPrisma;
  globalForPrisma.conflictAtlasPrisma = undefined;
  if (client) await Promise.race([client.$disconnect(), new Promise((r) => setTimeout(r, 3_000))]);
}
