// Adding an article by its URL against a real PostgreSQL and a real HTTP server on 127.0.0.1
// (let through by ATLAS_FETCH_ALLOW_HOSTS): stored once, and every page the atlas must not or
// cannot read refused with a 400 that says why (robots.txt among them), leaving no article behind.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { POST as extractPreview } from "@/app/api/extract/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";

const ARTICLE = `<!doctype html><html><head><title>Gunmen kill four shepherds near Palmyra | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2024-03-14T09:00:00Z">
<link rel="canonical" href="/news/palmyra-shepherds"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Gunmen kill four shepherds near Palmyra</h1>
<p>Four shepherds were killed on Tuesday near Palmyra in the eastern Homs desert, a war monitor said.</p>
<p>The monitor did not say who carried out the attack. Local sources said the men were grazing sheep when gunmen opened fire.</p>
</article><footer>© Test Wire</footer></body></html>`;
const NO_ARTICLE = `<!doctype html><html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form>Password</form></body></html>`;
const OTHER = ARTICLE.replace("/news/palmyra-shepherds", "/news/mayadin-soldiers")
  .replace("Four shepherds were killed on Tuesday near Palmyra in the eastern Homs desert", "Three soldiers were killed on Monday near Mayadin in Deir ez-Zor")
  .replaceAll("Gunmen kill four shepherds near Palmyra", "Three soldiers killed near Mayadin");
const HUGE_BYTES = 50 * 1024 * 1024;

let base = "";
let token = "";
let hugeSent = 0;
const timers = new Set<NodeJS.Timeout>();

/** Writes 50 MB in 64 KB chunks, as fast as the reader takes them, counting what left. */
function sendHuge(res: http.ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, "a");
  res.writeHead(200, { "content-type": "text/html" });
  res.on("close", () => res.destroy());
  const more = () => {
    while (hugeSent < HUGE_BYTES && !res.destroyed) {
      hugeSent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", more);
    }
    res.end();
  };
  more();
}

/** Every path the server was asked for. */
const asked: string[] = [];
const server = http.createServer((req, res) => {
  asked.push(req.url ?? "");
  const html = (body: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  switch (req.url) {
    case "/robots.txt":
      return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: ConflictAtlas\nDisallow: /members/\n");
    case "/members/article":
    case "/article":
    case "/amp/article":
      return html(ARTICLE);
    case "/other":
      return html(OTHER);
    case "/login":
      return html(NO_ARTICLE);
    case "/report.pdf":
      return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    case "/slow":
      return void timers.add(setTimeout(() => html(ARTICLE), 10_000));
    case "/huge":
      return sendHuge(res);
    case "/to-private":
      return res.writeHead(302, { location: "http://10.0.0.1/admin" }).end();
    case "/to-metadata":
      return res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    default:
      return res.writeHead(404).end();
  }
});

const post = (route: typeof postArticle, body: unknown) =>
  route(
    new Request("http://localhost/api/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
const json = async (r: Response) => (await r.json()) as Record<string, any>;
const articles = () => db().article.count();

/** `npm run ingest -- ...args`, without blocking this process, which serves the pages. */
function ingestCli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn("npm", ["run", "--silent", "ingest", "--", ...args], { env: { ...process.env, ATLAS_FETCH_ALLOW_HOSTS: "127.0.0.1" } });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("editor1", "correct horse battery");
  token = await createApiToken("editor1", "tests");
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.ATLAS_FETCH_ALLOW_HOSTS = "127.0.0.1";
  process.env.ATLAS_FETCH_TIMEOUT_MS = "1500";
  process.env.ATLAS_FETCH_HOST_DELAY_MS = "10";
});
afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  delete process.env.ATLAS_FETCH_ALLOW_HOSTS;
  delete process.env.ATLAS_FETCH_TIMEOUT_MS;
  delete process.env.ATLAS_FETCH_HOST_DELAY_MS;
  await disconnectDb();
});

describe("POST /api/articles with a URL", () => {
  it("previews the page through /api/extract without storing it", async () => {
    const r = await post(extractPreview, { url: `${base}/article` });
    expect(r.status).toBe(200);
    const { extraction } = await json(r);
    expect(extraction.url).toBe(`${base}/news/palmyra-shepherds`);
    expect(extraction.text).toContain("Four shepherds were killed");
    expect(await articles()).toBe(0);
  });

  it("fetches, reads and stores the article with its date, keyed by its canonical URL (201)", async () => {
    const r = await post(postArticle, { url: `${base}/article` });
    expect(r.status).toBe(201);
    const body = await json(r);
    expect(body.incidentsCreated).toBeGreaterThanOrEqual(1);
    const stored = await db().article.findUniqueOrThrow({ where: { id: body.articleId } });
    expect(stored).toMatchObject({ url: `${base}/news/palmyra-shepherds`, source: "Test Wire", title: "Gunmen kill four shepherds near Palmyra" });
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-14");
    expect(stored.text).toContain("Four shepherds were killed on Tuesday near Palmyra");
    expect(stored.text).not.toContain("Sport");
  });

  it("answers 409 for the same URL again, and for another URL of the same canonical page", async () => {
    for (const path of ["/article", "/amp/article"]) {
      const r = await post(postArticle, { url: `${base}${path}` });
      expect(r.status).toBe(409);
      expect((await json(r)).error.link).toMatch(/^\/articles\/\d+$/);
    }
    expect(await articles()).toBe(1);
  });

  it("refuses a slow server at the time limit", async () => {
    const started = Date.now();
    const r = await post(postArticle, { url: `${base}/slow` });
    expect(r.status).toBe(400);
    expect((await json(r)).error).toMatchObject({ param: "url", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops reading a 50 MB page at the size limit, with memory bounded", async () => {
    const heap = process.memoryUsage().heapUsed;
    const r = await post(postArticle, { url: `${base}/huge` });
    expect(r.status).toBe(400);
    expect((await json(r)).error).toMatchObject({ reason: "too_big", message: expect.stringMatching(/larger than 5 MB/) });
    expect(hugeSent).toBeLessThan(20 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(40 * 1024 * 1024);
  });

  it.each(["/to-private", "/to-metadata"])("refuses a redirect to a private or metadata address (%s)", async (path) => {
    const r = await post(postArticle, { url: `${base}${path}` });
    expect(r.status).toBe(400);
    expect((await json(r)).error).toMatchObject({ reason: "address", message: expect.stringMatching(/private, loopback or link-local/) });
  });

  it("refuses a page the site's robots.txt disallows for the atlas, and never asks for it", async () => {
    const r = await post(postArticle, { url: `${base}/members/article` });
    expect(r.status).toBe(400);
    expect((await json(r)).error).toMatchObject({
      param: "url",
      reason: "robots",
      message: expect.stringMatching(/robots\.txt .* disallows \/members\/article/),
    });
    expect(await articles()).toBe(1);
    expect(asked).toContain("/robots.txt");
    expect(asked).not.toContain("/members/article");
  });

  it("refuses a page without an article, and one that is not HTML", async () => {
    const login = await post(postArticle, { url: `${base}/login` });
    expect(login.status).toBe(400);
    expect((await json(login)).error.message).toMatch(/no article text/);
    const pdf = await post(postArticle, { url: `${base}/report.pdf` });
    expect(pdf.status).toBe(400);
    expect((await json(pdf)).error).toMatchObject({ reason: "not_html", message: "The page is not HTML (it is application/pdf)" });
  });

  it("refuses the loopback server itself once it is not an allowed host", async () => {
    process.env.ATLAS_FETCH_ALLOW_HOSTS = "";
    const r = await post(postArticle, { url: `${base}/article` });
    process.env.ATLAS_FETCH_ALLOW_HOSTS = "127.0.0.1";
    expect(r.status).toBe(400);
    expect((await json(r)).error.reason).toBe("address");
    expect(await articles()).toBe(1);
  });
});

describe("npm run ingest -- URL", () => {
  it("adds a page, skips one already stored, and fails with a clear message and exit 1", async () => {
    const added = await ingestCli(`${base}/other`, `${base}/amp/article`);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(new RegExp(`${base}/other: article \\d+, 1 new incident`));
    expect(added.out).toContain(`${base}/amp/article: already stored as article`);
    const failed = await ingestCli(`${base}/report.pdf`);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain(`error: ${base}/report.pdf: The page is not HTML (it is application/pdf)`);
    expect(await articles()).toBe(2);
  });
});
