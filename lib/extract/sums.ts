// A sum of attacks told one by one: "No fewer than 10 civilians died in the attacks" after a blast that
// killed 3 and a car bomb that killed 7. Its figure adds up incidents already told, so it is a tally
// (docs/labelling.md, "at least ten in the two attacks"), even when the sentence has the day.
import { findReporter } from "./actors";
import type { Statement } from "./resolve";
import { addsDead } from "./patterns";
import { RAIDS_ON_ONE_PLACE_RE, SEVERAL_PLACES_RE } from "./tallies";
import type { ExtractedTally } from "./types";

// The sentence speaks of several attacks or places: "in the attacks", "mortar shells struck several areas".
const SEVERAL_ATTACKS_RE = /\b(?:attacks|bombings|blasts|explosions|assassinations|massacres|raids|airstrikes|air\s+strikes|incidents)\b/i;

const ONE_OF_THEM_RE = /\bone\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:attacks|bombings|blasts|explosions|assassinations|massacres|raids|incidents)\b/i;

/** Whether `target` is the sum of two or more of `values`. */
export function isSumOfSeveral(target: number, values: readonly number[]): boolean {
  // sums reachable with one value, and with two or more
  let one = new Set<number>();
  let more = new Set<number>();
  for (const v of values) {
    if (v <= 0 || v > target) continue;
    const nextMore = new Set(more);
    for (const s of [...one, ...more]) if (s + v <= target) nextMore.add(s + v);
    one = new Set([...one, v]);
    more = nextMore;
  }
  return more.has(target);
}

function asTally(s: Statement): ExtractedTally {
  const sentence = s.frame.info.s;
  return {
    count: s.incident.killed ?? 0,
    description: `${s.frame.figure?.victims ?? "people"} killed (sum of the attacks told)`.replace(/\s+/g, " "),
    since: null,
    sincePrecision: null,
    reportedBy: findReporter(sentence.text)?.label ?? null,
    evidence: sentence.text,
    evidenceStart: sentence.start,
    evidenceEnd: sentence.end,
  };
}

// "six more people were killed by air strikes elsewhere": dead besides those told, never their sum
const addsToTold = (s: Statement) => {
  const f = s.frame.figure;
  return f !== null && (addsDead(s.frame.info.s.text, f) || /\banother\s+$/i.test(s.frame.info.s.text.slice(0, f.start)));
};

/** The statements that sum others told one by one, moved to tallies. */
export function splitSums(statements: Statement[]): { statements: Statement[]; tallies: ExtractedTally[] } {
  // a source's per-place split ("49 deaths in Tartous, 25 in Latakia and 84 in Hama") is addends too
  const perSentence = (s: Statement) => statements.filter((o) => o.sentenceIndex === s.sentenceIndex).length;
  // (a list of the dead by town has its own test, sumOfListed: its many small lines would make any toll a sum)
  const addends = statements.filter(
    (s) => !s.heading && !s.revision && !s.frame.info.listItem && (!s.altToll || perSentence(s) > 1) && s.incident.killed !== null,
  );
  const sums = statements.filter((s) => {
    const text = s.frame.info.s.text;
    if (s.incident.killed === null || s.incident.killed < 2 || addsToTold(s)) return false;
    if (!SEVERAL_ATTACKS_RE.test(text) && !SEVERAL_PLACES_RE.test(text)) return false;
    // ("One of the most striking incidents took place in Tartus, where ...": one of them, not their sum)
    if (ONE_OF_THEM_RE.test(text)) return false;
    // ("6 raids on the city of Doma, killing a woman and a child": a night's raids on one town are one attack)
    if (RAIDS_ON_ONE_PLACE_RE.test(text)) return false;
    const others = addends.filter((o) => o.sentenceIndex !== s.sentenceIndex).map((o) => o.incident.killed!);
    return isSumOfSeveral(s.incident.killed, others);
  });
  const nextSums = sumsOfNext(statements);
  const shared = statements.filter(
    (s) =>
      !sums.includes(s) &&
      (sharedOut(s, statements) || splitByPlaceAfter(s, statements) || sumOfListed(s, statements) || nextSums.has(s) || sumOfLabelled(s, statements)),
  );
  // a share that does not add up with others to a total is one part of the total's attack, no attack of its own,
  // unless it names where it happened ("Of these, 44 fell in Homs": that town's attack within a country's toll)
  const loneShares = statements.filter((s) => s.frame.figure?.share && !placedShare(s) && !shared.some((t) => sharesOf(t, statements).includes(s)));
  const out = [...sums, ...shared];
  // the headline and lead telling the same total before it was shared out tell no attack either
  const restated = statements.filter(
    (s) =>
      !out.includes(s) &&
      shared.some((t) => s.sentenceIndex < t.sentenceIndex && s.incident.killed === t.incident.killed && s.incident.province === t.incident.province),
  );
  const gone = new Set([...out, ...loneShares, ...restated]);
  return { statements: statements.filter((s) => !gone.has(s)), tallies: out.map(asTally) };
}

const placedShare = (s: Statement) =>
  s.ownPlace &&
  /^[^.;]{0,20}?\b(?:fell|died|killed)\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?[A-Z]|^\s*of\s+(?:them|whom|those)\s+(?:in|at|near)\s/.test(
    s.frame.text.slice(s.frame.figure!.end),
  );

/** "seven of them died in ...", "killed the other three": the shares told in the few sentences after a total. */
const sharesOf = (total: Statement, statements: Statement[]) =>
  statements.filter((o) => o.frame.figure?.share && o.sentenceIndex > total.sentenceIndex && o.sentenceIndex - total.sentenceIndex <= 3);

/** A total the sentences after it share out ("killed 10 ...", then "seven of them ...", "the other three"). */
function sharedOut(total: Statement, statements: Statement[]): boolean {
  const killed = total.incident.killed;
  if (killed === null || killed < 2 || total.heading || total.frame.figure?.share) return false;
  return isSumOfSeveral(
    killed,
    sharesOf(total, statements).map((o) => o.incident.killed ?? 0),
  );
}

/**
 * "At least 20 people were killed in an attack on the Idlib region", then "in Idlib city six ...; in Maarat
 * Misrin ten ...; in Binnish four": the next sentence splits the total place by place.
 */
function splitByPlaceAfter(total: Statement, statements: Statement[]): boolean {
  const killed = total.incident.killed;
  if (killed === null || killed < 2 || total.heading || total.frame.placeSplit) return false;
  for (const k of [1, 2]) {
    const parts = statements.filter((o) => o.sentenceIndex === total.sentenceIndex + k && o.frame.placeSplit);
    if (parts.length >= 2) return parts.reduce((n, o) => n + (o.incident.killed ?? 0), 0) === killed;
  }
  return false;
}

/**
 * "Thirty eight residents lost their lives ...", "Twenty eight citizens were killed" in the southern suburbs: a
 * toll that two or more towns of the article's list of the dead by town ("Albuwaida 16, Athiyabiyah 8, ...") add up to.
 */
function sumOfListed(total: Statement, statements: Statement[]): boolean {
  const killed = total.incident.killed;
  if (killed === null || killed < 2 || total.frame.info.listItem || total.incident.killedVague) return false;
  // (the list's first items, in its order: with many small items almost any toll is the sum of some of them)
  return (
    itemsSumming(
      statements.filter((o) => o.frame.info.listItem),
      killed,
    ) >= 2
  );
}

/** How many of the statements, taken in order from the first, add up to `total` exactly; 0 when none do. */
function itemsSumming(items: readonly Statement[], total: number): number {
  let sum = 0;
  for (const [n, o] of items.entries()) {
    sum += o.incident.killed ?? 0;
    if (sum === total) return n + 1;
    if (sum > total) return 0;
  }
  return 0;
}

// "Idlib: 29 martyrs, including two women.": a line of a toll by place, filed under the place's name
const LABELLED_LINE_RE = /^\s*(?:[-–•*]\s*)?[A-Z][\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*:\s/u;

/** A toll that the "<place>: N" lines after it add up to, in their order ("60 martyrs", then "Idlib: 29", "Aleppo: 13" ...). */
function sumOfLabelled(total: Statement, statements: Statement[]): boolean {
  const killed = total.incident.killed;
  if (killed === null || killed < 2 || total.heading || LABELLED_LINE_RE.test(total.frame.info.s.text)) return false;
  const lines = statements.filter(
    (o) => o.sentenceIndex > total.sentenceIndex && o.sentenceIndex - total.sentenceIndex <= 12 && o.ownPlace && LABELLED_LINE_RE.test(o.frame.info.s.text),
  );
  return lines.length >= 3 && itemsSumming(lines, killed) > 0;
}

/**
 * "On Saturday fifteen civilians were killed in Idlib", then seven in the city centre, four in Binnish and four in
 * al-Neirab: a toll the attacks told in the next sentences, in places of its governorate, add up to in order.
 * (An addend is no total of its own: "seven in the city centre" is not the sum of the four and the three after it.)
 */
function sumsOfNext(statements: Statement[]): Set<Statement> {
  const totals = new Set<Statement>();
  const addends = new Set<Statement>();
  for (const total of statements) {
    if (addends.has(total)) continue;
    const parts = addendsAfter(total, statements);
    if (parts === null) continue;
    totals.add(total);
    for (const p of parts) addends.add(p);
  }
  return totals;
}

function addendsAfter(total: Statement, statements: Statement[]): Statement[] | null {
  const killed = total.incident.killed;
  if (killed === null || killed < 3 || total.heading || total.frame.placeSplit || total.frame.info.listItem || total.incident.killedVague) return null;
  const next = statements.filter((o) => !o.heading && o.sentenceIndex > total.sentenceIndex && o.sentenceIndex - total.sentenceIndex <= 5);
  const parts: Statement[] = [];
  let sum = 0;
  for (const o of next) {
    if (o.incident.killed === null) continue;
    if (o.revision || o.altToll || (o.incident.province !== null && o.incident.province !== total.incident.province)) return null;
    // ("executed three shepherds on Friday", then two workers killed yesterday and a man shot on Saturday: other days)
    if (o.ownDated && total.incident.date !== null && o.incident.date !== total.incident.date) return null;
    sum += o.incident.killed;
    parts.push(o);
    if (sum >= killed) break;
  }
  const places = new Set(parts.map((o) => o.incident.place));
  return sum === killed && places.size >= 2 && !places.has(null) ? parts : null;
}
