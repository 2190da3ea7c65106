// A day's dead listed town by town inside one sentence, the way activists' daily reports give them:
// "Per area the fatalities were: Albuwaida 16, Athiyabiyah 8, Alhusseiniyah 4 and Hajeerah 1." Each item is
// one town's dead that day, told as a sentence of its own so the later stages read it like any other.
import type { CasualtyFigure } from "./casualties";
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
const ITEM_RE = /^\s*(?:and\s+)?((?:['’`]?[A-Z][\p{L}'’`-]*)(?:\s+(?:al-|el-)?['’`]?[A-Z][\p{L}'’`-]*){0,3})\s+(\d{1,4})(?:\s*\([^)]{0,60}\))?\s*$/u;

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
  const pieces = splitItems(tail);
  const items = pieces.map((p) => ({ ...p, m: ITEM_RE.exec(p.text) }));
  if (items.length < 2 || items.some((i) => i.m === null)) return null;
  const headText = s.text.slice(0, tailAt).trimEnd();
  const head: ListedSentence = { s: { ...s, text: headText, end: s.start + headText.length }, count: null };
  const out = items.map(({ m, at }) => {
    const text = m![0].trim().replace(/^and\s+/, "");
    const start = s.start + tailAt + at + m![0].indexOf(text);
    return { s: { ...s, text, start, end: start + text.length, heading: false }, count: Number(m![2]) };
  });
  return [head, ...out];
}

/** The comma- or "and"-separated pieces of a list, with their offsets in it. */
function splitItems(tail: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /,\s*|\s+and\s+(?=\S)/g;
  let from = 0;
  for (const m of tail.matchAll(re)) {
    out.push({ text: tail.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: tail.slice(from), at: from });
  return out.filter((p) => p.text.trim() !== "");
}

/** A list item's figure: the town's dead, counted from the item's number. */
export function listedDeath(item: ListedSentence): CasualtyFigure {
  const n = item.count!;
  const at = item.s.text.lastIndexOf(String(n));
  const count = { text: String(n), start: at, end: at + String(n).length, best: n, low: n, high: n, qualifier: "exact" as const, vague: false };
  const base = { kind: "death" as const, best: n, low: n, high: n, vague: false, start: at, end: count.end, triggerAt: at };
  return { ...base, parts: [{ count, head: null, np: count.text, start: at, end: count.end }], breakdown: [], victims: null };
}
