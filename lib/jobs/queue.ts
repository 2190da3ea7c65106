// The ingest queue: pg-boss on the application's own PostgreSQL (its tables in the `pgboss`
// schema), so a job is a row that survives a crash of the worker or a restart of the database.
// Each process opens one PgBoss; only a worker runs maintenance, which gives an expired job
// (its worker died mid-way) back to the queue.
import PgBoss from "pg-boss";

export const SCHEMA = "pgboss";
/** One page to fetch, read, extract and save. */
export const INGEST_QUEUE = "ingest-url";
/** One poll of every feed, at most one per interval whatever the number of workers. */
export const POLL_QUEUE = "feeds-poll";

export interface QueueSettings {
  /** Attempts after the first, for failures that may pass (network, timeouts, 5xx, the database away). */
  retries: number;
  /** Seconds before the first retry; each next one waits about twice as long (backoff). */
  retryDelay: number;
  /** Seconds a job may run before it counts as lost (its worker died) and goes back to the queue. */
  jobTimeout: number;
  /** Seconds between feed polls (ATLAS_FEED_INTERVAL). */
  feedInterval: number;
}

const positive = (v: string | undefined, fallback: number) => (v && Number(v) > 0 ? Number(v) : fallback);

/** The settings from the environment: ATLAS_JOB_RETRIES, ATLAS_JOB_RETRY_DELAY, ATLAS_JOB_TIMEOUT, ATLAS_FEED_INTERVAL. */
export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    retries: env.ATLAS_JOB_RETRIES === "0" ? 0 : positive(env.ATLAS_JOB_RETRIES, 3),
    retryDelay: positive(env.ATLAS_JOB_RETRY_DELAY, 30),
    jobTimeout: positive(env.ATLAS_JOB_TIMEOUT, 300),
    feedInterval: positive(env.ATLAS_FEED_INTERVAL, 900),
  };
}

const state = globalThis as unknown as { atlasBoss?: Promise<PgBoss> };

/** What a new ingest job gets: each job carries its own attempts and timeout, from the settings of the process that queues it. */
export function ingestJobOptions(s: QueueSettings = queueSettings()): PgBoss.SendOptions {
  return { retryLimit: s.retries, retryDelay: s.retryDelay, retryBackoff: true, expireInSeconds: s.jobTimeout };
}

/** Creates the queue unless it is there. */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (e) {
    // Another process created it between the two statements.
    if (!(await boss.getQueue(name))) throw e;
  }
}

async function open(worker: boolean, s: QueueSettings, connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database");
  const boss = new PgBoss({
    connectionString,
    schema: SCHEMA,
    max: worker ? 4 : 2,
    application_name: worker ? "atlas-worker" : "atlas-web",
    supervise: worker,
    schedule: false,
    // A lost job is noticed within this many seconds of its timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.ceil(s.jobTimeout / 2))),
  });
  // A database that went away is reported by the next job that needs it; the boss reconnects by itself.
  boss.on("error", (e) => worker && console.error(`[worker] queue: ${e.message}`));
  await boss.start();
  await ensureQueue(boss, INGEST_QUEUE, ingestJobOptions(s));
  await ensureQueue(boss, POLL_QUEUE, { retryLimit: 0, expireInSeconds: Math.max(60, s.jobTimeout) });
  return boss;
}

/** This process's queue: started (and its schema installed or upgraded) on first use; a worker's runs maintenance. */
export function queue(opts: { worker?: boolean } = {}): Promise<PgBoss> {
  state.atlasBoss ??= open(opts.worker ?? false, queueSettings()).catch((e) => {
    state.atlasBoss = undefined;
    throw e;
  });
  return state.atlasBoss;
}

/** Installs or upgrades the queue's schema and queues (with the migrations: npm start, npm run db:migrate, the tests). */
export async function installQueue(connectionString: string): Promise<void> {
  const boss = await open(false, queueSettings(), connectionString);
  await boss.stop({ graceful: false, wait: true });
}

/** Stops the queue: a worker waits up to `timeoutMs` for its running jobs. */
export async function stopQueue(timeoutMs = 10_000): Promise<void> {
  const boss = state.atlasBoss;
  state.atlasBoss = undefined;
  if (boss) await (await boss.catch(() => null))?.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
