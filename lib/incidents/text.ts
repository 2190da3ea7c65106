// What a piece of text must be before it is stored or sent to PostgreSQL, and how an article's
// title and URL are held to a shape that is safe to store and to show.
import { z } from "zod";

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL's text refuses NUL, and a lone surrogate is not Unicode (Prisma's query JSON refuses it). */
export function isStorable(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE_RE.test(s);
}

export const NOT_STORABLE = "contains a NUL character or a lone surrogate, which are not text";

/** A string PostgreSQL can store; chain further checks on it. */
export const storableString = () => z.string().refine(isStorable, NOT_STORABLE);

/** Only web pages: a javascript:, data: or file: URL shown as a link would run or open something else. */
export function isWebUrl(s: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (!/^https?:\/\//i.test(s) || !isStorable(s) || /[\u0000-\u001f\u007f]/.test(s)) return false;
  try {
    return ["http:", "https:"].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

export const WEB_URL_MESSAGE = "expected an http:// or https:// URL";

export const TITLE_MAX = 300;

/** A title of at most TITLE_MAX characters: a longer one is cut at a word, with an ellipsis. */
export function shortTitle(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length <= TITLE_MAX) return t;
  const head = t.slice(0, TITLE_MAX - 1).replace(/[\uD800-\uDBFF]$/, "");
  const space = head.lastIndexOf(" ");
  // A first line with no space for a long way (a URL, a run of letters) is cut where it reaches the limit.
  const cut = space > TITLE_MAX / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}
