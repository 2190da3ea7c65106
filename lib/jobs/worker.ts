// The worker: takes ingest jobs one at a time, and polls the feeds every ATLAS_FEED_INTERVAL
// seconds. Every worker offers the poll, but as a throttled job (one per interval slot, kept
// unique by pg-boss in the database), so two workers over one database poll once, not twice.
import type PgBoss from "pg-boss";
import { pollAllFeeds } from "@/lib/jobs/feeds";
import { type IngestData, runIngestJob } from "@/lib/jobs/ingest";
import { INGEST_QUEUE, POLL_QUEUE, type QueueSettings, queue, queueSettings, stopQueue } from "@/lib/jobs/queue";

export interface RunningWorker {
  stop(): Promise<void>;
}

const DATABASE_AWAY = new Set(["57P01", "57P02", "57P03", "08000", "08003", "08006", "ECONNREFUSED", "ECONNRESET"]);

/** A lost connection to PostgreSQL: the code of a pg error, or the pool's words for it. */
export function isDatabaseAway(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return (code !== undefined && DATABASE_AWAY.has(code)) || /Connection terminated/i.test(e instanceof Error ? e.message : "");
}

/**
 * pg-boss 10 completes and fails jobs without awaiting it, so a database that goes away mid-job
 * rejects a promise nobody holds. The job is still a row marked active, and comes back after its
 * timeout: the worker says so and goes on. Anything else still ends the process (npm start restarts it).
 */
function onUnhandled(log: (s: string) => void) {
  return (e: unknown) => {
    if (!isDatabaseAway(e)) throw e;
    log(`The database went away while finishing a job (${(e as Error).message}); it will run again after its timeout.`);
  };
}

/** Offers this slot's poll; the database keeps it to one job however many workers offer it. */
async function offerPoll(boss: PgBoss, s: QueueSettings): Promise<void> {
  await boss.sendThrottled(POLL_QUEUE, {}, {}, s.feedInterval, "all");
}

export interface WorkerOptions {
  /** Offer the periodic feed poll (a test that polls by hand turns it off). */
  pollFeeds?: boolean;
  log?: (s: string) => void;
}

export async function startWorker(opts: WorkerOptions = {}): Promise<RunningWorker> {
  const settings = queueSettings();
  const log = opts.log ?? ((s: string) => console.log(`[worker] ${s}`));
  const unhandled = onUnhandled(log);
  process.on("unhandledRejection", unhandled);
  const boss = await queue({ worker: true });
  // pg-boss waits out its polling interval after every job, queued jobs or not: after a job, fetch the next at once
  // (a fetch that finds none then waits as usual), or one worker does one page a second (docs/benchmarks.md)
  let ingestWorker = "";
  ingestWorker = await boss.work<IngestData>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    try {
      return await runIngestJob(boss, job!);
    } finally {
      boss.notifyWorker(ingestWorker);
    }
  });
  await boss.work(POLL_QUEUE, { pollingIntervalSeconds: 1 }, async () => {
    const results = await pollAllFeeds();
    const added = results.reduce((n, r) => n + r.newItems, 0);
    if (results.length) log(`Polled ${results.length} feed(s): ${added} new item(s) queued.`);
    return { feeds: results.length, newItems: added };
  });
  // Twice a slot, so a slot is never skipped; a failed offer (the database away) is tried at the next tick.
  const tick = () => void offerPoll(boss, settings).catch(() => {});
  if (opts.pollFeeds !== false) tick();
  const timer = opts.pollFeeds === false ? undefined : setInterval(tick, Math.min(60, settings.feedInterval / 2) * 1000);
  log(opts.pollFeeds === false ? "Taking ingest jobs." : `Taking ingest jobs; polling feeds every ${settings.feedInterval} s.`);
  return {
    stop: async () => {
      clearInterval(timer);
      await stopQueue();
      process.off("unhandledRejection", unhandled);
    },
  };
}
