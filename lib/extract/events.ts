// Stage 4: statements grouped into events. The headline, the lead and the body often tell the same
// attack ("Seven ... killed in Daesh attack" / "seven members of pro-regime forces were killed" / "the
// number of deaths in this crossfire at seventeen ..."). A statement joins an earlier event when it is
// compatible with it (dates within each other's precision, same governorate or unknown, same perpetrator
// or unknown, compatible counts) AND something says it is the same attack: it refers back ("this
// attack"), one of the two is a headline, another source gives its toll, or the counts are equal. A
// statement that opens another attack ("another attack", "days earlier", its own different date) joins
// only a headline or the same figure of the same day.
import { countsCompatible, datesOk, informativeness, mergeIncidents, perpetratorsOk, provincesOk, withCounts, withinFactor } from "./dedupe";
import type { Statement } from "./resolve";
import type { ExtractedIncident } from "./types";

export interface AttackEvent {
  statements: Statement[];
  /** The incident as the statements so far tell it. */
  merged: ExtractedIncident;
  evidenceScore: number;
  /** sentence*100+segment of every statement, to keep one sentence's statements together. */
  spans: Set<number>;
}

const spanOf = (s: Statement) => s.sentenceIndex * 100 + s.segment;
const headingOnly = (e: AttackEvent) => e.statements.every((x) => x.heading);

/**
 * A headline borrows its date and attacker from the lead ("Jihadist rockets kill 12"): only its own date,
 * and its place, must agree with the body statement it summarises.
 */
function headlinePair(e: AttackEvent, c: Statement): boolean {
  const m = e.merged;
  const eHeading = headingOnly(e);
  const summarises = (c.heading && !c.ownDated) || (eHeading && e.statements.every((x) => !x.ownDated));
  return (
    (!c.background || m.killed === c.incident.killed) && summarises && !(c.heading && eHeading) && provincesOk(m, c.incident) && countsCompatible(m, c.incident)
  );
}

/** Another source's toll for the attack just told: the nearest earlier attack in the same place with a figure within a factor of two. */
function secondSourcePair(e: AttackEvent, c: Statement): boolean {
  return c.altToll && !c.heading && provincesOk(e.merged, c.incident) && datesOk(e.merged, c.incident) && withinFactor(e.merged, c.incident, 2);
}

/** The same attack told again: compatible, and something says so. `latest` is whether `e` is the last event opened. */
function sameAttack(e: AttackEvent, c: Statement, latest: boolean): boolean {
  const m = e.merged;
  if (!(datesOk(m, c.incident) && provincesOk(m, c.incident) && perpetratorsOk(m, c.incident))) return false;
  if (e.spans.has(spanOf(c))) return true;
  if (!countsCompatible(m, c.incident)) return false;
  const eHeading = headingOnly(e);
  const eMain = e.statements.some((x) => x.isMain);
  const sameDay = m.datePrecision === "day" && c.incident.datePrecision === "day" && m.date === c.incident.date;
  const equal = m.killed === c.incident.killed && m.killed !== null;
  if (c.background) return (eHeading && m.killed === c.incident.killed) || (equal && sameDay);
  // "killing hundreds" in the lead, then the sources' figures: a vague floor and a compatible figure of the same day
  const vagueSameDay = (m.killedVague === true || c.incident.killedVague === true) && sameDay && (eMain || c.isMain);
  return c.heading || eHeading || (c.anaphoric && (eMain || latest)) || (equal && (eMain || c.isMain || sameDay)) || vagueSameDay;
}

/** The event an incoming statement joins: only recent ones (an article tells an attack in one stretch). */
function eventFor(events: AttackEvent[], c: Statement): AttackEvent | null {
  for (let k = events.length - 1; k >= Math.max(0, events.length - 40); k--) {
    const e = events[k]!;
    if (headlinePair(e, c) || secondSourcePair(e, c) || sameAttack(e, c, k === events.length - 1)) return e;
  }
  return null;
}

/**
 * Adds a statement to its event. A headline abbreviates ("Turkish drone kills two SDF fighters" over "two
 * fighters ... and a civilian"): when a headline meets the body, the body's figures stand. A revised toll
 * ("the death toll rose to 41") supersedes the figure before it; other figures follow ACLED's rule
 * (best = lowest, low/high span the sources). The evidence stays the most informative statement.
 */
function join(e: AttackEvent, c: Statement): void {
  const wasHeadingOnly = headingOnly(e);
  e.statements.push(c);
  e.spans.add(spanOf(c));
  const score = informativeness(c.incident, c.heading, c.ownPlace, c.ownDated);
  const better = score > e.evidenceScore;
  let incoming = c.incident;
  if (c.heading && !wasHeadingOnly) incoming = withCounts(c.incident, e.merged);
  else if (!c.heading && wasHeadingOnly) e.merged = withCounts(e.merged, c.incident);
  const before = e.merged;
  e.merged = mergeIncidents(better ? [incoming, e.merged] : [e.merged, incoming], 0);
  if (c.revision && !c.heading && c.incident.killed !== null && (before.killed === null || c.incident.killed > before.killed)) {
    e.merged = { ...e.merged, killed: c.incident.killed, killedLow: c.incident.killedLow, killedHigh: c.incident.killedHigh, killedVague: c.vague };
  }
  if (better) e.evidenceScore = score;
}

/** Do two or more of `xs` (small lists) add up to exactly `target`? */
function subsetSums(xs: number[], target: number): boolean {
  const list = xs.slice(0, 12);
  for (let mask = 1; mask < 1 << list.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // one member alone is not a sum
    let sum = 0;
    for (let i = 0; i < list.length; i++) if (mask & (1 << i)) sum += list[i]!;
    if (sum === target) return true;
  }
  return false;
}

/**
 * A headline total that sums the body's attacks ("Regime and Russian bombardment claims the lives of 9"
 * over 5 and 4 told apart in the body) is their summary, not another attack.
 */
function isHeadlineSum(e: AttackEvent, events: AttackEvent[]): boolean {
  const total = e.merged.killed;
  if (!headingOnly(e) || total === null || total <= 0) return false;
  const others = events.filter((o) => o !== e && !headingOnly(o) && o.merged.killed !== null && o.merged.killed < total);
  return subsetSums(
    others.map((o) => o.merged.killed!),
    total,
  );
}

export function groupStatements(statements: readonly Statement[]): AttackEvent[] {
  const events: AttackEvent[] = [];
  for (const c of statements) {
    const e = eventFor(events, c);
    if (e) join(e, c);
    else {
      const evidenceScore = informativeness(c.incident, c.heading, c.ownPlace, c.ownDated);
      events.push({ statements: [c], merged: c.incident, evidenceScore, spans: new Set([spanOf(c)]) });
    }
  }
  return events.filter((e) => !isHeadlineSum(e, events));
}
