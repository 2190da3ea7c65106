// Results of the read queries, kept in memory for as long as the database has not changed.
//
// "Not changed" is exact, not a time to live: every read first asks PostgreSQL for its current
// snapshot (`pg_current_snapshot()`: xmin, xmax and the transactions in progress). Any commit
// or rollback of a writing transaction changes it, so a result is reused only while the set of
// visible rows is the one it was computed from (or newer: it is computed after the snapshot is
// read). No trigger, no invalidation to forget, and it holds across processes and machines
// that share the database. Reads that change nothing (most of a dashboard's traffic) then
// cost one trivial query instead of a sum over a rollup or a page of rows; concurrent
// identical reads share one computation.
//
// With a replica, a read runs on the server lib/db/replica.ts chooses, and the snapshot is that
// server's: a result computed on the replica is reused only while the replica's snapshot holds,
// and never for a read that must see the primary.
import { AsyncLocalStorage } from "node:async_hooks";
import { type DbServer, readServer } from "@/lib/db/client";
import { replicaRead } from "@/lib/db/replica";

interface Entry {
  snapshot: string;
  value: Promise<unknown>;
}

/** Entries kept, least recently used dropped first (the largest, a dashboard list, is ~0.5 MB). */
const MAX_ENTRIES = 256;
const entries = new Map<string, Entry>();
const bypass = new AsyncLocalStorage<true>();
const stats = { hits: 0, misses: 0 };

/** Runs `fn` with every cached read computed afresh (and the fresh results stored). */
export function withoutReadCache<T>(fn: () => T): T {
  return bypass.run(true, fn);
}

// Straight on the pool under the Prisma client: this runs on every read, and Prisma's
// per-query work cost more than the query.
async function querySnapshot(server: DbServer): Promise<string> {
  return server
    .pool()
    .query<{ s: string }>("SELECT pg_current_snapshot()::text AS s")
    .then(({ rows }) => rows[0]!.s);
}

/**
 * `query`, shared by concurrent callers, but only a call sent after they arrived: one already in
 * flight may have read its snapshot before a commit that the newcomer must see. So a newcomer
 * waits for the next call, which all newcomers meanwhile share. Under load that is one query
 * per round trip instead of one per request.
 */
export function sharedAfterArrival<T>(query: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const call = (): Promise<T> => {
    if (!inFlight) {
      inFlight = query().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    queued ??= inFlight
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return call();
      });
    return queued;
  };
  return call;
}

const snapshots = new Map<DbServer["name"], () => Promise<string>>();
const currentSnapshot = (server: DbServer) => {
  if (!snapshots.has(server.name))
    snapshots.set(
      server.name,
      sharedAfterArrival(() => querySnapshot(server)),
    );
  return snapshots.get(server.name)!();
};

/**
 * `fn`, with its results reused while the database is unchanged. Arguments must be plain data
 * (they make the key, through JSON); results are shared between callers and must not be mutated.
 */
export function cachedRead<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return replicaRead(async (...args: A) => {
    const server = readServer();
    const snapshot = await currentSnapshot(server);
    const key = `${server.name}:${name}:${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit && hit.snapshot === snapshot && !bypass.getStore()) {
      stats.hits++;
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<R>;
    }
    stats.misses++;
    const value = fn(...args);
    entries.set(key, { snapshot, value });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    // A failure is not kept: the next read tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  });
}

/** Hits and misses since the process started (for tests and the benchmark). */
export function readCacheStats(): { hits: number; misses: number; entries: number } {
  return { ...stats, entries: entries.size };
}
