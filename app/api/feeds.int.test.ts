// The feeds and jobs API against a real PostgreSQL and a news site on 127.0.0.1: editors follow,
// poll and drop feeds; anyone reads them and the jobs; POST /api/articles?async=1 answers 202 with
// the job, which a worker then runs; `npm run feed:add` follows a feed from a shell.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { DELETE as deleteFeed, GET as getFeed } from "@/app/api/feeds/[id]/route";
import { POST as pollFeed } from "@/app/api/feeds/[id]/poll/route";
import { GET as getFeeds, POST as postFeed } from "@/app/api/feeds/route";
import { GET as getJob } from "@/app/api/jobs/[id]/route";
import { GET as getJobs } from "@/app/api/jobs/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { queue, stopQueue } from "@/lib/jobs/queue";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { type FeedSite, startFeedSite } from "@/lib/testing/feed-server";
import { resetDatabase } from "@/lib/testing/db";

let site: FeedSite;
let token = "";
let worker: RunningWorker | null = null;

// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
const json = async (r: Response) => (await r.json()) as Record<string, any>;
const req = (path: string, init: { method?: string; body?: unknown; auth?: boolean } = {}) =>
  new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.auth === false ? {} : { authorization: `Bearer ${token}` }),
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
const ctx = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

beforeAll(async () => {
  Object.assign(process.env, { ATLAS_FETCH_ALLOW_HOSTS: "127.0.0.1", ATLAS_JOB_RETRIES: "0", ATLAS_JOB_TIMEOUT: "10" });
  site = await startFeedSite();
  await resetDatabase();
  const boss = await queue();
  await boss.getDb().executeSql("DELETE FROM pgboss.job WHERE name IN ('ingest-url', 'feeds-poll')", []);
  await boss.getDb().executeSql("DELETE FROM pgboss.archive WHERE name IN ('ingest-url', 'feeds-poll')", []);
  await stopQueue();
  await upsertEditor("editor1", "correct horse battery");
  token = await createApiToken("editor1", "tests");
});

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
  await site.close();
  await disconnectDb();
});

describe("the feeds API", () => {
  it("refuses to follow a feed without an editor", async () => {
    expect((await postFeed(req("/api/feeds", { method: "POST", body: { url: `${site.base}/rss.xml` }, auth: false }))).status).toBe(401);
    expect(await db().feed.count()).toBe(0);
  });

  it("follows a feed: 201 with its figures and its items queued; the same feed again is a 409", async () => {
    const r = await postFeed(req("/api/feeds", { method: "POST", body: { url: `${site.base}/rss.xml` } }));
    expect(r.status).toBe(201);
    const body = await json(r);
    expect(body).toMatchObject({ newItems: 2, feed: { url: `${site.base}/rss.xml`, title: "Test Wire (RSS)", itemsSeen: 2, articlesAdded: 0 } });
    expect(r.headers.get("location")).toBe(`/api/feeds/${body.feed.id}`);
    const again = await postFeed(req("/api/feeds", { method: "POST", body: { url: `${site.base}/rss.xml` } }));
    expect(again.status).toBe(409);
    const list = await json(await getFeeds(req("/api/feeds", { auth: false })));
    expect(list.feeds).toHaveLength(1);
    expect((await json(await getFeed(req("/api/feeds/1"), ctx(body.feed.id)))).title).toBe("Test Wire (RSS)");
  });

  it("refuses what is not a feed with a 400 that says so, storing nothing", async () => {
    const r = await postFeed(req("/api/feeds", { method: "POST", body: { url: `${site.base}/login` } }));
    expect(r.status).toBe(400);
    expect((await json(r)).error).toMatchObject({ code: "bad_request", param: "url", message: expect.stringMatching(/not an RSS, Atom or JSON feed/) });
    const notUrl = await postFeed(req("/api/feeds", { method: "POST", body: { url: "ftp://x/feed" } }));
    expect(notUrl.status).toBe(400);
    expect(await db().feed.count()).toBe(1);
  });

  it("polls now: an unchanged feed queues nothing", async () => {
    const [feed] = await db().feed.findMany();
    const r = await pollFeed(req(`/api/feeds/${feed!.id}/poll`, { method: "POST" }), ctx(feed!.id));
    expect(await json(r)).toMatchObject({ status: "not_modified", newItems: 0 });
    expect((await pollFeed(req("/api/feeds/999/poll", { method: "POST" }), ctx(999))).status).toBe(404);
  });

  it("lists the jobs with their states, filters by state, and refuses an unknown state", async () => {
    const all = await json(await getJobs(req("/api/jobs", { auth: false })));
    expect(all.jobs.map((j: { url: string }) => j.url).sort()).toEqual([`${site.base}/news/1`, `${site.base}/news/2`]);
    expect(all.jobs[0]).toMatchObject({ state: "queued", attempts: 0, lastError: null, feedId: expect.any(Number) });
    expect((await json(await getJobs(req("/api/jobs?state=dead")))).jobs).toEqual([]);
    const bad = await getJobs(req("/api/jobs?state=lost"));
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.param).toBe("state");
  });

  it("queues a page with ?async=1 (202 and the job), keeps the 201 path, and runs the job in the worker", async () => {
    const r = await postArticle(req("/api/articles?async=1", { method: "POST", body: { url: `${site.base}/news/8`, source: "Given outlet" } }));
    expect(r.status).toBe(202);
    const { jobId, link } = await json(r);
    expect(r.headers.get("location")).toBe(link);
    expect(link).toBe(`/api/jobs/${jobId}`);
    const text = await postArticle(req("/api/articles?async=1", { method: "POST", body: { text: "Some text" } }));
    expect(text.status).toBe(400);
    const direct = await postArticle(req("/api/articles", { method: "POST", body: { url: `${site.base}/news/9` } }));
    expect(direct.status).toBe(201);

    worker = await startWorker({ pollFeeds: false, log: () => {} });
    const end = Date.now() + 45_000;
    let job = await json(await getJob(req(link), ctx(jobId)));
    while (job.state !== "done" && job.state !== "dead" && Date.now() < end) {
      await new Promise((res) => setTimeout(res, 250));
      job = await json(await getJob(req(link), ctx(jobId)));
    }
    expect(job).toMatchObject({ state: "done", outcome: "created", attempts: 1 });
    expect(await db().article.findUnique({ where: { id: job.articleId } })).toMatchObject({ url: `${site.base}/news/8`, source: "Given outlet" });
    expect((await getJob(req("/api/jobs/nope"), ctx("nope"))).status).toBe(400);
  });

  it("stops following a feed; the articles it brought stay", async () => {
    const [feed] = await db().feed.findMany();
    const articles = await db().article.count();
    expect((await deleteFeed(req(`/api/feeds/${feed!.id}`, { method: "DELETE", auth: false }), ctx(feed!.id))).status).toBe(401);
    expect(await json(await deleteFeed(req(`/api/feeds/${feed!.id}`, { method: "DELETE" }), ctx(feed!.id)))).toEqual({ deleted: feed!.id });
    expect((await deleteFeed(req(`/api/feeds/${feed!.id}`, { method: "DELETE" }), ctx(feed!.id))).status).toBe(404);
    expect(await db().article.count()).toBe(articles);
  });

  it("follows a feed from a shell with npm run feed:add", async () => {
    const child = spawn("npm", ["run", "--silent", "feed:add", "--", `${site.base}/feed.json`], { env: process.env });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    const code = await new Promise((r) => child.on("close", r));
    expect(code).toBe(0);
    expect(out).toMatch(/Feed \d+ \(Test Wire \(JSON\)\): 2 item\(s\) queued/);
    expect(await db().feed.count({ where: { url: `${site.base}/feed.json` } })).toBe(1);
  });
});
