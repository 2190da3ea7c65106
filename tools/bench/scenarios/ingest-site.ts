// The news site of bench:ingest, on 127.0.0.1: N distinct article pages made from the eval corpus
// texts (eval/dev/articles/*.md) and one RSS feed listing them. Each page carries a line naming its
// run and number, so its text (the duplicate key beside the URL) is new on every run and page.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface CorpusText {
  title: string;
  source: string;
  published: string | null;
  paragraphs: string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One eval article (YAML-ish front matter, then paragraphs separated by blank lines). */
export function parseCorpusText(md: string): CorpusText {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  const front = m?.[1] ?? "";
  const field = (k: string) => new RegExp(`^${k}:\\s*"?(.*?)"?\\s*$`, "m").exec(front)?.[1] ?? null;
  const body = m ? md.slice(m[0].length) : md;
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { title: field("title") ?? paragraphs[0] ?? "Untitled", source: field("source") ?? "Bench Wire", published: field("published"), paragraphs };
}

/** The texts of a corpus folder, in name order. */
export function loadCorpus(dir: string): CorpusText[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseCorpusText(fs.readFileSync(path.join(dir, f), "utf8")));
}

/** The path of page n (1-based) of a run. */
export const pagePath = (run: string, n: number) => `/${run}/news/${n}`;

/** Page n of a run: the (n-1 mod corpus)-th text as a news page with its own canonical URL. */
export function articleHtml(base: string, run: string, n: number, corpus: CorpusText[]): string {
  const t = corpus[(n - 1) % corpus.length]!;
  const published = t.published ? `<meta property="article:published_time" content="${escapeHtml(t.published)}T09:00:00Z">` : "";
  const paragraphs = t.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html><head><title>${escapeHtml(t.title)} | ${escapeHtml(t.source)}</title>
<meta property="og:site_name" content="${escapeHtml(t.source)}">${published}
<link rel="canonical" href="${base}${pagePath(run, n)}"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${escapeHtml(t.title)}</h1>
${paragraphs}
<p>Bench page ${n} of run ${escapeHtml(run)}.</p>
</article><footer>Bench Wire</footer></body></html>`;
}

/** An RSS 2.0 feed naming pages 1..count of a run. */
export function feedXml(base: string, run: string, count: number): string {
  const items: string[] = [];
  for (let n = 1; n <= count; n++) {
    const link = `${base}${pagePath(run, n)}`;
    items.push(`<item><title>Page ${n}</title><link>${link}</link><guid>${link}</guid></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire ${run}</title><link>${base}/</link>${items.join("")}</channel></rss>`;
}

export interface IngestSite {
  base: string;
  /** Page requests answered so far. */
  pagesServed(): number;
  close(): Promise<void>;
}

/** Serves /{run}/feed.xml (`count` items) and /{run}/news/{n} for any run, plus an open robots.txt. */
export async function startIngestSite(corpus: CorpusText[], count: number): Promise<IngestSite> {
  let base = "";
  let pages = 0;
  const server = http.createServer((req, res) => {
    const p = (req.url ?? "/").split("?")[0]!;
    const send = (type: string, body: string) => res.writeHead(200, { "content-type": type }).end(body);
    const news = /^\/([\w-]+)\/news\/(\d+)$/.exec(p);
    if (news && Number(news[2]) >= 1) {
      pages++;
      return send("text/html; charset=utf-8", articleHtml(base, news[1]!, Number(news[2]), corpus));
    }
    const feed = /^\/([\w-]+)\/feed\.xml$/.exec(p);
    if (feed) return send("application/rss+xml", feedXml(base, feed[1]!, count));
    if (p === "/robots.txt") return send("text/plain", "User-agent: *\nAllow: /\n");
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    pagesServed: () => pages,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
