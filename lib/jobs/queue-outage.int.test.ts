// PostgreSQL restarted while the queue has work: the jobs are rows in the database, so none is
// lost; the one cut mid-save is given back after its timeout, and every page is stored once.
// On a cluster of its own, since the test stops it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { enqueuePage } from "@/lib/jobs/ingest";
import { getJob, listJobs } from "@/lib/jobs/list";
import { queue, stopQueue } from "@/lib/jobs/queue";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { type FeedSite, startFeedSite } from "@/lib/testing/feed-server";
import { applyMigrations } from "@/server/database";
import { type RunningDatabase, startEmbeddedPostgres } from "@/server/embedded-pg";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-queue-outage-"));
const originalUrl = process.env.DATABASE_URL;
let server: RunningDatabase;
let port = 0;
let site: FeedSite;
let worker: RunningWorker | null = null;

async function start(fresh: boolean) {
  server = await startEmbeddedPostgres({ dataDir, database: "queue_outage", preferredPort: port || 54371, fresh, log: () => {} });
  port = Number(new URL(server.url).port);
  process.env.DATABASE_URL = server.url;
}

async function until(what: string, probe: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  Object.assign(process.env, { ATLAS_FETCH_ALLOW_HOSTS: "127.0.0.1", ATLAS_JOB_RETRIES: "3", ATLAS_JOB_RETRY_DELAY: "1", ATLAS_JOB_TIMEOUT: "4" });
  await stopQueue();
  await disconnectDb();
  await start(true);
  await applyMigrations(server.url, () => {});
  site = await startFeedSite();
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
  await disconnectDb();
  await server.stop();
  await site.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATABASE_URL = originalUrl;
});

it("loses no job when PostgreSQL restarts mid-queue, and stores each page once", async () => {
  await queue();
  const urls = [20, 21, 22, 23, 24, 25].map((n) => `${site.base}/slow/${n}`);
  const ids: string[] = [];
  for (const url of urls) ids.push(await enqueuePage({ url, actor: "alice" }));
  await stopQueue();
  worker = await startWorker({ pollFeeds: false, log: () => {} });
  await until("the first job to be done", async () => (await listJobs("done", 10)).length > 0);
  expect((await listJobs("done", 10)).length).toBeLessThan(urls.length);

  await server.stop();
  await new Promise((r) => setTimeout(r, 1_500));
  await start(false);

  await until("every job to be done", async () => (await Promise.all(ids.map(getJob))).every((j) => j.state === "done"), 90_000);
  for (const url of urls) expect(await db().article.count({ where: { url } })).toBe(1);
  expect(await db().article.count()).toBe(urls.length);
}, 150_000);
