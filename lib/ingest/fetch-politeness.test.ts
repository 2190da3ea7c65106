// robots.txt and per-host politeness of the fetcher, against real HTTP servers on 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { type FetchOptions, fetchPage } from "./fetch-page";
import { forgetRobots } from "./robots";

const PAGE = "<!doctype html><html><body><p>A page</p></body></html>";
const servers: http.Server[] = [];

/** A server on 127.0.0.1 answering robots.txt with `robots` (status and body), and counting what it was asked. */
async function serve(robots: { status: number; body?: string }, pageMs = 0) {
  const asked: string[] = [];
  const spans: { start: number; end: number }[] = [];
  let inFlight = 0;
  let most = 0;
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    asked.push(path);
    if (path === "/robots.txt") return res.writeHead(robots.status, { "content-type": "text/plain" }).end(robots.body ?? "");
    if (path === "/to-private") return res.writeHead(302, { location: "/private/page" }).end();
    const start = Date.now();
    most = Math.max(most, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      spans.push({ start, end: Date.now() });
    }, pageMs);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, asked, spans, most: () => most };
}

afterAll(() => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))));
beforeEach(() => forgetRobots());

const options: FetchOptions = { allowHosts: new Set(["127.0.0.1"]), timeoutMs: 2_000, hostDelayMs: 0 };
const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  return { reason: (e as DomainError).details?.reason, message: (e as DomainError).message };
};

const ROBOTS = ["User-agent: *", "Disallow: /", "", "User-agent: ConflictAtlas", "Disallow: /private/", ""].join("\n");

describe("robots.txt", () => {
  it("is honoured for the atlas's own User-Agent: its group, not the others'", async () => {
    const s = await serve({ status: 200, body: ROBOTS });
    expect((await fetchPage(`${s.base}/news/1`, options)).html).toBe(PAGE);
    const refused = await failure(fetchPage(`${s.base}/private/page`, options));
    expect(refused.reason).toBe("robots");
    expect(refused.message).toMatch(/robots\.txt of 127\.0\.0\.1:\d+ disallows \/private\/page/);
    expect(s.asked).not.toContain("/private/page");
  });

  it("applies to where a redirect leads", async () => {
    const s = await serve({ status: 200, body: ROBOTS });
    expect((await failure(fetchPage(`${s.base}/to-private`, options))).reason).toBe("robots");
    expect(s.asked).not.toContain("/private/page");
  });

  it("is read once per host while it is fresh", async () => {
    const s = await serve({ status: 200, body: ROBOTS });
    await fetchPage(`${s.base}/a`, options);
    await fetchPage(`${s.base}/b`, options);
    await failure(fetchPage(`${s.base}/private/c`, options));
    expect(s.asked.filter((p) => p === "/robots.txt")).toHaveLength(1);
  });

  it("allows everything when there is none, and nothing while the server fails to say", async () => {
    const none = await serve({ status: 404 });
    expect((await fetchPage(`${none.base}/page`, options)).html).toBe(PAGE);
    const failing = await serve({ status: 503 });
    const refused = await failure(fetchPage(`${failing.base}/page`, options));
    expect(refused).toMatchObject({ reason: "robots", message: expect.stringContaining("answered HTTP 503") });
    await failure(fetchPage(`${failing.base}/page`, options));
    // A failing robots.txt is not remembered: the next fetch asks again, and never for the page.
    expect(failing.asked).toEqual(["/robots.txt", "/robots.txt"]);
  });
});

describe("per-host politeness", () => {
  it("sends one request at a time to a host, with the pause between", async () => {
    const s = await serve({ status: 404 }, 50);
    const polite = { ...options, hostDelayMs: 150 };
    await Promise.all([1, 2, 3].map((n) => fetchPage(`${s.base}/page/${n}`, polite)));
    expect(s.most()).toBe(1);
    const spans = [...s.spans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start - spans[i - 1]!.end).toBeGreaterThanOrEqual(140);
  });

  it("does not hold one host's pages for another's", async () => {
    const busy = await serve({ status: 404 }, 50);
    const other = await serve({ status: 404 });
    const polite = { ...options, hostDelayMs: 300 };
    const finished: string[] = [];
    const track = (name: string, url: string) => fetchPage(url, polite).then(() => finished.push(name));
    await Promise.all([track("busy 1", `${busy.base}/1`), track("busy 2", `${busy.base}/2`), track("other", `${other.base}/1`)]);
    expect(finished.indexOf("other")).toBeLessThan(finished.indexOf("busy 2"));
  });

  it("does not count the wait for a host's turn against the time limit", async () => {
    const s = await serve({ status: 404 }, 50);
    const polite = { ...options, hostDelayMs: 300, timeoutMs: 400 };
    const pages = await Promise.all([1, 2, 3].map((n) => fetchPage(`${s.base}/page/${n}`, polite)));
    expect(pages.map((p) => p.html)).toEqual([PAGE, PAGE, PAGE]);
  });
});
