// The ingest queue and the feeds against a real PostgreSQL and a news site on 127.0.0.1 (let
// through by ATLAS_FETCH_ALLOW_HOSTS): feeds of each format add their items once, an unchanged
// feed adds nothing, a failing page ends dead with its reason, and a worker killed mid-job loses
// nothing and stores the article once. Workers run as processes where a test kills them.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createFeed } from "@/lib/db/feeds";
import { pollFeed } from "@/lib/jobs/feeds";
import { enqueuePage } from "@/lib/jobs/ingest";
import { getJob, type JobView, listJobs } from "@/lib/jobs/list";
import { queue, stopQueue } from "@/lib/jobs/queue";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { type FeedSite, startFeedSite } from "@/lib/testing/feed-server";
import { resetDatabase } from "@/lib/testing/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
let site: FeedSite;
let worker: RunningWorker | null = null;

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 45_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const settled = (id: string) => until(`job ${id} to settle`, async () => ((j: JobView) => ["done", "dead"].includes(j.state) && j)(await getJob(id)));
const articlesAt = (url: string) => db().article.count({ where: { url } });

async function clearQueue() {
  const boss = await queue();
  await boss.getDb().executeSql("DELETE FROM pgboss.job WHERE name IN ('ingest-url', 'feeds-poll')", []);
  await boss.getDb().executeSql("DELETE FROM pgboss.archive WHERE name IN ('ingest-url', 'feeds-poll')", []);
}

/** A worker process as `npm start` runs it. */
function workerProcess(env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/worker.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
}

const exited = (p: ChildProcess) => new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(null) : p.once("exit", r)));

beforeAll(async () => {
  // Short retries and timeouts, for this process and the workers it starts.
  Object.assign(process.env, { ATLAS_FETCH_ALLOW_HOSTS: "127.0.0.1", ATLAS_JOB_RETRIES: "2", ATLAS_JOB_RETRY_DELAY: "1", ATLAS_JOB_TIMEOUT: "4" });
  site = await startFeedSite();
  await resetDatabase();
  await clearQueue();
  // The worker started below opens the process's queue as a worker's (with maintenance).
  await stopQueue();
});

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
  await site.close();
  await disconnectDb();
});

describe("feeds through the queue", () => {
  it("adds every item of an RSS, an Atom and a JSON feed once, and nothing on the next poll", async () => {
    worker = await startWorker({ pollFeeds: false, log: () => {} });
    const feeds = await Promise.all(["/rss.xml", "/atom.xml", "/feed.json"].map((p) => createFeed(`${site.base}${p}`, "alice")));
    for (const f of feeds) expect((await pollFeed(f.id)).newItems).toBe(2);
    const jobs = await listJobs(undefined, 50);
    expect(jobs).toHaveLength(6);
    for (const j of jobs) expect((await settled(j.id)).state).toBe("done");
    for (const n of [1, 2, 3, 4, 5, 6]) expect(await articlesAt(`${site.base}/news/${n}`)).toBe(1);
    // What arrives by itself waits for an editor: its incidents are on the map, unreviewed.
    expect(await db().incident.count()).toBeGreaterThan(0);
    expect(await db().incident.count({ where: { reviewedAt: { not: null } } })).toBe(0);
    const stored = await db().feed.findMany({ orderBy: { title: "asc" } });
    expect(stored.map((f) => [f.title, f.itemsSeen, f.articlesAdded, f.lastError])).toEqual([
      ["Test Wire (Atom)", 2, 2, null],
      ["Test Wire (JSON)", 2, 2, null],
      ["Test Wire (RSS)", 2, 2, null],
    ]);

    // Again: the RSS feed answers 304 to its ETag; the others send the same items, already seen.
    const rssFeed = feeds.find((f) => f.url.endsWith("/rss.xml"))!;
    expect((await pollFeed(rssFeed.id)).status).toBe("not_modified");
    for (const f of feeds.filter((f) => f !== rssFeed)) expect(await pollFeed(f.id)).toMatchObject({ status: "polled", newItems: 0 });
    expect(await listJobs(undefined, 50)).toHaveLength(6);
    expect(await db().article.count()).toBe(6);
  });

  it("reads a changed feed (a new ETag) and queues only its new item", async () => {
    const [rssFeed] = await db().feed.findMany({ where: { url: { endsWith: "/rss.xml" } } });
    site.items.rss = [7, 1, 2];
    expect(await pollFeed(rssFeed!.id)).toMatchObject({ status: "polled", newItems: 1 });
    const [job] = await listJobs(undefined, 1);
    expect(job!.url).toBe(`${site.base}/news/7`);
    expect(await settled(job!.id)).toMatchObject({ state: "done", outcome: "created", attempts: 1 });
    expect(await db().feed.findUnique({ where: { id: rssFeed!.id } })).toMatchObject({ etag: '"rss-7-1-2"', itemsSeen: 3, articlesAdded: 3 });
  });

  it("ends a page with no article dead at once, with the reason, and stores nothing", async () => {
    const id = await enqueuePage({ url: `${site.base}/login`, actor: "alice" });
    const job = await settled(id);
    expect(job).toMatchObject({ state: "dead", attempts: 1 });
    expect(job.lastError).toMatch(/no article text/);
    expect(await articlesAt(`${site.base}/login`)).toBe(0);
    expect((await listJobs("dead", 10)).map((j) => j.id)).toContain(id);
  });

  it("retries a page whose connection drops mid-body, then dead-letters it with the reason", async () => {
    const before = site.hits.get("/drop") ?? 0;
    const id = await enqueuePage({ url: `${site.base}/drop`, actor: "alice" });
    const job = await settled(id);
    expect(job).toMatchObject({ state: "dead", attempts: 3, maxAttempts: 3, reason: "network" });
    expect(site.hits.get("/drop")! - before).toBe(3);
    expect(await articlesAt(`${site.base}/drop`)).toBe(0);
  });

  it("runs a job again when its worker is killed mid-way, and stores its article once", async () => {
    await worker?.stop();
    worker = null;
    const first = workerProcess();
    const id = await enqueuePage({ url: `${site.base}/hang`, actor: "alice" });
    await site.requested("/hang");
    first.kill("SIGKILL");
    await exited(first);
    expect((await getJob(id)).state).toBe("running");
    site.release();
    const second = workerProcess();
    try {
      expect(await settled(id)).toMatchObject({ state: "done", outcome: "created", attempts: 2 });
    } finally {
      second.kill("SIGTERM");
      await exited(second);
    }
    expect(await articlesAt(`${site.base}/hang`)).toBe(1);
  });

  it("polls the feeds once per interval with two workers over one database", async () => {
    await db().$executeRawUnsafe(`TRUNCATE "Feed", "FeedItem" RESTART IDENTITY CASCADE`);
    await createFeed(`${site.base}/empty.xml`, "alice");
    const interval = 2;
    const start = Date.now();
    const workers = [workerProcess({ ATLAS_FEED_INTERVAL: String(interval) }), workerProcess({ ATLAS_FEED_INTERVAL: String(interval) })];
    try {
      await until("four polls", async () => (site.hits.get("/empty.xml") ?? 0) >= 4, 30_000);
    } finally {
      for (const w of workers) w.kill("SIGTERM");
      await Promise.all(workers.map(exited));
    }
    // Each worker offers the poll every second: without the shared slot, each 2 s slot would be polled twice or more.
    const polls = site.times.get("/empty.xml")!;
    const slots = Math.ceil((Date.now() - start) / 1000 / interval) + 1;
    expect(polls.length).toBeLessThanOrEqual(slots);
    const perSlot = await (await queue())
      .getDb()
      .executeSql("SELECT singleton_on, count(*)::int AS n FROM pgboss.job WHERE name = 'feeds-poll' GROUP BY 1 HAVING count(*) > 1", []);
    expect(perSlot.rows).toEqual([]);
  });
});
