// bench:ingest's phases: one feed of N pages added (read and queued in one transaction, as
// `POST /api/feeds` does) and the worker process left to fetch, extract and save them, timed from
// the enqueue to the last job's completion; optionally with API readers running all along.
import pg from "pg";
import { INGEST_QUEUE, SCHEMA } from "@/lib/jobs/queue";
import { percentile } from "@/tools/bench/harness/stats";
import { pagePath } from "./ingest-site";

export interface PhaseResult {
  name: string;
  articles: number;
  seconds: number;
  rate: number;
  /** One job's own time (started_on to completed_on), in ms: what the worker spends per page. */
  jobMs: { p50: number; p95: number };
  stored: number;
  dead: number;
  duplicates: number;
  readers: ReaderResult | null;
  loadavg: number[];
}

export interface ReaderResult {
  connections: number;
  seconds: number;
  responses: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

/** The two reads of the dashboard that a save makes stale: the incident list and the timeline. */
export const READ_PATHS = ["/api/incidents?limit=100", "/api/stats/timeline"];

/** `connections` loops, each sending the reads in turn until `until` resolves; response times in ms. */
export async function readWhile(base: string, connections: number, until: Promise<unknown>): Promise<ReaderResult> {
  let stop = false;
  void until.finally(() => {
    stop = true;
  });
  const times: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const loop = async (i: number) => {
    for (let k = i; !stop; k++) {
      const t = process.hrtime.bigint();
      try {
        const r = await fetch(base + READ_PATHS[k % READ_PATHS.length], { signal: AbortSignal.timeout(30_000) });
        await r.arrayBuffer();
        if (r.ok) times.push(Number(process.hrtime.bigint() - t) / 1e6);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return {
    connections,
    seconds,
    responses: times.length + errors,
    errors,
    rps: (times.length + errors) / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

interface BatchState {
  total: number;
  pending: number;
  done: number;
  dead: number;
  duplicates: number;
  lastCompleted: Date | null;
}

/** The ingest jobs of one feed, by state. */
async function batchState(c: pg.Client, feedId: number): Promise<BatchState> {
  const { rows } = await c.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending,
            count(*) FILTER (WHERE state = 'completed')::int AS done,
            count(*) FILTER (WHERE state = 'failed')::int AS dead,
            count(*) FILTER (WHERE output->>'status' = 'duplicate')::int AS duplicates,
            max(completed_on) FILTER (WHERE state = 'completed') AS "lastCompleted"
       FROM ${SCHEMA}.job WHERE name = $1 AND (data->>'feedId')::int = $2`,
    [INGEST_QUEUE, feedId],
  );
  return rows[0] as BatchState;
}

/** Waits until no job of the feed is waiting or running; fails when nothing finishes for `stallMs`. */
async function drained(c: pg.Client, feedId: number, expected: number, stallMs: number, log: (s: string) => void): Promise<BatchState> {
  let last = -1;
  let lastChange = Date.now();
  let lastLog = Date.now();
  for (;;) {
    const s = await batchState(c, feedId);
    if (s.total >= expected && s.pending === 0) return s;
    const finished = s.done + s.dead;
    if (finished !== last) [last, lastChange] = [finished, Date.now()];
    if (Date.now() - lastChange > stallMs) throw new Error(`no ingest job finished for ${stallMs / 1000} s (${finished} of ${expected} done)`);
    if (Date.now() - lastLog > 15_000) {
      log(`  … ${finished} of ${expected} jobs finished`);
      lastLog = Date.now();
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface PhaseOptions {
  name: string;
  run: string;
  siteBase: string;
  articles: number;
  databaseUrl: string;
  /** Reader connections during the phase, 0 for none. */
  readers: number;
  apiBase: string;
  log: (s: string) => void;
}

/** One phase: the feed added (its N items queued), the worker drains them, the result checked. */
export async function runPhase(o: PhaseOptions): Promise<PhaseResult> {
  const c = new pg.Client({ connectionString: o.databaseUrl });
  await c.connect();
  try {
    let release: () => void = () => {};
    const finished = new Promise<void>((r) => {
      release = r;
    });
    const reading = o.readers > 0 ? readWhile(o.apiBase, o.readers, finished) : null;
    // Imported here: the database client exists only once the bench has generated it.
    const { addFeed } = await import("@/lib/jobs/feeds");
    const t0 = Date.now();
    const { feed, newItems } = await addFeed(`${o.siteBase}/${o.run}/feed.xml`, "bench");
    o.log(`${o.name}: ${newItems} page(s) queued in ${((Date.now() - t0) / 1000).toFixed(1)} s; the worker takes them`);
    let state: BatchState;
    try {
      state = await drained(c, feed.id, o.articles, 120_000, o.log);
    } finally {
      release();
    }
    const readers = reading ? await reading : null;
    // Gone, so that no later poll (of this run or the next) fetches it again; its articles stay.
    await (await import("@/lib/db/feeds")).deleteFeed(feed.id);
    const end = state.lastCompleted ? state.lastCompleted.getTime() : Date.now();
    const seconds = (end - t0) / 1000;
    const prefix = `${o.siteBase}${pagePath(o.run, 1).replace(/1$/, "")}`;
    const jobMs = (
      await c.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95
           FROM (SELECT extract(epoch FROM completed_on - started_on) * 1000 AS ms FROM ${SCHEMA}.job
                  WHERE name = $1 AND state = 'completed' AND (data->>'feedId')::int = $2) t`,
        [INGEST_QUEUE, feed.id],
      )
    ).rows[0] as { p50: number; p95: number };
    const stored = Number((await c.query(`SELECT count(*)::int AS n FROM "Article" WHERE url LIKE $1`, [`${prefix}%`])).rows[0].n);
    return {
      name: o.name,
      articles: o.articles,
      seconds,
      rate: (state.done - state.duplicates) / seconds,
      jobMs,
      stored,
      dead: state.dead,
      duplicates: state.duplicates,
      readers,
      loadavg: [],
    };
  } finally {
    await c.end();
  }
}
