// A news site for the queue's tests, on 127.0.0.1: an RSS, an Atom and a JSON feed naming article
// pages, and the pages that go wrong (no article, a connection dropped mid-body, a page that hangs
// until released). It counts what it is asked, so a test can tell what was fetched and how often.
import http from "node:http";
import type { AddressInfo } from "node:net";

const PLACES = ["Palmyra", "Mayadin", "Albu Kamal", "Hajin", "Tadmur", "Manbij", "Azaz", "Jableh", "Qamishli", "Ariha", "Saraqib", "Douma"];

/** A news page whose article is the n-th: its own text and its own canonical address. */
export function articlePage(n: number, path = `/news/${n}`): string {
  const place = PLACES[n % PLACES.length];
  return `<!doctype html><html><head><title>Report ${n} from ${place} | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2024-03-${String((n % 27) + 1).padStart(2, "0")}T09:00:00Z">
<link rel="canonical" href="${path}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Report ${n} from ${place}</h1>
<p>${(n % 5) + 2} fighters were killed on Tuesday near ${place}, a war monitor said in report number ${n}.</p>
<p>The monitor did not say who carried out the attack. Local sources said the men were at a checkpoint when gunmen opened fire on them.</p>
</article><footer>© Test Wire</footer></body></html>`;
}

export const NO_ARTICLE = `<!doctype html><html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form>Password</form></body></html>`;

export const rss = (base: string, ns: number[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire (RSS)</title><link>${base}/</link>` +
  ns.map((n) => `<item><title>Report ${n}</title><link>${base}/news/${n}</link><guid>${base}/news/${n}</guid></item>`).join("") +
  "</channel></rss>";

export const atom = (base: string, ns: number[]) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire (Atom)</title><id>${base}/atom</id>` +
  ns.map((n) => `<entry><id>${base}/news/${n}</id><title>Report ${n}</title><link href="/news/${n}"/></entry>`).join("") +
  "</feed>";

export const jsonFeed = (base: string, ns: number[]) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Test Wire (JSON)",
    items: ns.map((n) => ({ id: String(n), url: `${base}/news/${n}` })),
  });

export interface FeedSite {
  base: string;
  /** Items of each feed; change them to publish. */
  items: { rss: number[]; atom: number[]; json: number[] };
  /** How many times each path was asked for. */
  hits: Map<string, number>;
  /** When each request for a path arrived (ms since the epoch). */
  times: Map<string, number[]>;
  /** Answers the hanging page's waiting requests (and every later one) with an article. */
  release(): void;
  /** Resolves when a request for `path` has arrived. */
  requested(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFeedSite(): Promise<FeedSite> {
  const items = { rss: [1, 2], atom: [3, 4], json: [5, 6] };
  const hits = new Map<string, number>();
  const times = new Map<string, number[]>();
  const waiters: { path: string; resolve: () => void }[] = [];
  const hanging: http.ServerResponse[] = [];
  let released = false;
  let base = "";
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    times.set(path, [...(times.get(path) ?? []), Date.now()]);
    for (const w of waiters.filter((w) => w.path === path)) w.resolve();
    const send = (type: string, body: string, headers: Record<string, string> = {}) => res.writeHead(200, { "content-type": type, ...headers }).end(body);
    const news = /^\/news\/(\d+)$/.exec(path);
    if (news) return send("text/html; charset=utf-8", articlePage(Number(news[1])));
    // A page that takes half a second, so a queue of them is still running when a test cuts something.
    const slow = /^\/slow\/(\d+)$/.exec(path);
    if (slow) return void setTimeout(() => send("text/html; charset=utf-8", articlePage(Number(slow[1]), path)), 500);
    if (path === "/rss.xml") {
      // The ETag names the items, so a changed feed has a new one.
      const etag = `"rss-${items.rss.join("-")}"`;
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      return send("application/rss+xml", rss(base, items.rss), { etag });
    }
    if (path === "/atom.xml") return send("application/atom+xml", atom(base, items.atom));
    if (path === "/feed.json") return send("application/feed+json", jsonFeed(base, items.json));
    if (path === "/empty.xml") return send("application/rss+xml", rss(base, []));
    if (path === "/login") return send("text/html", NO_ARTICLE);
    if (path === "/drop") {
      // Headers and half a page, then the connection is cut.
      res.writeHead(200, { "content-type": "text/html", "content-length": "100000" });
      res.write(articlePage(90).slice(0, 300));
      return void setTimeout(() => res.socket?.destroy(), 50);
    }
    if (path === "/hang") {
      if (released) return send("text/html; charset=utf-8", articlePage(91, "/hang"));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(articlePage(91, "/hang").slice(0, 200));
      return void hanging.push(res);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    items,
    hits,
    times,
    release() {
      released = true;
      for (const res of hanging.splice(0)) res.destroy();
    },
    requested: (path) => new Promise((resolve) => (hits.get(path) ? resolve() : waiters.push({ path, resolve }))),
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
