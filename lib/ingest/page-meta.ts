// What a news page says of itself beyond its text: the outlet (og:site_name), its own address
// (the canonical link) and the day it was published (article:published_time and its kin, a
// <time> in the byline, JSON-LD's datePublished, or a byline's written date). Read with
// htmlparser2's streaming parser, which keeps no tree, so a deep page costs no stack.
import { strict as chrono } from "chrono-node";
import { Parser } from "htmlparser2";

export interface PageMeta {
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Meta tags naming the publication date, the most trusted first. */
const DATE_META = ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "dc.date", "date"];
/** Elements whose text is a byline or a dateline: a date written there is the publication date. */
const BYLINE = /\b(byline|dateline|published|pubdate|post-date|entry-date|article-date|timestamp)\b/i;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** An absolute web address; a relative one is resolved against `base`, the page's own address, when it is known. */
function webUrl(href: string | undefined, base?: string): string | undefined {
  const h = href?.trim();
  if (!h) return undefined;
  if (/^https?:\/\/[^\s]+$/i.test(h)) return h;
  if (!base || /\s/.test(h)) return undefined;
  try {
    const url = new URL(h, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
const isoDay = (v: string | undefined) => (v ? ISO_DAY.exec(v.trim())?.[1] : undefined);

/** The day a byline's words give ("14 March 2024", "March 14, 2024"), when they give a whole date. */
function writtenDay(text: string): string | undefined {
  const d = chrono.parseDate(text.slice(0, 300));
  if (!d) return undefined;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

interface Found {
  meta: Map<string, string>;
  canonical?: string;
  ogUrl?: string;
  site?: string;
  timeDay?: string;
  ldDay?: string;
  bylineText: string;
}

function collect(html: string): Found {
  const found: Found = { meta: new Map(), bylineText: "" };
  let byline = 0;
  let inLd = false;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (byline) byline++;
        else if (BYLINE.test(`${a.class ?? ""} ${a.itemprop ?? ""} ${a.id ?? ""}`)) byline = 1;
        if (name === "meta" && a.content) {
          const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
          if (key === "og:site_name") found.site ??= a.content.trim();
          else if (key === "og:url") found.ogUrl ??= a.content;
          else if (DATE_META.includes(key) && !found.meta.has(key)) found.meta.set(key, a.content);
        }
        if (name === "link" && /(^|\s)canonical(\s|$)/i.test(a.rel ?? "")) found.canonical ??= a.href;
        if (a.datetime && (byline || a.itemprop === "datePublished" || "pubdate" in a)) found.timeDay ??= isoDay(a.datetime);
        inLd = name === "script" && (a.type ?? "").toLowerCase() === "application/ld+json";
      },
      ontext(text) {
        if (inLd) found.ldDay ??= isoDay(/"datePublished"\s*:\s*"([^"]+)"/.exec(text)?.[1]);
        else if (byline && found.bylineText.length < 300) found.bylineText += ` ${text}`;
      },
      onclosetag() {
        if (byline) byline--;
        inLd = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The page's metadata; `base` is the address it was fetched from, against which a relative canonical link is read. */
export function pageMeta(html: string, base?: string): PageMeta {
  const f = collect(html);
  const metaDay = DATE_META.map((k) => isoDay(f.meta.get(k))).find(Boolean);
  return {
    source: f.site || undefined,
    url: webUrl(f.canonical, base) ?? webUrl(f.ogUrl, base),
    publishedAt: metaDay ?? f.timeDay ?? f.ldDay ?? (f.bylineText.trim() ? writtenDay(f.bylineText) : undefined),
  };
}
