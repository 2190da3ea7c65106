// One attack told several times is one incident: the tests of compatibility (dates within each other's
// precision, same governorate or unknown, same perpetrator or unknown, compatible counts) that
// events.ts uses within an article, and across articles: isSameIncident / mergeIncidents, with ACLED's rule for the merged counts (best = the
// lowest best, low = the lowest low, high = the highest high), except that a vague floor ("dozens" = 12)
// never undercuts a reported figure it is compatible with.
import { ACTOR } from "./actors";
import { datesCompatible, precisionRank } from "./dates";
import type { DatePrecision, ExtractedIncident } from "./types";

function dateOf(i: ExtractedIncident): { date: string; precision: DatePrecision } | null {
  return i.date && i.datePrecision ? { date: i.date, precision: i.datePrecision } : null;
}

export function datesOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  const da = dateOf(a);
  const db = dateOf(b);
  return da === null || db === null || datesCompatible(da, db);
}

// Damascus city lies inside Rif Dimashq: "near Damascus" in one report is often a Rif Dimashq town in another.
const NESTED: ReadonlyArray<readonly [string, string]> = [["Damascus", "Rif Dimashq"]];

export function provincesOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  if (a.province === null || b.province === null || a.province === b.province) return true;
  return NESTED.some(([x, y]) => (a.province === x && b.province === y) || (a.province === y && b.province === x));
}

// Sides that fight together: one outlet's "Russian strikes" are another's "regime warplanes".
const SIDES: ReadonlyArray<ReadonlySet<string>> = [
  new Set([ACTOR.GOV, ACTOR.RUSSIA, ACTOR.IRAN, ACTOR.HEZBOLLAH]),
  new Set([ACTOR.TURKEY, ACTOR.TURKISH_BACKED]),
];

/** Compatible attackers: unknown ("unidentified gunmen" included), the same, or allies. */
export function perpetratorsOk(a: ExtractedIncident, b: ExtractedIncident): boolean {
  const unknown = (p: string | null) => p === null || p === ACTOR.GUNMEN;
  if (unknown(a.perpetrator) || unknown(b.perpetrator) || a.perpetrator === b.perpetrator) return true;
  return SIDES.some((side) => side.has(a.perpetrator!) && side.has(b.perpetrator!));
}

/** The interval of deaths a report allows: [low or best, high or open]. A vague floor is open above. */
function range(i: ExtractedIncident): [number, number] {
  const best = i.killed ?? 0;
  // "nearly 40", "almost a dozen": an upper bound, so a precise figure a little below it is the same dead
  const lo = i.killedLow ?? (i.killedHigh === best ? Math.floor(best * 0.75) : best);
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
export function withCounts(x: ExtractedIncident, from: ExtractedIncident): ExtractedIncident {
  return {
    ...x,
    killed: from.killed,
    killedLow: from.killedLow,
    killedHigh: from.killedHigh,
    killedVague: from.killedVague,
    injured: from.injured ?? x.injured,
    injuredVague: from.injured !== null ? from.injuredVague : x.injuredVague,
  };
}

export function withinFactor(a: ExtractedIncident, b: ExtractedIncident, f: number): boolean {
  if (a.killed === null || b.killed === null || a.killed === 0 || b.killed === 0) return false;
  return Math.max(a.killed, b.killed) <= f * Math.min(a.killed, b.killed);
}

/** Cross-article test: the same attack told by two sources. */
export function isSameIncident(a: ExtractedIncident, b: ExtractedIncident): boolean {
  return datesOk(a, b) && provincesOk(a, b) && perpetratorsOk(a, b) && countsCompatible(a, b);
}

/** How informative a statement is, to pick the evidence sentence of a merged incident. */
export function informativeness(i: ExtractedIncident, heading = false, ownPlace = true, ownDated = true): number {
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
  const bestDate = mostPreciseDate(ordered);
  const bestPlace = mostSpecificPlace(ordered);
  const first = <K extends keyof ExtractedIncident>(k: K) => firstOf(ordered, k);
  const reporters = [...new Set(ordered.map((x) => x.reportedBy).filter((r): r is string => r !== null))];
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
    ...mergedCounts(ordered),
    injured: maxOf(ordered, "injured"),
    injuredVague: injuredVagueOf(ordered),
    attackersKilled: maxOf(ordered, "attackersKilled"),
    claimedBy: first("claimedBy"),
    reportedBy: reporters.length > 0 ? reporters.join("; ") : null,
  };
}

type MergedCounts = Pick<ExtractedIncident, "killed" | "killedLow" | "killedHigh" | "killedVague">;

/** The merged death figures, from the precise reports when there are any (a vague floor yields to them). */
function mergedCounts(ordered: readonly ExtractedIncident[]): MergedCounts {
  const counted = ordered.filter((x) => x.killed !== null);
  const precise = counted.filter((x) => !x.killedVague);
  const pool = precise.length > 0 ? precise : counted;
  const killedVague = pool.length > 0 ? pool.every((x) => x.killedVague === true) : false;
  if (pool.length === 0) return { killed: null, killedLow: null, killedHigh: null, killedVague };
  const killed = Math.min(...pool.map((x) => x.killed!));
  const lows = pool.map((x) => x.killedLow).filter((v): v is number => v !== null);
  let killedLow = lows.length > 0 ? Math.min(...lows) : null;
  const highs = pool.map((x) => x.killedHigh);
  let killedHigh = highs.every((h) => h !== null) ? Math.max(...(highs as number[])) : null;
  // sources disagreeing ("at least 53" and "46"): the range runs to the highest figure reported
  // (also when one statement already carries such a range: "at least 47" merged with "47, while X said 61")
  if (new Set(pool.map((x) => x.killed)).size > 1 || pool.some((x) => x.killedHigh !== null && x.killedHigh > x.killed!))
    killedHigh = Math.max(killedHigh ?? 0, ...pool.map((x) => x.killedHigh ?? x.killed!));
  if (killedLow !== null && killedLow > killed) killedLow = killed;
  return { killed, killedLow, killedHigh, killedVague };
}

function mostPreciseDate(ordered: readonly ExtractedIncident[]): ExtractedIncident | null {
  const dated = ordered.filter((x) => x.date !== null && x.datePrecision !== null);
  return dated.reduce<ExtractedIncident | null>((b, x) => (b === null || precisionRank(x.datePrecision!) < precisionRank(b.datePrecision!) ? x : b), null);
}

function mostSpecificPlace(ordered: readonly ExtractedIncident[]): ExtractedIncident | null {
  const placed = ordered.filter((x) => x.place !== null || x.province !== null);
  return placed.reduce<ExtractedIncident | null>((b, x) => {
    if (b === null) return x;
    // a provincial capital named bare ("in Idlib") yields to a named place of the same governorate
    const score = (y: ExtractedIncident) =>
      (y.province !== null ? 0 : 10) + (y.geoPrecision ?? 4) + (y.place !== null && y.place === y.province && y.geoPrecision === 1 ? 1.5 : 0);
    return score(x) < score(b) ? x : b;
  }, null);
}

/** The first report's value of `k` that is known, else the evidence's (the first report's). */
function firstOf<K extends keyof ExtractedIncident>(ordered: readonly ExtractedIncident[], k: K): ExtractedIncident[K] {
  for (const x of ordered) if (x[k] !== null && x[k] !== undefined) return x[k];
  return ordered[0]![k];
}

/** The merged injured figure (the largest) is a vague floor when every report of that figure is one. */
function injuredVagueOf(ordered: readonly ExtractedIncident[]): boolean {
  const top = maxOf(ordered, "injured");
  return top !== null && ordered.filter((x) => x.injured === top).every((x) => x.injuredVague === true);
}

function maxOf(ordered: readonly ExtractedIncident[], k: "injured" | "attackersKilled"): number | null {
  const v = ordered.map((x) => x[k]).filter((n): n is number => n !== null);
  return v.length > 0 ? Math.max(...v) : null;
}
