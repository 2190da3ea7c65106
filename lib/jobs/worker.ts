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
  const boss = await queue({ worker: true });
  await boss.work<IngestData>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => runIngestJob(boss, job!));
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
    },
  };
}
