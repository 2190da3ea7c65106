// A fetched news page becomes an article: its main text picked by Mozilla's Readability (what
// Firefox's reader view uses) on a linkedom document, which leaves menus, teasers and comments
// behind, and its metadata read by page-meta.ts. Relative imports: the off-thread worker loads it.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { invalid } from "../errors";
import { htmlDepth, htmlTitle, htmlToText, MAX_HTML_DEPTH } from "./html";
import { pageMeta } from "./page-meta";

/** Shorter than this, what Readability found is a menu or a teaser, not an article: two sentences of a brief are longer. */
export const MIN_ARTICLE_CHARS = 150;

export interface PageArticle {
  text: string;
  title?: string;
  source?: string;
  /** The page's canonical address, or where it was fetched when it names none: the duplicate key. */
  url: string;
  publishedAt?: string;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The article of a page fetched from `url`; a page without one is refused with a 400 that says so. */
export function readPage(html: string, url: string): PageArticle {
  if (htmlDepth(html) > MAX_HTML_DEPTH) {
    throw invalid(`The page is too complex to read: its elements are nested more than ${MAX_HTML_DEPTH} levels deep`, "url");
  }
  const meta = pageMeta(html, url);
  const { document } = parseHTML(html);
  const found = new Readability(document as unknown as Document).parse();
  const text = found?.content ? htmlToText(found.content) : "";
  if (text.replace(/\s+/g, " ").trim().length < MIN_ARTICLE_CHARS) {
    throw invalid("The page has no article text the atlas can read (it may be an index, a login page or built by scripts)", "url");
  }
  const publishedAt = meta.publishedAt ?? ISO_DAY.exec(found?.publishedTime?.trim() ?? "")?.[1];
  // Metadata past the submission's limits is dropped or cut, so an odd page is stored rather than refused for it.
  const source = meta.source ?? (found?.siteName?.trim() || undefined);
  return {
    text,
    url: meta.url && meta.url.length <= 2000 ? meta.url : url,
    ...optional("title", (found?.title?.trim() || htmlTitle(html))?.slice(0, 500)),
    ...optional("source", source && source.length <= 200 ? source : undefined),
    ...optional("publishedAt", publishedAt),
  };
}

const optional = <K extends string>(key: K, v: string | undefined) => (v ? ({ [key]: v } as Record<K, string>) : {});
