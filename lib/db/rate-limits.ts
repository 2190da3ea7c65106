// Fixed rate-limit windows in PostgreSQL, so that every instance over one database (several
// `npm start`s behind a load balancer, and the worker processes of each) counts a client alike:
// one upsert per counted request. Only logins and writes are counted, and each of those queries
// the database anyway. Times are the database's clock, the one clock all instances share.
import { pgPool, queryRowsOn } from "@/lib/db/client";

// Always the primary's pool: the windows are written, and a replica would refuse it.
const queryRows = queryRowsOn(pgPool);

/** Expired windows are deleted at most this often per process, in the background. */
const PURGE_EVERY_MS = 60_000;
let lastPurge = 0;

function purgeExpired(now: number): void {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  // Best effort: a failed purge only leaves rows that the next one deletes.
  queryRows`DELETE FROM "RateLimitWindow" WHERE "endsAt" < clock_timestamp() - interval '1 minute'`.catch(() => {});
}

/**
 * Counts a hit on `key`: the first opens a window of `windowMs`, later ones add to it until it ends.
 * Returns the hits in the window, this one included, and the whole seconds left in it (at least 1).
 */
export async function hitWindow(key: string, windowMs: number): Promise<{ count: number; secondsLeft: number }> {
  purgeExpired(Date.now());
  const [row] = await queryRows<{ count: number; secondsLeft: number }>`
    INSERT INTO "RateLimitWindow" AS w ("key", "count", "endsAt")
    VALUES (${key}, 1, clock_timestamp() + make_interval(secs => ${windowMs}::float8 / 1000))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN w."endsAt" <= clock_timestamp() THEN 1 ELSE w."count" + 1 END,
      "endsAt" = CASE WHEN w."endsAt" <= clock_timestamp() THEN EXCLUDED."endsAt" ELSE w."endsAt" END
    RETURNING w."count", GREATEST(1, CEIL(EXTRACT(EPOCH FROM w."endsAt" - clock_timestamp())))::int AS "secondsLeft"`;
  return row!;
}

/** The whole seconds left in `key`'s window when it holds at least `atLeast` hits, else 0; counts nothing. */
export async function windowFull(key: string, atLeast: number): Promise<number> {
  const [row] = await queryRows<{ secondsLeft: number }>`
    SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM "endsAt" - clock_timestamp())))::int AS "secondsLeft"
    FROM "RateLimitWindow" WHERE "key" = ${key} AND "endsAt" > clock_timestamp() AND "count" >= ${atLeast}`;
  return row?.secondsLeft ?? 0;
}
