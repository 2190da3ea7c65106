// A day's dead listed town by town inside one sentence, the way activists' daily reports give them:
// "Per area the fatalities were: Albuwaida 16, Athiyabiyah 8, Alhusseiniyah 4 and Hajeerah 1." Each item is
// one town's dead that day, told as a sentence of its own so the later stages read it like any other.
import type { CasualtyFigure } from "./casualties";
import { parseNumberWords } from "./numbers";
import type { Sentence } from "./sentences";

// The announcement of the list: "per area the fatalities were:", "the martyrs by town:", "distributed as follows:"
const ANNOUNCE_RE = new RegExp(
  String.raw`\b(?:per|by)\s+(?:area|town|city|village|province|governorate|region|district)\b[^:.;]{0,60}:\s*` +
    String.raw`|\b(?:fatalities|deaths|dead|martyrs|victims|killed)\b[^:.;]{0,40}\b(?:per|by|in\s+each)\s+` +
    String.raw`(?:area|town|city|village|province|governorate|region)\b[^:.;]{0,20}:\s*` +
    String.raw`|\b(?:distributed|broken\s+down)\s+(?:as\s+follows|by\s+(?:area|town|province))\s*:\s*` +
    // "Twenty citizens lost their lives across the suburban area on this Thursday; Mu'adamyyat Asham 11, Dareyya 4, ..."
    String.raw`|\b(?:lost\s+their\s+lives|were\s+killed|died|martyrs|fatalities)\b[^:;.]{0,80}[;:]\s*`,
  "i",
);
// One item: a place's name (one to four words, possibly with an article or apostrophe), then its count.
// ("Mu'adamyyat Asham 11 (1 victim from Idlib)": an aside about the dead may follow)
const LISTED_NAME = String.raw`((?:['’\u0060]?[A-Z][\p{L}'’\u0060-]*)(?:\s+(?:al-|el-)?['’\u0060]?[A-Z][\p{L}'’\u0060-]*){0,3})`;
const ITEM_RE = new RegExp(String.raw`^\s*(?:and\s+)?${LISTED_NAME}\s+(\d{1,4})(?:\s*\([^)]{0,60}\))?\s*$`, "u");

export interface ListedSentence {
  s: Sentence;
  /** The item's count of dead, or null for a sentence that is no list item. */
  count: number | null;
}

/** The sentences, with any town-by-town list of the dead split into one sentence per town. */
export function splitPlaceLists(sentences: readonly Sentence[]): ListedSentence[] {
  return sentences.flatMap((s) => listItems(s) ?? [{ s, count: null }]);
}

function listItems(s: Sentence): ListedSentence[] | null {
  const a = ANNOUNCE_RE.exec(s.text);
  if (!a) return null;
  const tailAt = a.index + a[0].length;
  const tail = s.text.slice(tailAt).replace(/[.;]\s*$/, "");
  const found = namesThenCounts(tail) ?? countsInPlaces(tail);
  if (!found) return null;
  const headText = s.text.slice(0, tailAt).trimEnd();
  const head: ListedSentence = { s: { ...s, text: headText, end: s.start + headText.length }, count: null };
  const out = found.map(({ text, at, count }) => {
    const start = s.start + tailAt + at;
    return { s: { ...s, text, start, end: start + text.length, heading: false }, count };
  });
  return [head, ...out];
}

type Item = { text: string; at: number; count: number };

/** "Albuwaida 16, Athiyabiyah 8 and Hajeerah 1": every piece a name and its count. */
function namesThenCounts(tail: string): Item[] | null {
  const each = EACH_RE.exec(tail);
  const listed = each ? tail.slice(0, each.index) : tail;
  const items = splitItems(listed).map((p) => ({ ...p, m: ITEM_RE.exec(p.text) }));
  if (items.length < 2 || items.some((i) => i.m === null)) return null;
  const named = items.map(({ m, at }) => {
    const text = m![0].trim().replace(/^and\s+/, "");
    return { text, at: at + m![0].indexOf(text), count: Number(m![2]) };
  });
  if (!each) return named;
  const rest = eachOf(tail.slice(each.index + each[0].length), each.index + each[0].length, parseNumberWords(each[1]!.toLowerCase()));
  return rest ? [...named, ...rest] : null;
}

// "... Dar'aa 2 and one victim in each of the following: Yelda, Kafr Batna, 'Adraa": the same count for each name after
const EACH_RE = /(?:,\s*|\s+)and\s+(one|two|three|four|five)\s+(?:victims?\s+|martyrs?\s+|dead\s+)?in\s+each\s+of\s+(?:the\s+following|these)\s*:\s*/i;
const NAME_ONLY_RE = new RegExp(String.raw`^\s*(?:and\s+)?${LISTED_NAME}\s*$`, "u");

function eachOf(names: string, offset: number, count: number | null): Item[] | null {
  if (!count) return null;
  const items = splitItems(names).map((p) => ({ ...p, m: NAME_ONLY_RE.exec(p.text) }));
  if (items.length < 2 || items.some((i) => i.m === null)) return null;
  return items.map(({ m, at }) => ({ text: m![1]!, at: offset + at + m![0].indexOf(m![1]!), count }));
}

// "twenty in Daraa", "fifteen in Aleppo who were summarily executed ...", "and one martyr in Idlib"
const COUNT_IN_RE = new RegExp(
  String.raw`^(?:and\s+)?([a-z]+(?:-[a-z]+)?|\d{1,4})\s+(?:(?:martyrs?|people|civilians|persons|victims|dead)\s+)?(?:were\s+killed\s+)?` +
    String.raw`in\s+(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?(?:al-)?[A-Z]`,
  "u",
);
// "most of them in the Eastern Ghouta": an aside about the item before
const ASIDE_RE = /^(?:most|many|some|all|among|including|mostly)\b/i;

/** "...: twenty in Daraa, sixteen in Damascus and its countryside, most of them in the Eastern Ghouta": counts, then places. */
function countsInPlaces(tail: string): Item[] | null {
  const out: Item[] = [];
  let from = 0;
  const pieces: Array<{ text: string; at: number }> = [];
  // ("24 in Aleppo; 14 in Deir Ezzor; 13 in Homs, 11 in Idlib": semicolons part the items as commas do)
  for (const m of tail.matchAll(/[,;]\s*|\s+(?=and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s))/g)) {
    pieces.push({ text: tail.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  pieces.push({ text: tail.slice(from), at: from });
  for (const p of pieces) {
    const text = p.text.trim();
    const m = COUNT_IN_RE.exec(text);
    const n = m ? (/^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!.toLowerCase())) : null;
    if (n) {
      const bare = text.replace(/^and\s+/, "");
      out.push({ text: bare, at: p.at + p.text.indexOf(bare), count: n });
    } else if (!(ASIDE_RE.test(text) && out.length > 0)) return null;
  }
  return out.length >= 2 ? out : null;
}

/** The comma- or "and"-separated pieces of a list, with their offsets in it. */
function splitItems(tail: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /,\s*|\s+and\s+(?=\S)/g;
  let from = 0;
  for (const m of tail.matchAll(re)) {
    // ("Muaddamiyat Asham 6 (one victim from Damascus and another from Idlib)": no item ends inside brackets)
    const before = tail.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    out.push({ text: tail.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: tail.slice(from), at: from });
  return out.filter((p) => p.text.trim() !== "");
}

/** A list item's figure: the town's dead, counted from the item's number. */
export function listedDeath(item: ListedSentence): CasualtyFigure {
  const n = item.count!;
  // ("Albuwaida 16": the digits; "twenty in Daraa": the first word)
  const digits = item.s.text.lastIndexOf(String(n));
  const word = digits >= 0 ? String(n) : item.s.text.split(/\s/, 1)[0]!;
  const at = Math.max(0, digits);
  const count = { text: word, start: at, end: at + word.length, best: n, low: n, high: n, qualifier: "exact" as const, vague: false };
  const base = { kind: "death" as const, best: n, low: n, high: n, vague: false, start: at, end: count.end, triggerAt: at };
  return { ...base, parts: [{ count, head: null, np: count.text, start: at, end: count.end }], breakdown: [], victims: null };
}
