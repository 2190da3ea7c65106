// Reading an article: YAML front matter, a dateline, and the site furniture to leave out.
//
// The stored text is the raw input minus the front matter, byte for byte; we never rewrite it. Instead
// we return `content`, the ranges of that text that are article prose, so every offset computed later
// points into the stored text.
import { parse as parseYaml } from "yaml";
import { isStorable, shortTitle } from "../incidents/text";
import { addDays, findDates } from "./dates";
import type { ArticleInput } from "./types";
import type { TextRange } from "./sentences";

export interface ParsedArticle {
  /** Raw input minus front matter. */
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedFrom: "given" | "front-matter" | "dateline" | "url" | null;
  /** Ranges of `text` that are article prose (one per kept line). */
  content: TextRange[];
  /** Ranges left out, with the reason (for debugging and tests). */
  furniture: Array<TextRange & { reason: string }>;
  /** With no publication date, the year a one-year copyright line gives, to read "On May 1". */
  yearHint: number | null;
  /**
   * With no publication date, the day the text calls today below its lead ("this afternoon, February 14, 2021"):
   * what its "yesterday" is reckoned from, though the page does not show it as its date.
   */
  textToday?: string | null;
}

// "Copyright © 2012 Naharnet.com": one year, not a range ("2004-2024" is the site's, not the story's)
const COPYRIGHT_YEAR_RE = /(?:Copyright|©)\s*(?:©\s*)?((?:19|20)\d\d)\b(?!\s*[-–])/i;

const FRONT_MATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_SRC = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const WEEKDAY_SRC = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?";

// Datelines we accept, only near the top of the article:
//   "Wednesday, May 29, 2024"  "May 29, 2024"  "29 May 2024"  "Published: 2024-05-29"  "2024-05-29"
//   "HOMS, Dec 10, 2024 (AFP) -"
const DATELINE_MDY_RE = new RegExp(String.raw`\b(${MONTH_SRC})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d\d)\b`, "i");
const DATELINE_DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_SRC})\.?(?:,\s*|\s+)((?:19|20)\d\d)\b`, "i");
const DATELINE_ISO_RE = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/;
const DATELINE_LINE_RE = new RegExp(
  String.raw`^\s*(?:(?:published|posted|updated|date|last updated)\s*(?:on)?\s*:?\s*)?(?:${WEEKDAY_SRC},?\s+)?` +
    String.raw`(?:(?:${MONTH_SRC})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d` +
    String.raw`|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_SRC})\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})` +
    String.raw`(?:(?:[\sT,|@·•/–—-]|\bat\b)+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d{0,2}|UTC[+-]?\d{0,2}))?)?\s*$`,
  "i",
);
const PUBLISHED_LABEL_RE = /^\s*(?:published|posted|updated|date|last updated)\b/i;
// "HOMS, Dec 10 (AFP) -", "Amman, Jan. 27, (dpa/GNA) –" or "BEIRUT (Reuters) -": a wire dateline opening the lead.
// Also "Aleppo, Syria, March 3, 2016 (AP) —" (place in mixed case, country after it) and "DEIR EZZOR, 2 July
// (SANA) –" (day before month; a dateline without a year takes its year from the dates the text tells).
const WIRE_DATELINE_RE = new RegExp(
  String.raw`^\s*[A-Z][A-Za-z .'-]{2,30},?\s*(?:Syria,?\s*)?` +
    String.raw`(?:(?:(${MONTH_SRC})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTH_SRC})\.?)(?:,?\s+((?:19|20)\d\d))?,?\s*)?` +
    String.raw`(?:\([A-Za-z][\w .'/-]{1,30}\)\s*)?[-—–]`,
);
const FULL_DATE_G_RE = new RegExp(
  String.raw`\b(?:(${MONTH_SRC})\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_SRC})\.?,?\s+((?:19|20)\d\d))\b`,
  "gi",
);

/** The latest full date (day, month and year) the text tells, or null. */
function latestFullDate(text: string): string | null {
  let latest: string | null = null;
  for (const m of text.matchAll(FULL_DATE_G_RE)) {
    const iso = m[1]
      ? isoFrom(Number(m[3]), MONTHS[m[1].toLowerCase()] ?? 0, Number(m[2]))
      : isoFrom(Number(m[6]), MONTHS[m[5]!.toLowerCase()] ?? 0, Number(m[4]));
    if (iso && (latest === null || iso > latest)) latest = iso;
  }
  return latest;
}

/** The year of a dateline without one: the first such day on or after the latest full date the text tells. */
function yearForDateline(text: string, month: number, day: number): number | null {
  const latest = latestFullDate(text);
  if (latest === null) return null;
  const y = Number(latest.slice(0, 4));
  const same = isoFrom(y, month, day);
  return same !== null && same >= latest ? y : y + 1;
}

// ---- furniture ------------------------------------------------------------------------------------
const FURNITURE_EXACT_RE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`latest(?: stories| news)?|related(?: articles| posts| stories| news| coverage| content| reading| topics)?|more coverage`,
      String.raw`further reading|read (?:more|also|next)|more (?:stories|news)|back to top(?: button)?|share(?: this(?: article)?)?|advertisement`,
      String.raw`tags?:?.*|comments?|leave a (?:reply|comment)|you may also like|recommended|trending|most read|popular|print|email|follow us.*`,
      String.raw`sign up.*|subscribe.*|home|menu|search|skip to content|\d{1,2}\s*min(?:ute)?s?\s+read`,
    ].join("|") +
    String.raw`)$`,
  "i",
);
// Furniture that introduces a list of other stories' headlines: the short lines after it are furniture too.
const LIST_FURNITURE_RE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`latest(?: stories| news| articles)?|related(?: articles| posts| stories| news| coverage| content| reading| topics)?|more coverage`,
      String.raw`further reading|read (?:more|also|next)|more (?:stories|news|from [\w ]{1,30})|you may also like|recommended(?: for you)?`,
      String.raw`trending(?: now)?|most read|most popular|popular(?: stories| news)?|top stories|editor'?s picks|see also`,
      String.raw`check also|check out also|don'?t miss|you might also like|also on [\w ]{1,30}|more in [\w ]{1,30}`,
    ].join("|") +
    String.raw`)$`,
  "i",
);
// "Related: <other story's headline>", "Read more: ...", "Also read - ...": a link to another story on one line.
const INLINE_STORY_LINK_RE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`related(?: articles?| posts?| stories| news| coverage)?|read (?:more|also|next)|also read|see also|more on this(?: story)?`,
      String.raw`recommended|must read|watch|listen`,
    ].join("|") +
    String.raw`)\s*[:|–—-]\s*\S`,
  "i",
);
const COPYRIGHT_RE = /(?:copyright|©|\(c\)\s*\d{4}|all rights reserved)/i;
const NEWSLETTER_RE = /\b(?:newsletter|subscribe|sign up for|send us your news|envíanos|suscr[ií]bete|inscrivez|abonnez)\b/i;
const WIRE_CREDIT_RE = /^\(?\s*(?:with (?:files|reporting|inputs?) from|additional reporting by|reporting by|written by|edited by|source:)\s+[^)]*\)?\.?$/i;
// "PHOTO/AFP - caption", "AFP/DELIL SOULEIMAN - caption", "PHOTO/AP-Archive photo of ...", "(Photo: AFP)",
// and a page's bracketed furniture: "[Photo caption: ...]", "[Embedded post ...]", "[Pull quote: ...]".
const CAPTION_RE = new RegExp(
  String.raw`^\s*\[?\s*(?:` +
    [
      String.raw`(?:embedded|pull quote|video|graphic|map|chart|tweet|audio)\b`,
      String.raw`\(?(?:photo|foto|image|picture|file photo|archive|pic)\b\s*[/:|-]?\s*[\p{L}\s.'/-]{0,40}?\s*(?:[-–—:|]|$)`,
      String.raw`(?:AFP|AP|Reuters|EFE|Getty(?: Images)?|SANA|Anadolu|Europa Press|EPA|Xinhua)\s*\/\s*[\p{Lu}\p{L}\s.'-]{2,40}?\s*[-–—|]`,
      // "A handout picture released by SANA on December 30 shows ..."
      String.raw`(?:an?|this|the)\s+(?:handout\s+|file\s+)?(?:picture|photo|photograph|image|video\s+grab)\s+` +
        String.raw`(?:released|taken|provided|made\s+available|shows|showing)\b`,
    ].join("|") +
    String.raw`)`,
  "iu",
);
// A caption ending with its picture's credit: "... in southern Damascus, Syria. (File) / AP Archive", "(AP Photo/...)".
const CAPTION_CREDIT_END_RE = new RegExp(
  String.raw`(?:\(File(?:\s+photo)?(?:\s*\/\s*(?:AP|AFP|Reuters|EPA|SANA|Getty(?:\s+Images)?))?\)` +
    String.raw`|\/\s*(?:AP|AFP|Reuters|Getty\s+Images|EPA|Anadolu(?:\s+Agency)?)(?:\s+(?:Archive|Photo|Images))?` +
    String.raw`|\((?:AP|AFP|Reuters)\s+Photo[^)]*\)` +
    // "... on a military checkpoint in Deir Ezzor (Al Mayadeen archives)", "(Getty Images)", "[source: Getty]"
    String.raw`|\([\w\s.'’-]{1,40}\barchives?\)|\((?:Getty\s+Images|AFP\s+via\s+Getty\s+Images)\)|\[source:\s*[^\]]{1,40}\])\s*\.?$`,
  "i",
);
// A short line closed by a bare credit after its last sentence: "Smoke rises over Daraa on July 5, 2018. (AFP)",
// "... rocked the city of Raqqa, Syria. (Photo: Social Media)".
const AGENCY_CREDIT_END_RE =
  /[.!?]["”]?\s*\((?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|Anadolu|SANA|Xinhua|(?:Photo|Image|File\s+photo)\s*:\s*[^)]{1,40})\)\s*$/i;
// A whole line in brackets, or a bracketed label opening one: page furniture described, not prose
// ("[Site ticker: ...]", "[Photo caption] ...", "[to top of second column]").
const BRACKETED_NOTE_RE =
  /^\[[^\]]*\]$|^\[\s*(?:photo|image|video|embedded|pull\s+quote|site\s+ticker|ticker|caption|map|graphic|tweet|post|ad|advertisement|related)\b[^\]]*\]/i;
// A listing's cut-off teaser of another story: "Homs, SANA- 36 people were martyred ... in an Israeli …"
const TEASER_RE = /(?:…|\.\.\.|\.{4})\s*$/;
const PAGE_TITLE_RE = /\s[|]\s*[^|]{2,40}$/;

// Stop words to tell English from Spanish/French/Italian/Portuguese captions and appeals.
const EN_WORDS = new Set("the of and in to a was were is are for on with by from that this at as has have had their its an".split(" "));
const FOREIGN_WORDS = new Set(
  (
    "de la el los las del y en que con por una un se su para al es lo como más pero sus le les des et du une est dans sur au aux ce qui " +
    "il nel della di il che per con gli da em os as um uma não foram ciudad siria fuerzas esta este foto archivo tus si"
  ).split(" "),
);

// Cheap pre-test: without any of these a line is not Spanish/French/Italian.
const FOREIGN_HINT_RE = /[áéíóúñàèçêôûœ¿¡]|\b(?:de|la|el|los|las|del|en|que|con|por|une?|les|des|et|du|est|dans|della|di|nel)\b/i;

function isForeignLine(line: string): boolean {
  if (!FOREIGN_HINT_RE.test(line)) return false;
  const words = line.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 2) return false;
  let en = 0;
  let foreign = 0;
  for (const w of words) {
    if (EN_WORDS.has(w)) en++;
    else if (FOREIGN_WORDS.has(w)) foreign++;
  }
  // accented letters typical of Spanish/French and absent from English text
  const accents = (line.match(/[áéíóúñàèçêôûœ¿¡]/gi) ?? []).length;
  return foreign + Math.min(accents, 3) > en * 1.5 + 1;
}

function isoFrom(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

// Numeric dates of page bylines: "2013.12.16", "06/21/2024" (month first unless the day shows it is not),
// "06-10-2023" (day first, as Middle Eastern and European sites write it).
const DOTTED_RE = /\b((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})\b/;
const SLASHED_RE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/;
const DASHED_DMY_RE = /\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b/;

function numericDate(s: string): string | null {
  let m = DOTTED_RE.exec(s);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED_RE.exec(s);
  if (m) return Number(m[1]) > 12 ? isoFrom(Number(m[3]), Number(m[2]), Number(m[1])) : isoFrom(Number(m[3]), Number(m[1]), Number(m[2]));
  m = DASHED_DMY_RE.exec(s);
  return m ? isoFrom(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

// A byline or page stamp: a short line near the top, not a sentence, that holds a full date among an
// outlet's or author's name, a weekday, a time, "Published", "Last modified" ("Orient Net 2019-07-07
// 06:03:00", "Friday, 06/21/2024", "The Guardian, June 9, 2012", "By Staff Reporter · 3 March 2022").
const BYLINE_MAX_CHARS = 90;

/** The publication date a byline line gives, or null when the line is not one. */
export function bylineDate(line: string): string | null {
  const t = line.trim();
  // ("Edited by ... | Translated by ... | Published: 24 June 2018, 4:30:37 PM | Military news": a long stamp line)
  const stamp = t.length <= 300 && !/[.!?]["”]?$/.test(t) ? PUBLISHED_STAMP_RE.exec(t) : null;
  const stamped = stamp ? (parseDatelineDate(stamp[1]!) ?? numericDate(stamp[1]!)) : null;
  if (stamped) return stamped;
  if (t.length > BYLINE_MAX_CHARS) return null;
  if (/[.!?]["”]?$/.test(t) && t.split(/\s+/).length > 8) return null;
  return parseDatelineDate(t) ?? numericDate(t);
}

const PUBLISHED_STAMP_RE = /\b(?:Published|Posted|Updated|Last\s+(?:updated|modified))(?:\s+on)?\s*:?\s*([^|]{6,40})/i;

/** A full date (with year) in a short string, or null. */
export function parseDatelineDate(s: string): string | null {
  let m = DATELINE_ISO_RE.exec(s);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATELINE_MDY_RE.exec(s);
  if (m) return isoFrom(Number(m[3]), MONTHS[m[1]!.toLowerCase().replace(/\.$/, "")] ?? 0, Number(m[2]));
  m = DATELINE_DMY_RE.exec(s);
  if (m) return isoFrom(Number(m[3]), MONTHS[m[2]!.toLowerCase().replace(/\.$/, "")] ?? 0, Number(m[1]));
  return null;
}

function asIsoDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === "string") {
    const t = v.trim();
    if (ISO_DATE_RE.test(t)) return isoFrom(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10)));
    if (/^\d{4}-\d{2}-\d{2}T/.test(t)) return asIsoDate(t.slice(0, 10));
    return parseDatelineDate(t);
  }
  return null;
}

/** A metadata value as text; YAML escapes can spell a NUL or a lone surrogate, which no text column holds. */
function asString(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" && isStorable(v) ? v.trim() : null;
}

/** Normalise a headline for comparisons: lowercase letters and digits only. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\d]+/gu, "");
}

type FrontMatter = Record<string, unknown>;

/** The text without its YAML front matter, and that front matter (empty when there is none). */
function splitFrontMatter(raw: string): { text: string; fm: FrontMatter } {
  const m = FRONT_MATTER_RE.exec(raw);
  if (m) {
    try {
      const parsed: unknown = parseYaml(m[1]!);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        return { text: raw.slice(m[0].length), fm: parsed as FrontMatter };
      }
    } catch {
      // Not YAML after all: keep the text as received.
    }
  }
  return { text: raw, fm: {} };
}

type PublishedDate = Pick<ParsedArticle, "publishedAt" | "publishedFrom">;

/** The publication date given with the input, else the front matter's; a dateline can only fill a gap. */
function givenPublishedDate(input: ArticleInput, fm: FrontMatter): PublishedDate {
  const given = input.publishedAt ? asIsoDate(input.publishedAt) : null;
  if (given) return { publishedAt: given, publishedFrom: "given" };
  const fmDate = asIsoDate(fm.published ?? fm.date ?? fm.publishedAt ?? fm.published_at);
  if (fmDate) return { publishedAt: fmDate, publishedFrom: "front-matter" };
  return { publishedAt: null, publishedFrom: null };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The non-blank lines of `text` up to `maxChars`, trimmed, with their offsets in `text`. */
function splitLines(text: string, maxChars: number): Line[] {
  const lines: Line[] = [];
  let p = 0;
  while (p <= text.length && p < maxChars) {
    let e = text.indexOf("\n", p);
    if (e < 0) e = text.length;
    const raw = text.slice(p, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t !== "") lines.push({ start: p + lead, end: p + lead + t.length, text: t });
    p = e + 1;
  }
  return lines;
}

/** Caption bodies, to drop a caption line's duplicate that often precedes it. */
function captionBodiesOf(lines: Line[]): Set<string> {
  const bodies = new Set<string>();
  for (const l of lines) {
    const m = CAPTION_RE.exec(l.text);
    if (m) bodies.add(squash(l.text.slice(m[0].length)));
  }
  return bodies;
}

/** What the per-line pass has learnt so far. */
interface ReadState {
  title: string | null;
  pageTitle: string | null;
  datelineDate: string | null;
  textToday: string | null;
  /** A date line above the headline: often the site's date bar ("Tuesday November 19, 2024"), not the article's. */
  headerDate: string | null;
  /** The year in the page's address ("/2022/01/"), for a dateline without one. */
  urlYear: number | null;
  captionBodies: Set<string>;
  seenHeadlines: Set<string>;
  proseSeen: number;
  inStoryList: boolean;
}

/** A list of other stories' headlines starts at its heading and ends at the first full sentence. */
function updateStoryList(state: ReadState, t: string): void {
  if (LIST_FURNITURE_RE.test(t.replace(/[.:]+$/, ""))) state.inStoryList = true;
  else if (state.inStoryList && /[.!?"”]$/.test(t) && t.split(/\s+/).length > 8) state.inStoryList = false;
}

/** "dateline" or "byline" for a line near the top that dates the article (noting the date), else null. */
function datelineReason(line: string, state: ReadState): string | null {
  const t = line.replace(/^\[\s*|\s*\]$/g, ""); // "[June 20, 2014]"
  const note = (date: string | null) => {
    if (state.seenHeadlines.size === 0) state.headerDate ??= date;
    else state.datelineDate ??= date;
  };
  if (DATELINE_LINE_RE.test(t) || (PUBLISHED_LABEL_RE.test(t) && parseDatelineDate(t))) {
    note(parseDatelineDate(t));
    return "dateline";
  }
  if (!/[.!?]["”]?$/.test(t) && bylineDate(t)) {
    note(bylineDate(t));
    return "byline";
  }
  return null;
}

/** Why a line anywhere in the page is site furniture rather than prose, or null when it is not. */
function furnitureReason(t: string, state: ReadState): string | null {
  if (FURNITURE_EXACT_RE.test(t.replace(/[.:]+$/, ""))) return "site furniture";
  if (BRACKETED_NOTE_RE.test(t)) return "bracketed note";
  if (TEASER_RE.test(t) && t.length < 250) return "story teaser";
  if (INLINE_STORY_LINK_RE.test(t) && t.length < 250) return "story link";
  if (COPYRIGHT_RE.test(t) && t.length < 200) return "copyright";
  if (NEWSLETTER_RE.test(t) && t.length < 300) return "newsletter";
  if (WIRE_CREDIT_RE.test(t)) return "wire credit";
  if (CAPTION_RE.test(t) || (CAPTION_CREDIT_END_RE.test(t) && t.length < 400)) return "photo caption";
  if (state.captionBodies.size > 0 && t.length > 10 && state.captionBodies.has(squash(t))) return "caption duplicate";
  if (isForeignLine(t)) return "other language";
  if (PAGE_TITLE_RE.test(t) && !/[.!?]$/.test(t) && t.length < 200) {
    // "Headline | SITE": the page title; keep its headline as the title when we have none.
    state.pageTitle ??= t.replace(PAGE_TITLE_RE, "").trim();
    return "page title";
  }
  if (!/[.!?:;"”]$/.test(t) && t.split(/\s+/).length <= 3 && !/\d/.test(t)) return "section label"; // "Middle East", "World", "Syria"
  if (!/[.!?"”]$/.test(t) && state.seenHeadlines.size > 0 && state.seenHeadlines.has(squash(t))) return "duplicate headline";
  return null;
}

/** Why a line is left out, or null to keep it as article content. */
function lineReason(t: string, near: boolean, state: ReadState): string | null {
  updateStoryList(state, t);
  // a photo's caption may carry the photo's date, which is not the article's
  const caption = AGENCY_CREDIT_END_RE.test(t) && t.length < 250 ? "photo caption" : null;
  const reason = caption ?? (near ? datelineReason(t, state) : null) ?? furnitureReason(t, state);
  if (!reason && state.inStoryList && !/[.!?"”]$/.test(t)) return "story list";
  return reason;
}

/**
 * The date of a wire dateline opening the lead paragraph ("HOMS, Dec 10, 2024 (AFP) -"), or of any full
 * date before its first dash ("Damascus, 13 Jumadil Awwal 1435/14 March 2014 (MINA) –"), or null.
 */
function wireDatelineDate(t: string, text: string, urlYear: number | null): string | null {
  const wm = WIRE_DATELINE_RE.exec(t);
  const dash = /\s[-—–]\s/.exec(t.slice(0, 100));
  if (!wm) return dash ? parseDatelineDate(t.slice(0, dash.index)) : null;
  const wMonth = MONTHS[(wm[1] ?? wm[4] ?? "").toLowerCase()] ?? 0;
  if (wMonth === 0) return null;
  const wDay = Number(wm[2] ?? wm[3]);
  // a dateline without a year takes it from the dates the text tells, else from the page's address
  const y = wm[5] ? Number(wm[5]) : (yearForDateline(text, wMonth, wDay) ?? urlYear);
  return y !== null ? isoFrom(y, wMonth, wDay) : null;
}

/** Records a kept line as a headline (maybe the title) or as prose (the first may carry a wire dateline). */
function noteKeptLine(t: string, text: string, state: ReadState): void {
  // a headline ending in "?" is still the headline, not the first paragraph
  const isTitle =
    (state.title !== null && squash(t) === squash(state.title)) ||
    (state.title === null && state.proseSeen === 0 && /\?["”]?$/.test(t) && t.split(/\s+/).length <= 15);
  if (!/[.!?"”]$/.test(t) || isTitle) {
    state.seenHeadlines.add(squash(t));
    if (state.title === null && state.proseSeen === 0 && t.length > 15) state.title = t;
  } else {
    state.proseSeen++;
    if (state.proseSeen === 1 && state.datelineDate === null) state.datelineDate = wireDatelineDate(t, text, state.urlYear) ?? todayDate(t);
    // ("The car explosion, which took place this afternoon, February 14, 2021, ..." a few paragraphs down)
    else if (state.proseSeen <= 4) state.textToday ??= todayDate(t);
  }
}

// "Assad's aircraft today, Friday 22 July 2016, went on dropping ...": a lead that names its own day in full
const TODAY_DATE_RE = new RegExp(
  String.raw`\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\s*,?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
    String.raw`(?:the\s+)?([0-9A-Z][^,.;]{3,24}?(?:,\s*)?(?:19|20)\d\d)\b`,
  "i",
);

// ("the massacre that hit Idlib city two days ago, on the 4th of February 2018": today is two days after it)
const DAYS_AGO_DATE_RE = new RegExp(
  String.raw`\b(yesterday|(one|two|three|four|five|six|\d)\s+days?\s+ago)\s*,?\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
    String.raw`(?:the\s+)?([0-9A-Z][^,.;]{3,24}?(?:,\s*)?(?:19|20)\d\d)\b`,
  "i",
);
const DAY_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The publication day a lead gives as "today, <full date>" (or "two days ago, on <full date>"), or null. */
function todayDate(lead: string): string | null {
  const m = TODAY_DATE_RE.exec(lead);
  if (m) return parseDatelineDate(m[1]!);
  const ago = DAYS_AGO_DATE_RE.exec(lead);
  const then = ago ? (parseDatelineDate(ago[3]!) ?? findDates(ago[3]!, null).find((d) => d.kind === "explicit" && d.precision === "day")?.date ?? null) : null;
  if (!ago || !then) return null;
  const n = /^yesterday$/i.test(ago[1]!) ? 1 : (DAY_WORDS[ago[2]!.toLowerCase()] ?? Number(ago[2]));
  return addDays(then, n);
}

const shortOrNull = (title: string | null) => (title === null ? null : shortTitle(title));

/** Parse an article's raw content: front matter, metadata precedence, dateline, furniture. */
export function readArticle(input: ArticleInput, maxChars = Number.POSITIVE_INFINITY): ParsedArticle {
  const { text, fm } = splitFrontMatter(input.raw);
  const lines = splitLines(text, maxChars);
  const url = asString(input.url) ?? asString(fm.url);
  const urlYear = url ? /\/((?:19|20)\d\d)\//.exec(url)?.[1] : undefined;
  const state: ReadState = {
    title: asString(input.title) ?? asString(fm.title),
    pageTitle: null,
    datelineDate: null,
    textToday: null,
    headerDate: null,
    urlYear: urlYear ? Number(urlYear) : null,
    captionBodies: captionBodiesOf(lines),
    seenHeadlines: new Set<string>(),
    proseSeen: 0,
    inStoryList: false,
  };
  const content: TextRange[] = [];
  const furniture: ParsedArticle["furniture"] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // ("Updated Dec 22, 2016" under the lead's first paragraphs: the page's own stamp, however far down)
    const stamp = i < 16 && PUBLISHED_LABEL_RE.test(l.text) && l.text.trim().length < 60;
    const reason = lineReason(l.text, (state.proseSeen < 2 && i < 8) || stamp, state);
    if (reason) {
      furniture.push({ start: l.start, end: l.end, reason });
      continue;
    }
    noteKeptLine(l.text, text, state);
    content.push({ start: l.start, end: l.end });
  }

  let { publishedAt, publishedFrom } = givenPublishedDate(input, fm);
  const dateline = state.datelineDate ?? state.headerDate;
  if (publishedAt === null && dateline) [publishedAt, publishedFrom] = [dateline, "dateline"];
  return {
    text,
    title: shortOrNull(state.title ?? state.pageTitle),
    source: asString(input.source) ?? asString(fm.source),
    url,
    publishedAt,
    publishedFrom,
    content,
    furniture,
    yearHint: publishedAt ? null : Number(COPYRIGHT_YEAR_RE.exec(text)?.[1]) || null,
    textToday: publishedAt ? null : state.textToday,
  };
}
