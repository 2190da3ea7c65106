// Which server a read goes to. With DATABASE_READ_URL set, reads declared with replicaRead (and
// every cachedRead) go to the replica while it is up and behind the primary by at most
// ATLAS_READ_MAX_LAG seconds, and the session asking has no write the replica has not replayed
// yet; otherwise, and for writes, logins and syncs, they go to the primary (DATABASE_URL).
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { type DbServer, onServer, primary, replica } from "@/lib/db/client";

/** The cookie that carries a session's last write position (a WAL LSN) to its next reads. */
export const READ_POSITION_COOKIE = "atlas_wal";

/** How far behind the primary the replica may be, in seconds, before reads leave it. */
export const maxLagSeconds = (): number => {
  const v = Number(process.env.ATLAS_READ_MAX_LAG);
  return Number.isFinite(v) && v > 0 ? v : 10;
};

/** A write is on the replica once it is older than the lag allowed, so the cookie need not outlive that. */
export const readPositionMaxAge = (): number => Math.ceil(maxLagSeconds()) + 5;

export interface ReplicaStatus {
  /** none: no DATABASE_READ_URL; ok: reads use it; lagging or down: reads use the primary. */
  status: "none" | "ok" | "lagging" | "down";
  reads: "primary" | "replica";
  /** An upper bound on how old the replica's data is; null when unknown. */
  lagSeconds: number | null;
  maxLagSeconds: number;
  replayPosition: string | null;
  message: string;
  checkedAt: string;
}

/** "16/B374D848" as a number, or null when it is not an LSN (a cookie can hold anything). */
export function lsnValue(lsn: string | null | undefined): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn ?? "");
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}

// --- The replica's state, checked at most once a second, in the background once known ---

const CHECK_EVERY_MS = 1000;
let state: ReplicaStatus | null = null;
let checking: Promise<ReplicaStatus> | null = null;
/** The primary's flushed WAL position at each check: what the replica's replay position is compared with. */
let samples: { at: number; lsn: bigint }[] = [];

const statusOf = (s: Omit<ReplicaStatus, "maxLagSeconds" | "checkedAt" | "reads">): ReplicaStatus => ({
  ...s,
  reads: s.status === "ok" ? "replica" : "primary",
  maxLagSeconds: maxLagSeconds(),
  checkedAt: new Date().toISOString(),
});

/**
 * The lag as an upper bound: the replica holds everything the primary had flushed at the newest
 * check whose position it has replayed. (The time since the last replayed commit alone would
 * call an idle, caught-up replica late.)
 */
function lagSeconds(replay: bigint, sinceReplayedCommit: number | null, now: number): number | null {
  const caughtUp = samples.filter((s) => s.lsn <= replay).at(-1);
  const bounds = [caughtUp ? (now - caughtUp.at) / 1000 : null, sinceReplayedCommit].filter((b): b is number => b !== null);
  return bounds.length ? Math.max(0, Math.min(...bounds)) : null;
}

async function primaryPosition(): Promise<bigint | null> {
  try {
    const { rows } = await primary.pool().query<{ l: string }>("SELECT pg_current_wal_flush_lsn()::text AS l");
    return lsnValue(rows[0]?.l);
  } catch {
    return null;
  }
}

interface ReplayRow {
  standby: boolean;
  replay: string | null;
  /** Seconds since the last commit the standby replayed was made on the primary. */
  since: number | null;
}

const REPLAY_SQL = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay,
  EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 AS since`;

const primaryReads = (status: "lagging" | "down", message: string, replayPosition: string | null = null, lag: number | null = null) =>
  statusOf({ status, lagSeconds: lag, replayPosition, message: `${message}; reads go to the primary.` });

async function check(server: DbServer): Promise<ReplicaStatus> {
  const at = Date.now();
  const position = await primaryPosition();
  if (position !== null) samples = [...samples.filter((s) => at - s.at < 3000 * maxLagSeconds()), { at, lsn: position }];
  let row: ReplayRow | undefined;
  try {
    row = (await server.pool().query<ReplayRow>(REPLAY_SQL)).rows[0];
  } catch (e) {
    return primaryReads("down", `The replica is unreachable (${(e as Error).message})`);
  }
  const replay = lsnValue(row?.replay);
  if (!row?.standby || replay === null) return primaryReads("down", "DATABASE_READ_URL is not a standby in recovery");
  const lag = lagSeconds(replay, row.since, Date.now());
  if (lag === null || lag > maxLagSeconds()) {
    const by = lag === null ? "by an unknown time" : `${lag.toFixed(1)} s`;
    return primaryReads("lagging", `The replica lags ${by}, more than ${maxLagSeconds()} s`, row.replay, lag);
  }
  return statusOf({ status: "ok", lagSeconds: lag, replayPosition: row.replay, message: `Reads go to the replica (lag at most ${lag.toFixed(1)} s).` });
}

/** Checks the replica now (what /api/ready reports). */
export async function refreshReplicaStatus(): Promise<ReplicaStatus> {
  const server = replica();
  if (!server) return statusOf({ status: "none", lagSeconds: null, replayPosition: null, message: "No DATABASE_READ_URL: reads go to the primary." });
  checking ??= check(server)
    .catch((e) => primaryReads("down", `The replica could not be checked (${(e as Error).message})`))
    .then((s) => {
      state = s;
      checking = null;
      return s;
    });
  return checking;
}

/** The last known state; a check older than a second is renewed in the background so no read waits for it. */
async function currentStatus(): Promise<ReplicaStatus> {
  if (!state) return refreshReplicaStatus();
  if (Date.now() - Date.parse(state.checkedAt) > CHECK_EVERY_MS) void refreshReplicaStatus();
  return state;
}

/** A read failed on the replica: reads leave it until the next check finds it well. */
function replicaFailed(e: unknown): void {
  if (state) state = { ...primaryReads("down", `A read failed on the replica (${(e as Error).message})`), checkedAt: state.checkedAt };
}

// --- The session's reads ---

interface Session {
  /** Reads must see this WAL position (the session's last write). */
  after?: string | null;
  primaryOnly?: boolean;
}
const session = new AsyncLocalStorage<Session>();

/** Runs `fn` with reads that see at least WAL position `after` (a session's last write; null: none). */
export const readsAfter = <T>(after: string | null, fn: () => T): T => session.run({ after }, fn);

/** Runs `fn` with every read on the primary: a write request's reads, a sync's pages. */
export const readsOnPrimary = <T>(fn: () => T): T => session.run({ primaryOnly: true }, fn);

/** The position a page's session wrote at: pages render outside any scope readsAfter could set, so from the request's cookie. */
async function cookiePosition(): Promise<string | null> {
  try {
    const { cookies } = await import("next/headers");
    return (await cookies()).get(READ_POSITION_COOKIE)?.value ?? null;
  } catch {
    return null; // not in a request (a script, a test)
  }
}

/** Where the next read of this session goes. */
export async function chooseReadServer(): Promise<DbServer> {
  const server = replica();
  const s = session.getStore();
  if (!server || s?.primaryOnly) return primary;
  const status = await currentStatus();
  if (status.status !== "ok") return primary;
  const after = lsnValue(s && "after" in s ? s.after : await cookiePosition());
  return after !== null && after > (lsnValue(status.replayPosition) ?? 0n) ? primary : server;
}

/**
 * `fn` as a read that may run on the replica: its readDb and queryRows go to the server chosen
 * once per call; a failure on the replica is retried once on the primary.
 */
export function replicaRead<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const server = await chooseReadServer();
    if (server === primary) return onServer(primary, () => fn(...args));
    try {
      return await onServer(server, () => fn(...args));
    } catch (e) {
      replicaFailed(e);
      return onServer(primary, () => fn(...args));
    }
  };
}

/** A connection for a streamed export, on the server reads would use (the primary if the replica fails to give one). */
export async function exportConnection(): Promise<pg.PoolClient> {
  const server = await chooseReadServer();
  if (server === primary) return primary.exportPool().connect();
  return server
    .exportPool()
    .connect()
    .catch((e) => {
      replicaFailed(e);
      return primary.exportPool().connect();
    });
}

/** The primary's WAL position now: after a write, reads that must see it wait for the replica to pass it. */
export async function writePosition(): Promise<string> {
  const { rows } = await primary.pool().query<{ l: string }>("SELECT pg_current_wal_lsn()::text AS l");
  return rows[0]!.l;
}
