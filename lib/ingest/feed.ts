// A feed's text becomes its title and the links of its items, whatever its format (RSS 2.0, RSS 1.0,
// Atom or JSON Feed, told apart by feedsmith). Only http(s) links count, made absolute against the
// feed's own address: an item without one has no page to fetch. Relative imports: the worker uses it.
import { parseFeed } from "feedsmith";
import { invalid } from "../errors";

export interface ParsedFeed {
  title?: string;
  /** Each item's page, once, in the feed's order. */
  links: string[];
}

type Text = string | { value?: string } | undefined;
const text = (t: Text) => (typeof t === "string" ? t : t?.value)?.trim() || undefined;

interface AtomLink {
  href?: string;
  rel?: string;
}

/** The entry's page: its alternate link (Atom's default relation), else its first. */
const atomLink = (links: AtomLink[] | undefined) => (links?.find((l) => !l.rel || l.rel === "alternate") ?? links?.[0])?.href;

function itemLinks(parsed: ReturnType<typeof parseFeed>): (string | undefined)[] {
  const feed = parsed.feed as Record<string, unknown>;
  if (parsed.format === "atom") return ((feed.entries as { links?: AtomLink[] }[]) ?? []).map((e) => atomLink(e.links));
  if (parsed.format === "json") return ((feed.items as { url?: string; external_url?: string }[]) ?? []).map((i) => i.url ?? i.external_url);
  // RSS 2.0 and RSS 1.0 (RDF): an item's link, or a guid that is a permalink.
  return ((feed.items as { link?: string; guid?: { value?: string; isPermaLink?: boolean } }[]) ?? []).map(
    (i) => i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined),
  );
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    url.hash = "";
    return url.href;
  } catch {
    return undefined;
  }
}

/** The feed at `url`: its title and item links; anything that is not a feed is a 400 that says so. */
export function readFeed(body: string, url: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (e) {
    throw invalid(`This is not an RSS, Atom or JSON feed (${e instanceof Error ? e.message : String(e)})`, "url");
  }
  const links = itemLinks(parsed).map((l) => absolute(l, url));
  const title = text((parsed.feed as { title?: Text }).title);
  return { ...(title ? { title: title.slice(0, 500) } : {}), links: [...new Set(links.filter((l): l is string => !!l && l.length <= 2000))] };
}
