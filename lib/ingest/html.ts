// HTML pages become plain text through html-to-text (a maintained parser), not regular
// expressions: scripts, styles, navigation and images are dropped, paragraphs kept apart.
// html-to-text walks the page recursively: a page nested a few thousand levels deep overflows
// the stack, and one nested 300,000 deep took 25 s to fail, so depth is checked first.
import { convert } from "html-to-text";
import { invalid } from "../errors";
import { pageMeta } from "./page-meta";

/** Deeper than browsers build a page (Blink stops nesting at 512); real pages stay far below. */
export const MAX_HTML_DEPTH = 512;

/** Elements that hold nothing, those that end when a sibling of theirs starts, and those whose content is not markup. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const ENDED_BY_SIBLING = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]);
/** Where self-closing tags (<path/>) hold nothing, as in the parser. */
const FOREIGN = new Set(["svg", "math"]);

interface Tag {
  /** Where the tag ends (its ">"). */
  end: number;
  /** Lower case; absent for a comment, a doctype or a stray "<". */
  name?: string;
  closing: boolean;
  selfClosing: boolean;
}

/** The tag that starts at `at` in the lower-cased page, or null when the page ends inside it. */
function tagAt(lower: string, at: number): Tag | null {
  const comment = lower.startsWith("<!--", at);
  const close = lower.indexOf(comment ? "-->" : ">", at + 1);
  if (close === -1) return null;
  const end = comment ? close + 2 : close;
  const m = comment ? null : /^<(\/?)([a-z][a-z0-9-]*)/.exec(lower.slice(at, Math.min(end, at + 80)));
  return { end, name: m?.[2], closing: m?.[1] === "/", selfClosing: lower[end - 1] === "/" };
}

/**
 * How deeply the page's elements nest, counted in one pass much as the parser counts them, and
 * no further than just past `limit`. It may count less than the parser (it does not know every
 * rule that ends an element), never more, so a real page is not refused for it.
 */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const lower = html.toLowerCase();
  const open: string[] = [];
  let foreignAt = -1;
  let deepest = 0;
  for (let at = lower.indexOf("<"); at !== -1 && deepest <= limit; ) {
    const tag = tagAt(lower, at);
    if (!tag) break;
    at = lower.indexOf("<", tag.end);
    const name = tag.name;
    if (!name) continue;
    const ended = tag.closing || ENDED_BY_SIBLING.has(name) ? open.lastIndexOf(name) : -1;
    if (ended !== -1) open.length = ended;
    if (foreignAt >= open.length) foreignAt = -1;
    if (tag.closing || VOID.has(name) || (foreignAt !== -1 && tag.selfClosing)) continue;
    if (RAW_TEXT.has(name)) {
      at = lower.indexOf(`</${name}`, tag.end);
      continue;
    }
    if (FOREIGN.has(name) && foreignAt === -1) foreignAt = open.length;
    open.push(name);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The <title> of a page, when it has one. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(html);
  return m ? convert(m[1]!, { wordwrap: false }).trim() || undefined : undefined;
}

/** What an uploaded file gives besides its text. */
export interface FileMeta {
  title?: string;
  source?: string;
  url?: string;
  /** YYYY-MM-DD, the day as the publisher dated it. */
  publishedAt?: string;
}

/** Text of an uploaded file by its name: .html/.htm converted (refused when nested too deep) with its metadata, .txt/.md as they are. */
export function fileToText(name: string, content: string): { text: string } & FileMeta {
  if (!/\.html?$/i.test(name) && !/^\s*<(!doctype html|html)/i.test(content)) return { text: content };
  if (htmlDepth(content) > MAX_HTML_DEPTH) {
    throw invalid(`${name} is too complex to read: its elements are nested more than ${MAX_HTML_DEPTH} levels deep`, "file");
  }
  return { text: htmlToText(content), title: htmlTitle(content), ...htmlMeta(content) };
}

/** A page's outlet, address and publication date, from its meta tags, canonical link and byline. */
export function htmlMeta(html: string): Omit<FileMeta, "title"> {
  const m = pageMeta(html);
  return Object.fromEntries(Object.entries({ source: m.source, url: m.url, publishedAt: m.publishedAt }).filter(([, v]) => v)) as Omit<FileMeta, "title">;
}
