import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { decodeHtml, type FetchOptions, fetchPage, USER_AGENT } from "./fetch-page";

const PAGE = "<!doctype html><html><body><p>A page</p></body></html>";
/** 50 MB of zeros in about 50 KB: its size is counted as it inflates. */
const BOMB = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024));
let base = "";
let lastHeaders: http.IncomingHttpHeaders = {};
const server = http.createServer((req, res) => {
  lastHeaders = req.headers;
  const path = req.url ?? "/";
  if (path === "/page") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  if (path === "/gzip") return res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE));
  if (path === "/bomb") return res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(BOMB);
  if (path === "/untyped") return res.end(PAGE);
  if (path === "/json") return res.writeHead(200, { "content-type": "application/json" }).end("{}");
  if (path === "/feed") {
    if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
    return res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "last-modified": "Sun, 06 Dec 2026 09:00:00 GMT" }).end("<rss/>");
  }
  if (path === "/image") return res.writeHead(200, { "content-type": "image/png" }).end("png");
  if (path === "/missing") return res.writeHead(404, { "content-type": "text/html" }).end("gone");
  if (path === "/big") return res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(20_000));
  if (path === "/stream") {
    res.writeHead(200, { "content-type": "text/html" });
    for (let i = 0; i < 10; i++) res.write("y".repeat(4_000));
    return res.end();
  }
  if (path === "/drip") {
    res.writeHead(200, { "content-type": "text/html" }).write("<p>");
    const t = setInterval(() => res.write("."), 50);
    return void res.on("close", () => clearInterval(t));
  }
  if (path === "/slow") return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(PAGE), 2_000);
  if (path === "/to-metadata") return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
  if (path === "/to-ftp") return res.writeHead(302, { location: "ftp://example.org/" }).end();
  const loop = /^\/loop\/(\d+)$/.exec(path);
  if (loop) return res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end();
  res.writeHead(404).end();
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const allowed: FetchOptions = { allowHosts: new Set(["127.0.0.1"]), timeoutMs: 1_000, hostDelayMs: 0 };
const reason = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  return (e as DomainError).details?.reason;
};

describe("fetchPage", () => {
  it("reads an HTML page with a clear User-Agent", async () => {
    const page = await fetchPage(`${base}/page#top`, allowed);
    expect(page).toEqual({ url: `${base}/page`, html: PAGE });
    expect(lastHeaders["user-agent"]).toBe(USER_AGENT);
  });

  it("decodes gzip, and takes a page without a type when it starts as HTML", async () => {
    expect((await fetchPage(`${base}/gzip`, allowed)).html).toBe(PAGE);
    expect((await fetchPage(`${base}/untyped`, allowed)).html).toBe(PAGE);
  });

  it("refuses what is not http(s), not HTML or not there", async () => {
    expect(await reason(fetchPage("file:///etc/passwd", allowed))).toBe("url");
    expect(await reason(fetchPage("not a url", allowed))).toBe("url");
    expect(await reason(fetchPage(`${base}/json`, allowed))).toBe("not_html");
    expect(await reason(fetchPage(`${base}/missing`, allowed))).toBe("status");
  });

  it("refuses loopback unless the host is allowed", async () => {
    expect(await reason(fetchPage(`${base}/page`, { timeoutMs: 1_000, allowHosts: new Set(), hostDelayMs: 0 }))).toBe("address");
    expect(await reason(fetchPage("http://[::1]:9/", { allowHosts: new Set(), hostDelayMs: 0 }))).toBe("address");
  });

  it("checks the resolved address, and connects to the one it checked", async () => {
    const port = new URL(base).port;
    const rebinding = async () => [{ address: "10.1.2.3", family: 4 }];
    expect(await reason(fetchPage(`http://news.test:${port}/page`, { allowHosts: new Set(), resolve: rebinding, hostDelayMs: 0 }))).toBe("address");
    let lookups = 0;
    const resolve = async () => {
      lookups++;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const page = await fetchPage(`http://intranet.test:${port}/page`, { allowHosts: new Set(["intranet.test"]), resolve, hostDelayMs: 0 });
    expect(page.html).toBe(PAGE);
    // One for its robots.txt, one for the page: each request is checked and pinned.
    expect(lookups).toBe(2);
    expect(lastHeaders.host).toBe(`intranet.test:${port}`);
  });

  it("checks every redirect and stops after five", async () => {
    expect(await reason(fetchPage(`${base}/to-metadata`, allowed))).toBe("address");
    expect(await reason(fetchPage(`${base}/to-ftp`, allowed))).toBe("url");
    expect(await reason(fetchPage(`${base}/loop/0`, allowed))).toBe("redirects");
    const five = fetchPage(`${base}/loop/0`, { ...allowed, maxRedirects: 5 });
    await expect(five).rejects.toThrow(/more than 5 times/);
  });

  it("holds the time and size limits", async () => {
    expect(await reason(fetchPage(`${base}/slow`, { ...allowed, timeoutMs: 200 }))).toBe("timeout");
    expect(await reason(fetchPage(`${base}/big`, { ...allowed, maxBytes: 10_000 }))).toBe("too_big");
    expect((await fetchPage(`${base}/big`, { ...allowed, maxBytes: 20_000 })).html.length).toBe(20_000);
    expect(await reason(fetchPage(`${base}/stream`, { ...allowed, maxBytes: 10_000 }))).toBe("too_big");
    expect(await reason(fetchPage(`${base}/bomb`, { ...allowed, maxBytes: 1_000_000 }))).toBe("too_big");
    expect(await reason(fetchPage(`${base}/drip`, { ...allowed, timeoutMs: 300 }))).toBe("timeout");
  });

  it("turns a refused connection into a 400's reason, not a socket error", async () => {
    expect(await reason(fetchPage("http://127.0.0.1:1/", allowed))).toBe("network");
  });
});

describe("decodeHtml", () => {
  it("uses the header's charset, then the page's <meta>, then UTF-8", () => {
    const latin = Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(decodeHtml(latin, "text/html; charset=iso-8859-1")).toBe("<p>é</p>");
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin]))).toContain("é");
    expect(decodeHtml(Buffer.from("<p>é</p>"), "text/html; charset=bogus")).toBe("<p>é</p>");
  });
});

describe("fetchPage for a feed", () => {
  const feed: FetchOptions = { ...allowed, expect: "feed" };

  it("takes a feed's XML type, and gives its validators back", async () => {
    expect(await fetchPage(`${base}/feed`, feed)).toEqual({
      url: `${base}/feed`,
      html: "<rss/>",
      etag: '"v1"',
      lastModified: "Sun, 06 Dec 2026 09:00:00 GMT",
    });
    expect(lastHeaders.accept).toMatch(/application\/rss\+xml/);
  });

  it("sends the validators back, and a 304 is nothing new", async () => {
    expect(await fetchPage(`${base}/feed`, { ...feed, conditional: { etag: '"v1"' } })).toMatchObject({ notModified: true, html: "" });
    expect(lastHeaders["if-none-match"]).toBe('"v1"');
  });

  it("still refuses what is neither a feed nor a page, and an HTML fetch still refuses a feed", async () => {
    expect(await reason(fetchPage(`${base}/image`, feed))).toBe("not_html");
    expect(await reason(fetchPage(`${base}/feed`, allowed))).toBe("not_html");
  });
});
