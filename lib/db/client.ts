// The one Prisma client of the app and of the scripts. Connections go through the pg driver
// adapter (Prisma's JS engine), which needs no native engine download. With DATABASE_READ_URL
// a second set of pools serves reads (lib/db/replica.ts decides which reads go there).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";

export { Prisma };
export type { PrismaClient } from "@/generated/prisma/client";

/** Connections for streamed exports, apart from the pool the reads use (lib/api/exports.ts caps the exports to it). */
export const EXPORT_POOL_SIZE = Math.max(1, Number(process.env.DB_EXPORT_POOL_SIZE) || 2);

function newPool(max: number, connectionString = process.env.DATABASE_URL): pg.Pool {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database");
  }
  // A bounded connect timeout: while the database is down, requests fail fast with a 503
  // instead of hanging; the pool reconnects by itself when it is back.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  // An idle connection dropped by the server (a restart, say) must not crash the process: the
  // pool replaces it, and the next query that needs one reports the outage.
  pool.on("error", () => {});
  return pool;
}

function createClient(): PrismaClient {
  const pool = newPool(Number(process.env.DB_POOL_SIZE ?? 10));
  globalForPrisma.conflictAtlasPool = pool;
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/** The replica's client, pool and export pool, made together on first use. */
interface ReplicaClients {
  client: PrismaClient;
  pool: pg.Pool;
  exports: pg.Pool;
}

// One client per process, also across Next's hot reloads in development.
const globalForPrisma = globalThis as unknown as {
  conflictAtlasPrisma?: PrismaClient;
  conflictAtlasPool?: pg.Pool;
  conflictAtlasExportPool?: pg.Pool;
  conflictAtlasReplica?: ReplicaClients;
};

export function db(): PrismaClient {
  globalForPrisma.conflictAtlasPrisma ??= createClient();
  return globalForPrisma.conflictAtlasPrisma;
}

/**
 * The connection pool under the Prisma client, for what Prisma does slowly: the read cache's
 * one-line check, and queryRows. Same pool, same limits: not a second client.
 */
export function pgPool(): pg.Pool {
  db();
  return globalForPrisma.conflictAtlasPool!;
}

/**
 * The pool of the streamed exports (the CSV's `COPY`, the GeoJSON's batches): an export holds
 * its connection for as long as its client takes to download, so exports have connections of
 * their own and never hold those that reads need.
 */
export function exportPool(): pg.Pool {
  globalForPrisma.conflictAtlasExportPool ??= newPool(EXPORT_POOL_SIZE);
  return globalForPrisma.conflictAtlasExportPool;
}

/** A database server the app reads from: the primary (DATABASE_URL) or the replica (DATABASE_READ_URL). */
export interface DbServer {
  name: "primary" | "replica";
  db(): PrismaClient;
  pool(): pg.Pool;
  exportPool(): pg.Pool;
}

export const primary: DbServer = { name: "primary", db, pool: pgPool, exportPool };

function replicaClients(): ReplicaClients {
  if (!globalForPrisma.conflictAtlasReplica) {
    const url = process.env.DATABASE_READ_URL;
    const pool = newPool(Number(process.env.DB_POOL_SIZE ?? 10), url);
    const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    globalForPrisma.conflictAtlasReplica = { client, pool, exports: newPool(EXPORT_POOL_SIZE, url) };
  }
  return globalForPrisma.conflictAtlasReplica;
}

const replicaServer: DbServer = {
  name: "replica",
  db: () => replicaClients().client,
  pool: () => replicaClients().pool,
  exportPool: () => replicaClients().exports,
};

/** The replica, or null when DATABASE_READ_URL is not set. */
export const replica = (): DbServer | null => (process.env.DATABASE_READ_URL ? replicaServer : null);

const pinned = new AsyncLocalStorage<DbServer>();

/** Runs `fn` with its reads (readDb, queryRows) on `server`. */
export function onServer<T>(server: DbServer, fn: () => T): T {
  return pinned.run(server, fn);
}

/** The server the current read runs on: the one lib/db/replica.ts chose for it, else the primary. */
export const readServer = (): DbServer => pinned.getStore() ?? primary;

/** The client for reads: the primary's unless lib/db/replica.ts sent this read to the replica. Writes use db(). */
export const readDb = (): PrismaClient => readServer().db();

/** Drops the clients; the next db() makes a new one. Bounded, since a pool whose server died may never drain. */
export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.conflictAtlasPrisma;
  const exports = globalForPrisma.conflictAtlasExportPool;
  const replicaSet = globalForPrisma.conflictAtlasReplica;
  globalForPrisma.conflictAtlasPrisma = undefined;
  globalForPrisma.conflictAtlasPool = undefined;
  globalForPrisma.conflictAtlasExportPool = undefined;
  globalForPrisma.conflictAtlasReplica = undefined;
  const ended = Promise.all([client?.$disconnect(), exports?.end(), replicaSet?.client.$disconnect(), replicaSet?.exports.end()]);
  await Promise.race([ended, new Promise((r) => setTimeout(r, 3_000))]);
}

export type QueryRows = <T extends object>(strings: TemplateStringsArray, ...values: Prisma.Sql["values"]) => Promise<T[]>;

/** queryRows on another pool or one connection (an export reads on a connection of the export pool). */
export function queryRowsOn(on: () => Pick<pg.Pool, "query">): QueryRows {
  return async <T extends object>(strings: TemplateStringsArray, ...values: Prisma.Sql["values"]) => {
    const query = Prisma.sql(strings, ...(values as Prisma.Sql[]));
    const { rows } = await on().query<T>(query.text, query.values);
    return rows;
  };
}

/**
 * A read of many small rows straight on the pool of the server the read runs on (readServer): Prisma's $queryRaw spends about 3 µs per
 * value converting rows, which for a timeline split by governorate (2,500 rows) cost more than
 * the query. Same tagged SQL as $queryRaw. Columns come back as pg types them, so cast in SQL
 * to what the caller declares (int, text; dates through to_char, which does not depend on DateStyle).
 */
export const queryRows: QueryRows = queryRowsOn(() => readServer().pool());
