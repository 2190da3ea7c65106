// One attack told several times is one incident.
//
// Within an article: the headline, the lead and the body often tell the same attack ("Seven ... killed in
// Daesh attack" / "seven members of pro-regime forces were killed" / "the number of deaths in this
// crossfire at seventeen ..."). We merge a statement into an earlier incident when it is compatible with
// it (dates within each other's precision, same governorate or unknown, same perpetrator or unknown,
// compatible counts) AND something says it is the same attack: it refers back ("this attack", "the
// attacks"), one of the two is a headline, or the counts are equal. A statement that opens another attack
// ("another attack", "days earlier", its own different date) is never merged.
//
// Across articles: isSameIncident / mergeIncidents, with ACLED's rule for the merged counts (best = the
// lowest best, low = the lowest low, high = the highest high), except that a vague floor ("dozens" = 12)
// never undercuts a reported figure it is compatible with.
import { datesCompatible, precisionRank } from "./dates";
import type { DatePrecision, ExtractedIncident } from "./types";

export interface Candidate {
  incident: ExtractedIncident;
  sentenceIndex: number;
  /** Which statement of its sentence (a sentence split at "a day after" tells two attacks). */
  segment: number;
  heading: boolean;
  vague: boolean;
  /** Another attack than the article's main one (own different date, relative anchor, "another"). */
  background: boolean;
  anaphoric: boolean;
  isMain: boolean;
  ownPlace: boolean;
  ownDated: boolean;
  disagreement: boolean;
  /** Another source's figure for an attack told before ("SANA gave a lower toll of 46"). */
  altToll?: boolean;
}

function dateOf(i: ExtractedIncident): { date: string; precision: DatePrecision } | null {
  return i.date && i.datePrecision ? { date: i.date, precision: i.datePrecision } : null;
}

function datesOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  const da = dateOf(a);
  const db = dateOf(b);
  return da === null || db === null || datesCompatible(da, db);
}

// Damascus city lies inside Rif Dimashq: "near Damascus" in one report is often a Rif Dimashq town in another.
const NESTED: ReadonlyArray<readonly [string, string]> = [["Damascus", "Rif Dimashq"]];

function provincesOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  if (a.province === null || b.province === null || a.province === b.province) return true;
  return NESTED.some(([x, y]) => (a.province === x && b.province === y) || (a.province === y && b.province === x));
}

function perpetratorsOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  return a.perpetrator === null || b.perpetrator === null || a.perpetrator === b.perpetrator;
}

/** The interval of deaths a report allows: [low or best, high or open]. A vague floor is open above. */
function range(i: ExtractedIncident): [number, number] {
  const best = i.killed ?? 0;
  const lo = i.killedLow ?? best;
  const hi = i.killedVague ? Number.POSITIVE_INFINITY : (i.killedHigh ?? (i.killedLow !== null ? Number.POSITIVE_INFINITY : best));
  return [Math.min(lo, best), Math.max(hi, best)];
}

/**
 * Counts that can describe the same attack: equal, overlapping ranges ("at least 34" and "dozens"), or
 * close (sources disagreeing: 5 and 6; an updated toll within a factor of 1.5).
 */
export function countsCompatible(a: ExtractedIncident, b: ExtractedIncident): boolean {
  if (a.killed === null || b.killed === null) return true;
  if (a.killed === b.killed) return true;
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  if (a0 <= b1 && b0 <= a1) return true;
  if (a.killedVague || b.killedVague) return false;
  const lo = Math.min(a.killed, b.killed);
  const hi = Math.max(a.killed, b.killed);
  return lo > 0 && hi - lo <= Math.max(2, Math.ceil(lo * 0.5));
}

/** `x` with the death and injury figures of `from` (a headline taking the body's figures). */
function withCounts(x: ExtractedIncident, from: ExtractedIncident): ExtractedIncident {
  return {
    ...x,
    killed: from.killed,
    killedLow: from.killedLow,
    killedHigh: from.killedHigh,
    killedVague: from.killedVague,
    injured: from.injured ?? x.injured,
  };
}

function withinFactor(a: ExtractedIncident, b: ExtractedIncident, f: number): boolean {
  if (a.killed === null || b.killed === null || a.killed === 0 || b.killed === 0) return false;
  return Math.max(a.killed, b.killed) <= f * Math.min(a.killed, b.killed);
}

/** Cross-article test: the same attack told by two sources. */
export function isSameIncident(a: ExtractedIncident, b: ExtractedIncident): boolean {
  return datesOk(a, b) && provincesOk(a, b) && perpetratorsOk(a, b) && countsCompatible(a, b);
}

/** How informative a statement is, to pick the evidence sentence of a merged incident. */
function informativeness(i: ExtractedIncident, heading = false, ownPlace = true, ownDated = true): number {
  let s = 0;
  if (!heading) s += 20;
  if (!i.killedVague) s += 8;
  if (ownPlace && i.province !== null) s += 3;
  if (ownDated) s += 1;
  if (i.perpetrator) s += 1;
  if (i.attackersKilled !== null) s += 1;
  return s;
}

/**
 * Merge reports of one attack. Counts: a vague floor yields to a reported figure; otherwise ACLED's rule
 * (best = lowest best, low = lowest low, high = highest high). Date: the most precise. Place: the most
 * specific. Actors and sources: the evidence's first, then the others'.
 */
export function mergeIncidents(list: readonly ExtractedIncident[], evidenceIndex?: number): ExtractedIncident {
  if (list.length === 0) throw new Error("mergeIncidents: empty list");
  const evIdx = evidenceIndex ?? list.reduce((bi, x, i) => (informativeness(x) > informativeness(list[bi]!) ? i : bi), 0);
  const ev = list[evIdx]!;
  const ordered = [ev, ...list.filter((_, i) => i !== evIdx)];
  const counted = ordered.filter((x) => x.killed !== null);
  const precise = counted.filter((x) => !x.killedVague);
  const pool = precise.length > 0 ? precise : counted;
  let killed: number | null = null;
  let killedLow: number | null = null;
  let killedHigh: number | null = null;
  if (pool.length > 0) {
    killed = Math.min(...pool.map((x) => x.killed!));
    const lows = pool.map((x) => x.killedLow).filter((v): v is number => v !== null);
    killedLow = lows.length > 0 ? Math.min(...lows) : null;
    const highs = pool.map((x) => x.killedHigh);
    killedHigh = highs.every((h) => h !== null) ? Math.max(...(highs as number[])) : null;
    // sources disagreeing ("at least 53" and "46"): the range runs to the highest figure reported
    // (also when one statement already carries such a range: "at least 47" merged with "47, while X said 61")
    if (new Set(pool.map((x) => x.killed)).size > 1 || pool.some((x) => x.killedHigh !== null && x.killedHigh > x.killed!))
      killedHigh = Math.max(killedHigh ?? 0, ...pool.map((x) => x.killedHigh ?? x.killed!));
    if (killedLow !== null && killedLow > killed) killedLow = killed;
  }
  const dated = ordered.filter((x) => x.date !== null && x.datePrecision !== null);
  const bestDate = dated.reduce<ExtractedIncident | null>(
    (b, x) => (b === null || precisionRank(x.datePrecision!) < precisionRank(b.datePrecision!) ? x : b),
    null,
  );
  const placed = ordered.filter((x) => x.place !== null || x.province !== null);
  const bestPlace = placed.reduce<ExtractedIncident | null>((b, x) => {
    if (b === null) return x;
    // a provincial capital named bare ("in Idlib") yields to a named place of the same governorate
    const score = (y: ExtractedIncident) =>
      (y.province !== null ? 0 : 10) + (y.geoPrecision ?? 4) + (y.place !== null && y.place === y.province && y.geoPrecision === 1 ? 1.5 : 0);
    return score(x) < score(b) ? x : b;
  }, null);
  const first = <K extends keyof ExtractedIncident>(k: K): ExtractedIncident[K] => {
    for (const x of ordered) if (x[k] !== null && x[k] !== undefined) return x[k];
    return ev[k];
  };
  const reporters = [...new Set(ordered.map((x) => x.reportedBy).filter((r): r is string => r !== null))];
  const maxOf = (k: "injured" | "attackersKilled") => {
    const v = ordered.map((x) => x[k]).filter((n): n is number => n !== null);
    return v.length > 0 ? Math.max(...v) : null;
  };
  return {
    ...ev,
    date: bestDate?.date ?? null,
    datePrecision: bestDate?.datePrecision ?? null,
    place: bestPlace?.place ?? null,
    placeId: bestPlace?.placeId ?? null,
    province: bestPlace?.province ?? null,
    lat: bestPlace?.lat ?? null,
    lon: bestPlace?.lon ?? null,
    geoPrecision: bestPlace?.geoPrecision ?? null,
    perpetrator: first("perpetrator"),
    perpetratorText: ordered.find((x) => x.perpetrator === first("perpetrator"))?.perpetratorText ?? null,
    target: first("target"),
    targetText: ordered.find((x) => x.target === first("target"))?.targetText ?? null,
    killed,
    killedLow,
    killedHigh,
    killedVague: pool.length > 0 ? pool.every((x) => x.killedVague === true) : false,
    injured: maxOf("injured"),
    attackersKilled: maxOf("attackersKilled"),
    claimedBy: first("claimedBy"),
    reportedBy: reporters.length > 0 ? reporters.join("; ") : null,
  };
}

/** Merge the statements of one article into incidents (see the header comment). */
export function dedupeWithinArticle(cands: readonly Candidate[]): ExtractedIncident[] {
  interface Cluster {
    members: Candidate[];
    merged: ExtractedIncident;
    evidenceScore: number;
    sentences: Set<number>;
  }
  const clusters: Cluster[] = [];
  for (const c of cands) {
    let target: Cluster | null = null;
    // Only recent incidents are candidates (articles tell an attack in one stretch); this also bounds the work.
    for (let k = clusters.length - 1; k >= Math.max(0, clusters.length - 40); k--) {
      const cl = clusters[k]!;
      const m = cl.merged;
      const sameSentence = cl.sentences.has(c.sentenceIndex * 100 + c.segment);
      const clHeadingOnly = cl.members.every((x) => x.heading);
      // A headline borrows its date and attacker from the lead ("Jihadist rockets kill 12"): only its own
      // date, and its place, must agree with the body statement it summarises.
      const headlinePair =
        (!c.background || m.killed === c.incident.killed) &&
        ((c.heading && !c.ownDated) || (clHeadingOnly && cl.members.every((x) => !x.ownDated))) &&
        !(c.heading && clHeadingOnly);
      if (headlinePair && provincesOk(m, c.incident) && countsCompatible(m, c.incident)) {
        target = cl;
        break;
      }
      // another source's toll for the attack just told: the nearest earlier attack in the same place
      // with a figure within a factor of two
      if (c.altToll && !c.heading && provincesOk(m, c.incident) && datesOk(m, c.incident) && withinFactor(m, c.incident, 2)) {
        target = cl;
        break;
      }
      if (!(datesOk(m, c.incident) && provincesOk(m, c.incident) && perpetratorsOk(m, c.incident))) continue;
      if (sameSentence) {
        target = cl;
        break;
      }
      if (!countsCompatible(m, c.incident)) continue;
      const clHeading = cl.members.every((x) => x.heading);
      const clMain = cl.members[0]!.isMain || cl.members.some((x) => x.isMain);
      if (c.background) {
        // another attack: only a headline-only cluster about it, or the same figure on the same day, may absorb it
        const sameDayEqual = m.killed === c.incident.killed && m.datePrecision === "day" && c.incident.datePrecision === "day" && m.date === c.incident.date;
        if ((clHeading && m.killed === c.incident.killed) || sameDayEqual) {
          target = cl;
          break;
        }
        continue;
      }
      const equal = m.killed === c.incident.killed && m.killed !== null;
      // the same figure on the same day is the same attack told twice
      const sameDay = m.datePrecision === "day" && c.incident.datePrecision === "day" && m.date === c.incident.date;
      // "killing hundreds" in the lead, then the sources' figures: a vague floor and a compatible figure of the same day
      const vagueSameDay = (m.killedVague === true || c.incident.killedVague === true) && sameDay && (clMain || c.isMain);
      if (c.heading || clHeading || (c.anaphoric && (clMain || k === clusters.length - 1)) || (equal && (clMain || c.isMain || sameDay)) || vagueSameDay) {
        target = cl;
        break;
      }
    }
    if (target) {
      // Pairwise merge (the count rules are associative): the evidence stays the most informative statement.
      const wasHeadingOnly = target.members.every((x) => x.heading);
      target.members.push(c);
      target.sentences.add(c.sentenceIndex * 100 + c.segment);
      const score = informativeness(c.incident, c.heading, c.ownPlace, c.ownDated);
      const better = score > target.evidenceScore;
      // A headline abbreviates ("Turkish drone kills two SDF fighters" over "two fighters ... and a civilian"):
      // when a headline meets the body, the body's figures stand.
      const clHeadingOnly = wasHeadingOnly;
      let incoming = c.incident;
      if (c.heading && !clHeadingOnly) incoming = withCounts(c.incident, target.merged);
      else if (!c.heading && clHeadingOnly) target.merged = withCounts(target.merged, c.incident);
      target.merged = mergeIncidents(better ? [incoming, target.merged] : [target.merged, incoming], 0);
      if (better) target.evidenceScore = score;
    } else {
      clusters.push({
        members: [c],
        merged: c.incident,
        evidenceScore: informativeness(c.incident, c.heading, c.ownPlace, c.ownDated),
        sentences: new Set([c.sentenceIndex * 100 + c.segment]),
      });
    }
  }
  // A headline total that sums the body's attacks ("Regime and Russian bombardment claims the lives of 9"
  // over 5 and 4 told apart in the body) is their summary, not another attack.
  const kept = clusters.filter((cl) => {
    if (!cl.members.every((x) => x.heading)) return true;
    const total = cl.merged.killed;
    if (total === null || total <= 0) return true;
    const others = clusters.filter((o) => o !== cl && !o.members.every((x) => x.heading) && o.merged.killed !== null && o.merged.killed! < total);
    return !subsetSums(
      others.map((o) => o.merged.killed!),
      total,
    );
  });
  return kept.map((c) => c.merged);
}

/** Do two or more of `xs` (small lists) add up to exactly `target`? */
function subsetSums(xs: number[], target: number): boolean {
  const list = xs.slice(0, 12);
  const n = list.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // one member alone is not a sum
    let sum = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += list[i]!;
    if (sum === target) return true;
  }
  return false;
}
