// From an article to incidents and tallies, in stages, each a module with its own input and output:
//   doc.ts      the article's sentences, with their casualty figures, dates and places (mentions)
//   frames.ts   each sentence read on its own: tallies apart, one frame per attack statement
//   resolve.ts  each frame placed in its article: date, place, attacker from context; a frame that only
//               adds wounded or the attackers' dead to the statement before is folded into it
//   events.ts   statements of one attack (headline, lead, body, second sources, revisions) grouped
// and here, one incident per event, with its kind (kinds.ts) and its confidence (confidence.ts).
import type { ParsedArticle } from "./article";
import { type ConfidenceFeatures, confidenceFeatures, dateConfidence, evidenceStatement, incidentConfidence, placeConfidence } from "./confidence";
import { ArticleDoc } from "./doc";
import { type AttackEvent, groupStatements } from "./events";
import { readFrames } from "./frames";
import { civiliansAmongDead, eventTypeOf } from "./kinds";
import { resolveStatements, type Statement } from "./resolve";
import { splitSums } from "./sums";
import { unlistedIn } from "./places";
import type { ExtractedIncident, ExtractedTally } from "./types";

export interface ExtractionParts {
  incidents: ExtractedIncident[];
  tallies: ExtractedTally[];
  /** What each incident's confidence was computed from, in the same order (for fitting the weights). */
  features: ConfidenceFeatures[];
}

/**
 * A headline whose figure is a tally of the body ("Death toll of week-long clashes rises to 14") is that
 * tally, not an attack, unless the body also tells an attack with that figure.
 */
function withoutHeadlineTallies(statements: Statement[], tallies: ExtractedTally[]): Statement[] {
  const tallyCounts = new Set(tallies.map((t) => t.count));
  const bodyCounts = new Set(statements.filter((s) => !s.heading).map((s) => s.incident.killed));
  return statements.filter((s) => !(s.heading && s.incident.killed !== null && tallyCounts.has(s.incident.killed) && !bodyCounts.has(s.incident.killed)));
}

/**
 * A headline figure told again in the body is the body's: one tally when the body has it as a tally
 * ("Monthly toll | 1,021 killed"), none when the body tells it as one attack ("Seven soldiers killed in
 * Daesh attacks" over an ambush that killed seven).
 */
function uniqueTallies(doc: ArticleDoc, tallies: ExtractedTally[], incidents: ExtractedIncident[]): ExtractedTally[] {
  const heading = new Set(doc.infos.filter((x) => x.s.heading).map((x) => x.s.start));
  const told = (t: ExtractedTally) =>
    tallies.some((o) => o !== t && o.count === t.count && !heading.has(o.evidenceStart)) ||
    incidents.some((i) => i.killed === t.count && !heading.has(i.evidenceStart));
  // ("the number of people killed in the attacks has climbed to four", then the attack's four: its latest count)
  const sameDead = (t: ExtractedTally) => t.since === null && !t.description.includes("(") && incidents.some((i) => i.killed === t.count);
  // ("seven Jaish al-Islam members and five civilians had been killed in the fighting so far" beside its 12 dead):
  // one sentence's tallies that add up to an attack's dead are its breakdown
  const sentenceSum = (t: ExtractedTally) => {
    const same = tallies.filter((o) => o.evidenceStart === t.evidenceStart);
    const sum = same.reduce((n, o) => n + o.count, 0);
    return same.length > 1 && incidents.some((i) => i.killed === sum);
  };
  return tallies.filter((t) => !(heading.has(t.evidenceStart) && told(t)) && !sameDead(t) && !sentenceSum(t));
}

/** The victims' words of a statement: the counted phrase, its members and its breakdown. */
function victimWords(s: Statement): string[] {
  const f = s.frame.figure;
  const parts = [...(f?.parts ?? []), ...(f?.breakdown ?? [])].map((p) => p.np);
  return [f?.victims ?? s.frame.injuries[0]?.victims ?? "", ...parts].filter((x) => x !== "");
}

/** The event as one incident: its kind from its sentences (the evidence first, then the context), its civilians, its confidences. */
function incidentOf(doc: ArticleDoc, e: AttackEvent): ExtractedIncident {
  const main = evidenceStatement(e);
  // a sentence split by place tells each attack in its own clause ("regime forces shelled A, ..., while jets struck B")
  const told = [main, ...e.statements.filter((s) => s !== main)].flatMap((s) =>
    s.frame.placeSplit ? [s.frame.text, s.frame.listHead] : [s.frame.info.s.text],
  );
  const context = doc.contextSentences(main.frame.info, main.isMain).map((c) => c.s.text);
  const m = told.some((t) => ELSEWHERE_RE.test(t)) ? e.merged : withSoleGovernorate(doc, e.merged);
  return {
    ...m,
    eventType: eventTypeOf([...told, ...context]),
    civilians: civiliansAmongDead(e.statements.flatMap(victimWords), main.frame.info.s.text, told),
    confidence: incidentConfidence(confidenceFeatures(e)),
    dateConfidence: dateConfidence(main, m.datePrecision),
    placeConfidence: placeConfidence(main, m.geoPrecision),
  };
}

// "lost his life ... in northwest Syria": somewhere the text sets apart from the article's governorate
const ELSEWHERE_RE = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+Syria\b|\belsewhere\b|\bother\s+parts\s+of\b/i;

/** An attack nothing places: in the one governorate the headline and lead are about, if there is one. */
function withSoleGovernorate(doc: ArticleDoc, m: ExtractedIncident): ExtractedIncident {
  const province = m.province === null ? doc.soleGovernorate() : null;
  if (province === null) return m;
  const { lat, lon } = unlistedIn(province, province);
  return { ...m, place: m.place ?? province, province, lat, lon, geoPrecision: 3 };
}

/** Extract incidents and tallies from an article already read by readArticle. */
export function extractFromArticle(article: ParsedArticle): ExtractionParts {
  const doc = new ArticleDoc(article);
  const { frames, tallies } = readFrames(doc);
  const sums = splitSums(withoutHeadlineTallies(resolveStatements(doc, frames), tallies));
  // An attack that wounded but killed no one is not an incident (UCDP's fatal events; docs/labelling.md).
  const events = groupStatements(sums.statements).filter((e) => e.merged.killed !== null || e.merged.attackersKilled !== null);
  const incidents = events.map((e) => storedEvidence(article, incidentOf(doc, e)));
  const kept = uniqueTallies(doc, [...tallies, ...sums.tallies], incidents).map((t) => storedEvidence(article, t));
  return { incidents, tallies: kept, features: events.map(confidenceFeatures) };
}

/** The evidence as the stored text has it (sentences are read with a wrapped line's break as a space). */
function storedEvidence<T extends { evidence: string; evidenceStart: number; evidenceEnd: number }>(article: ParsedArticle, x: T): T {
  return { ...x, evidence: article.text.slice(x.evidenceStart, x.evidenceEnd) };
}
