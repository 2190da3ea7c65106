// Scoring for `npm run eval`: the gold-label schema, matching predicted incidents to gold
// incidents one-to-one, precision/recall/F1, per-field accuracy and tally scoring.
//
// Everything above "Corpus loading" is pure (no I/O) and unit-tested in eval-lib.test.ts.
//
// ## Matching rule
// A predicted incident is *compatible* with a gold incident when BOTH hold:
//  1. counts agree: each side's count is read as a closed interval: [killedLow, killedHigh]
//     when both bounds are given (disagreeing sources, "between 20 and 25"), else [killed, killed];
//     the two intervals must overlap. So "SANA 5, Observatory 6" (gold 5, range 5–6) still matches
//     a prediction of 6 (the `killed` field is then scored wrong), while an open "at least 34" is
//     just 34. A null count and 0 are the same ("no count given"), and two null counts agree.
//  2. dates agree within the coarser precision of the two: day = same day, week = within ±7 days,
//     month = same calendar month, year = same year. Two null dates agree; null vs a date does not.
// Among compatible pairs the assignment is one-to-one and maximises first the number of matched
// *required* gold incidents, then the number of matches, then a tie-break score (evidence sentence
// contains the gold fragment, exact count, exact date, same province). It is solved exactly with
// the Hungarian algorithm, so a greedy early choice cannot steal a pair another gold item needed.
//
// Gold items may be marked `optional` (a defensible incident a coder might or might not record,
// e.g. a leader's death in a raid told in passing): missing one costs nothing, and a prediction
// matched to one is neither a true nor a false positive.
//
// Place names are compared on a transliteration-tolerant skeleton (see placeKey) so
// "Boukamal" = "Abu Kamal" = "Al-Bukamal" and "Deir Ezzor" = "Dayr az Zawr"; a gold place of null
// ("no particular locality") agrees with a predicted governorate or region phrase (see placesAgree).
import { z } from "zod";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { lookupPlace } from "@/lib/extract/places";
import { GOVERNORATES, type ArticleExtraction, type ArticleInput } from "@/lib/extract/types";
import type { GoldArticle, GoldIncident, GoldTally } from "@/tools/eval/gold";

export { GoldArticle, GoldIncident, GoldTally } from "@/tools/eval/gold";

// ---------------------------------------------------------------------------------------------
// Gold schema

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const Precision = z.enum(["day", "week", "month", "year"]);

// ---------------------------------------------------------------------------------------------
// Predicted shape: the subset of the `npm run extract` contract element that is scored.

export const PredIncident = z.object({
  date: isoDate.nullable(),
  datePrecision: Precision.nullable(),
  place: z.string().nullable().optional().default(null),
  province: z.string().nullable().optional().default(null),
  perpetrator: z.string().nullable().optional().default(null),
  killed: z.number().nullable(),
  killedLow: z.number().nullable().optional().default(null),
  killedHigh: z.number().nullable().optional().default(null),
  injured: z.number().nullable().optional().default(null),
  attackersKilled: z.number().nullable().optional().default(null),
  eventType: z.string().nullable().optional().default(null),
  civilians: z.boolean().nullable().optional().default(null),
  confidence: z.number().nullable().optional().default(null),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  evidence: z.string().optional().default(""),
});
export type PredIncident = z.infer<typeof PredIncident>;

export const PredTally = z.object({
  count: z.number(),
  evidence: z.string().optional().default(""),
});
export type PredTally = z.infer<typeof PredTally>;

export const PredArticle = z.object({
  file: z.string().optional(),
  publishedAt: isoDate.nullable().optional().default(null),
  incidents: z.array(PredIncident),
  tallies: z.array(PredTally).optional().default([]),
});
export type PredArticle = z.infer<typeof PredArticle>;

// ---------------------------------------------------------------------------------------------
// Dates and counts

export type Precision = z.infer<typeof Precision>;
const RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

export function coarser(a: Precision | null, b: Precision | null): Precision {
  const pa = a ?? "day";
  const pb = b ?? "day";
  return RANK[pa] >= RANK[pb] ? pa : pb;
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export interface Dated {
  date: string | null;
  datePrecision: Precision | null;
}

/** Dates agree within the coarser precision of the two (day exact, week ±7 days, same month, same year). */
export function datesAgree(a: Dated, b: Dated): boolean {
  if (a.date === null || b.date === null) return a.date === b.date;
  switch (coarser(a.datePrecision, b.datePrecision)) {
    case "day":
      return a.date === b.date;
    case "week":
      return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= 7;
    case "month":
      return a.date.slice(0, 7) === b.date.slice(0, 7);
    case "year":
      return a.date.slice(0, 4) === b.date.slice(0, 4);
  }
}

export interface Counted {
  killed: number | null;
  killedLow?: number | null;
  killedHigh?: number | null;
}

/** The closed interval a count stands for, or null when no count is given (0 = none). */
export function countInterval(c: Counted): [number, number] | null {
  const lo = c.killedLow ?? null;
  const hi = c.killedHigh ?? null;
  if (lo !== null && hi !== null && hi > 0) {
    const best = c.killed ?? lo;
    return [Math.min(lo, best), Math.max(hi, best)];
  }
  if (c.killed === null || c.killed === 0) return null;
  return [c.killed, c.killed];
}

export function countsAgree(a: Counted, b: Counted): boolean {
  const ia = countInterval(a);
  const ib = countInterval(b);
  if (ia === null || ib === null) return ia === ib;
  return ia[0] <= ib[1] && ib[0] <= ia[1];
}

// ---------------------------------------------------------------------------------------------
// Names

/** Lower case, accents removed, typographic quotes and dashes flattened, spaces collapsed. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc\u02bf\u02be`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const ARTICLES = new Set(["al", "el", "as", "ash", "ad", "ar", "az", "ez", "es", "an", "at", "ath", "ed", "er", "the", "ul"]);

/**
 * A transliteration-tolerant skeleton of a place name: folded, Arabic articles dropped,
 * vowels (and y, w) dropped, q→k, doubled letters collapsed.
 * "Boukamal", "Abu Kamal", "Al-Bukamal" → "bkml"; "Deir Ezzor", "Dayr az Zawr" → "drzr".
 */
export function placeKey(s: string): string {
  const words = fold(s)
    .replace(/['’]/g, "")
    .split(/[^a-z]+/)
    .filter((w) => w && !ARTICLES.has(w));
  let out = words.join("");
  out = out
    .replace(/q/g, "k")
    .replace(/ph/g, "f")
    .replace(/ou/g, "u")
    .replace(/(?<=[aeiou])h$/, "");
  out = out.replace(/[aeiouyw]/g, "");
  out = out.replace(/(.)\1+/g, "$1");
  return out;
}

function placeWords(s: string): string[] {
  return fold(s)
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !ARTICLES.has(w) && w !== "of")
    .map(placeKey)
    .filter((w) => w.length > 0);
}

const GOVERNORATE_KEYS = new Set(GOVERNORATES.map(placeKey));
const REGION_WORDS = /\b(between|province|governorate|countryside|rural|desert|badiya|badia|region|area|syria|outskirts)\b/;

/** A place phrase that names no particular locality: a governorate, or a region/desert/"between" phrase. */
export function isRegionPhrase(p: string): boolean {
  return GOVERNORATE_KEYS.has(placeKey(p)) || REGION_WORDS.test(fold(p));
}

/**
 * Place agreement. Gold null (no particular locality in the text) agrees with a null prediction or with
 * a prediction that only names a governorate or a region ("Idlib", "Badiya", "between Raqqa, Homs and
 * Deir ez-Zor"). Otherwise the transliteration skeletons must be equal, or one name's words must appear
 * as a run inside the other's ("Badiya of Al-Mayadin" holds "Al-Mayadin"; "Mezzeh 86" holds "Mezzeh").
 */
export function placesAgree(gold: string | null, pred: string | null | undefined): boolean {
  const p = pred ?? null;
  if (gold === null) return p === null || isRegionPhrase(p);
  if (p === null) return false;
  const kg = placeKey(gold);
  if (kg.length > 0 && kg === placeKey(p)) return true;
  const wg = placeWords(gold);
  const wp = placeWords(p);
  const contains = (a: string[], b: string[]) => b.length > 0 && a.some((_, i) => i + b.length <= a.length && b.every((w, j) => a[i + j] === w));
  return contains(wp, wg) || contains(wg, wp);
}

/**
 * The issue's "place within 25 km": the names agree, or the gold place is one the gazetteer knows (in the gold
 * governorate) and the predicted point lies within 25 km of it. A gold place the gazetteer lacks is judged by
 * name alone.
 */
export function placeWithin25km(g: GoldIncident, p: PredIncident): boolean {
  if (placesAgree(g.place, p.place)) return true;
  if (g.place === null || p.lat == null || p.lon == null) return false;
  const known = lookupPlace(g.place);
  if (!known || (g.province !== null && known.governorate !== g.province)) return false;
  return kmBetween(known.lat, known.lon, p.lat, p.lon) <= 25;
}

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Normalises an actor label to a coarse key so "Daesh" = "IS" = "Islamic State"; unknown actors → null. */
export function actorKey(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = fold(s);
  if (t === "" || /\b(unknown|unidentified|landmine|mine|remnant|explosive)s?\b/.test(t)) return null;
  if (/tahrir|\bhts\b|nusra/.test(t)) return "hts";
  if (/\b(is|isis|isil|daesh|da'esh|islamic state)\b|jihadist/.test(t)) return "is";
  if (/\bsdf\b|syrian democratic|kurdish-led|\bypg\b|asayish/.test(t)) return "sdf";
  if (/russia/.test(t)) return "russia";
  if (/israel/.test(t)) return "israel";
  if (/turk/.test(t)) return "turkey";
  if (/\bsna\b|syrian national army/.test(t)) return "sna";
  if (/coalition|us-led|u\.s\.|united states|\bus\b|american/.test(t)) return "coalition";
  if (/iran|hezbollah/.test(t)) return "iran";
  if (/government|regime|syrian (arab )?army|\bsaa\b|\bndf\b|national defen[cs]e|assad|security forces|loyalist/.test(t)) return "government";
  if (/rebel|opposition|\bfsa\b|free syrian|insurgent/.test(t)) return "rebels";
  return t;
}

export function evidenceContains(evidence: string | undefined, fragment: string): boolean {
  if (!evidence) return false;
  return fold(evidence).includes(fold(fragment));
}

// ---------------------------------------------------------------------------------------------
// Assignment (Hungarian algorithm, maximising weight; 0 = not allowed)

/** Returns for each row the matched column or -1. weights[i][j] > 0 means the pair may be matched. */
export function maxWeightAssignment(weights: number[][]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  const result = new Array<number>(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const n = Math.max(rows, cols);
  let maxW = 0;
  for (const r of weights) for (const w of r) maxW = Math.max(maxW, w);
  // Square cost matrix (1-indexed) for min-cost assignment: cost = maxW - weight (padding: maxW).
  const cost = (i: number, j: number): number => {
    const w = i <= rows && j <= cols ? (weights[i - 1]?.[j - 1] ?? 0) : 0;
    return maxW - w;
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= n; j++) {
    const i = p[j]!;
    if (i >= 1 && i <= rows && j <= cols && (weights[i - 1]?.[j - 1] ?? 0) > 0) result[i - 1] = j - 1;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Incident matching and scoring

/** Tie-break score of a compatible pair (in (0, 1)), or null when the pair is not compatible. */
export function pairScore(g: GoldIncident, p: PredIncident): number | null {
  if (!countsAgree(g, p) || !datesAgree(g, p)) return null;
  let s = 0.05;
  if (evidenceContains(p.evidence, g.evidenceIncludes)) s += 0.4;
  if ((g.killed ?? 0) === (p.killed ?? 0)) s += 0.2;
  if (g.date === p.date) s += 0.15;
  if (g.province === (p.province ?? null)) s += 0.1;
  if (placesAgree(g.place, p.place)) s += 0.05;
  return s;
}

/** One-to-one matching: returns for each gold incident the index of its predicted incident or -1. */
export function matchIncidents(gold: readonly GoldIncident[], pred: readonly PredIncident[]): number[] {
  const weights = gold.map((g) =>
    pred.map((p) => {
      const s = pairScore(g, p);
      if (s === null) return 0;
      return (g.optional ? 0 : 100) + 10 + s; // required matches first, then count, then score
    }),
  );
  return maxWeightAssignment(weights);
}

export const FIELDS = [
  "date",
  "datePrecision",
  "province",
  "place",
  "placeWithin25km",
  "killed",
  "killedRange",
  "injured",
  "attackersKilled",
  "perpetrator",
  "eventType",
  "civilians",
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldTally {
  right: number;
  total: number;
}
export type FieldAccuracy = Record<Field, FieldTally>;

export function emptyFieldAccuracy(): FieldAccuracy {
  return Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as FieldAccuracy;
}

/** Field comparisons for a matched pair; fields the gold label leaves out (injured, perpetrator, range) are skipped. */
export function compareFields(g: GoldIncident, p: PredIncident): { field: Field; ok: boolean; gold: unknown; pred: unknown }[] {
  const out: { field: Field; ok: boolean; gold: unknown; pred: unknown }[] = [];
  const add = (field: Field, ok: boolean, gold: unknown, pred: unknown) => out.push({ field, ok, gold, pred });
  add("date", g.date === p.date, g.date, p.date);
  add("datePrecision", g.datePrecision === p.datePrecision, g.datePrecision, p.datePrecision);
  add("province", g.province === (p.province ?? null), g.province, p.province ?? null);
  add("place", placesAgree(g.place, p.place), g.place, p.place ?? null);
  add("placeWithin25km", placeWithin25km(g, p), g.place, p.place ?? null);
  add("killed", (g.killed ?? 0) === (p.killed ?? 0), g.killed, p.killed);
  if (g.killedLow !== undefined || g.killedHigh !== undefined) {
    const gl = g.killedLow ?? null;
    const gh = g.killedHigh ?? null;
    const pl = p.killedLow ?? null;
    const ph = p.killedHigh ?? null;
    add("killedRange", gl === pl && gh === ph, [gl, gh], [pl, ph]);
  }
  if (g.injured !== undefined) add("injured", (g.injured ?? 0) === (p.injured ?? 0), g.injured, p.injured ?? null);
  if (g.attackersKilled !== undefined) {
    add("attackersKilled", (g.attackersKilled ?? 0) === (p.attackersKilled ?? 0), g.attackersKilled, p.attackersKilled ?? null);
  }
  if (g.eventType !== undefined) add("eventType", g.eventType === p.eventType, g.eventType, p.eventType ?? null);
  if (g.civilians !== undefined) add("civilians", g.civilians === (p.civilians ?? false), g.civilians, p.civilians ?? null);
  if (g.perpetrator !== undefined) {
    add("perpetrator", actorKey(g.perpetrator) === actorKey(p.perpetrator), g.perpetrator, p.perpetrator ?? null);
  }
  return out;
}

export type EvalError =
  | { kind: "missed"; gold: GoldIncident }
  | { kind: "spurious"; pred: PredIncident; looksLikeTally: boolean }
  | { kind: "field"; field: Field; gold: unknown; pred: unknown; goldIncident: GoldIncident; predIncident: PredIncident }
  | { kind: "missedTally"; gold: GoldTally }
  | { kind: "spuriousTally"; pred: PredTally }
  | { kind: "publishedAt"; gold: string | null; pred: string | null };

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface ArticleScore {
  file: string;
  incidents: Prf;
  tallies: Prf;
  fields: FieldAccuracy;
  /** Spurious predicted incidents that are really one of the article's tallies. */
  talliesAsIncidents: number;
  publishedAtOk: boolean;
  errors: EvalError[];
  /** gold index → predicted index (or -1) */
  matches: number[];
  /** Each predicted incident's confidence and whether it was right (matched a required gold incident); null: matched an optional one. */
  judged: { confidence: number | null; right: boolean | null }[];
}

/** Tallies match one-to-one on count; an optional gold tally also matches a prediction whose evidence holds its fragment. */
export function matchTallies(gold: readonly GoldTally[], pred: readonly PredTally[]): number[] {
  const weights = gold.map((g) =>
    pred.map((p) => {
      const countOk = Math.round(p.count) === g.count;
      const evOk = evidenceContains(p.evidence, g.evidenceIncludes);
      if (!countOk && !(g.optional && evOk)) return 0;
      return (g.optional ? 0 : 100) + 10 + (evOk ? 1 : 0) + (countOk ? 1 : 0);
    }),
  );
  return maxWeightAssignment(weights);
}

function looksLikeTally(p: PredIncident, tallies: readonly GoldTally[]): boolean {
  return tallies.some(
    (t) => (p.killed !== null && p.killed === t.count) || (p.killedLow != null && p.killedLow === t.count) || evidenceContains(p.evidence, t.evidenceIncludes),
  );
}

export function scoreArticle(gold: GoldArticle, pred: PredArticle): ArticleScore {
  const errors: EvalError[] = [];
  const fields = emptyFieldAccuracy();

  const matches = matchIncidents(gold.incidents, pred.incidents);
  const usedPred = new Set<number>();
  let tp = 0;
  let fn = 0;
  gold.incidents.forEach((g, gi) => {
    const pi = matches[gi]!;
    if (pi < 0) {
      if (!g.optional) {
        fn++;
        errors.push({ kind: "missed", gold: g });
      }
      return;
    }
    usedPred.add(pi);
    if (g.optional) return;
    tp++;
    const p = pred.incidents[pi]!;
    for (const c of compareFields(g, p)) {
      fields[c.field].total++;
      if (c.ok) fields[c.field].right++;
      else errors.push({ kind: "field", field: c.field, gold: c.gold, pred: c.pred, goldIncident: g, predIncident: p });
    }
  });
  let fp = 0;
  let talliesAsIncidents = 0;
  pred.incidents.forEach((p, pi) => {
    if (usedPred.has(pi)) return;
    fp++;
    const lt = looksLikeTally(p, gold.tallies);
    if (lt) talliesAsIncidents++;
    errors.push({ kind: "spurious", pred: p, looksLikeTally: lt });
  });

  const tmatches = matchTallies(gold.tallies, pred.tallies);
  const usedT = new Set<number>();
  let ttp = 0;
  let tfn = 0;
  gold.tallies.forEach((g, gi) => {
    const pi = tmatches[gi]!;
    if (pi < 0) {
      if (!g.optional) {
        tfn++;
        errors.push({ kind: "missedTally", gold: g });
      }
      return;
    }
    usedT.add(pi);
    if (!g.optional) ttp++;
  });
  let tfp = 0;
  pred.tallies.forEach((p, pi) => {
    if (usedT.has(pi)) return;
    tfp++;
    errors.push({ kind: "spuriousTally", pred: p });
  });

  const rightOf = new Map<number, boolean | null>();
  gold.incidents.forEach((g, gi) => {
    if (matches[gi]! >= 0) rightOf.set(matches[gi]!, g.optional ? null : true);
  });
  const judged = pred.incidents.map((p, pi) => ({ confidence: p.confidence ?? null, right: rightOf.has(pi) ? rightOf.get(pi)! : false }));

  const publishedAtOk = gold.publishedAt === (pred.publishedAt ?? null);
  if (!publishedAtOk) errors.push({ kind: "publishedAt", gold: gold.publishedAt, pred: pred.publishedAt ?? null });

  return {
    file: gold.file,
    incidents: prf(tp, fp, fn),
    tallies: prf(ttp, tfp, tfn),
    fields,
    talliesAsIncidents,
    publishedAtOk,
    errors,
    matches,
    judged,
  };
}

export interface CalibrationRow {
  /** The bucket's lower bound (confidence ≥ from, < the next bound). */
  from: number;
  predicted: number;
  right: number;
}

const BOUNDS = [0, 0.2, 0.4, 0.6, 0.8] as const;

/** Predicted incidents by confidence bucket, with how many were right (optional matches left out). */
export function calibration(scores: readonly ArticleScore[]): CalibrationRow[] {
  const rows: CalibrationRow[] = BOUNDS.map((from) => ({ from, predicted: 0, right: 0 }));
  for (const s of scores) {
    for (const j of s.judged) {
      if (j.confidence === null || j.right === null) continue;
      const row = [...rows].reverse().find((r) => j.confidence! >= r.from)!;
      row.predicted++;
      if (j.right) row.right++;
    }
  }
  return rows;
}

export interface OverallScore {
  articles: number;
  incidents: Prf;
  tallies: Prf;
  fields: FieldAccuracy;
  talliesAsIncidents: number;
  publishedAtAccuracy: number;
  /** Mean of per-article incident F1 (macro), next to the micro figures above. */
  macroF1: number;
}

export function aggregate(scores: readonly ArticleScore[]): OverallScore {
  let tp = 0,
    fp = 0,
    fn = 0,
    ttp = 0,
    tfp = 0,
    tfn = 0,
    tai = 0,
    pubOk = 0,
    f1sum = 0;
  const fields = emptyFieldAccuracy();
  for (const s of scores) {
    tp += s.incidents.tp;
    fp += s.incidents.fp;
    fn += s.incidents.fn;
    ttp += s.tallies.tp;
    tfp += s.tallies.fp;
    tfn += s.tallies.fn;
    tai += s.talliesAsIncidents;
    if (s.publishedAtOk) pubOk++;
    f1sum += s.incidents.f1;
    for (const f of FIELDS) {
      fields[f].right += s.fields[f].right;
      fields[f].total += s.fields[f].total;
    }
  }
  return {
    articles: scores.length,
    incidents: prf(tp, fp, fn),
    tallies: prf(ttp, tfp, tfn),
    fields,
    talliesAsIncidents: tai,
    publishedAtAccuracy: scores.length ? pubOk / scores.length : 1,
    macroF1: scores.length ? f1sum / scores.length : 1,
  };
}

/** One line per error, for the table and --verbose. */
export function describeError(e: EvalError, verbose = false): string {
  const ev = (s: string) => (verbose ? ` — "${s.length > 220 ? `${s.slice(0, 217)}...` : s}"` : "");
  const inc = (x: { date: string | null; datePrecision: string | null; province?: string | null; killed: number | null }) =>
    `${x.killed ?? "?"} killed, ${x.date ?? "no date"}/${x.datePrecision ?? "-"}, ${x.province ?? "no province"}`;
  switch (e.kind) {
    case "missed":
      return `missed: ${inc(e.gold)}${verbose ? ` — gold evidence "${e.gold.evidenceIncludes}"` : ""}`;
    case "spurious":
      return `spurious${e.looksLikeTally ? " (a tally)" : ""}: ${inc(e.pred)}${ev(e.pred.evidence)}`;
    case "field":
      return `wrong ${e.field}: gold ${JSON.stringify(e.gold)} got ${JSON.stringify(e.pred)}${
        verbose ? ` — gold evidence "${e.goldIncident.evidenceIncludes}"` : ""
      }`;
    case "missedTally":
      return `missed tally: ${e.gold.count}${verbose ? ` — "${e.gold.evidenceIncludes}"` : ""}`;
    case "spuriousTally":
      return `spurious tally: ${e.pred.count}${ev(e.pred.evidence)}`;
    case "publishedAt":
      return `publishedAt: gold ${e.gold} got ${e.pred}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus loading (I/O; shared by eval.ts and bench-extract.ts)

export interface CorpusArticle {
  /** basename with extension, e.g. "01_afp_homs_truffle_hunters.md" */
  file: string;
  /** basename without extension: the gold file is eval/gold/<name>.json */
  name: string;
  path: string;
  raw: string;
  /** metadata given from outside the text (seeds/sources.json) */
  source?: string;
  url?: string;
  publishedAt?: string;
}

const SeedSources = z.object({
  articles: z.array(z.object({ file: z.string(), source: z.string().optional(), url: z.string().optional(), published: isoDate.optional() })),
});

export function loadCorpus(root: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const artDir = path.join(root, "eval", "articles");
  if (fs.existsSync(artDir)) {
    for (const f of fs
      .readdirSync(artDir)
      .filter((x) => x.endsWith(".md"))
      .sort()) {
      const p = path.join(artDir, f);
      out.push({ file: f, name: f.replace(/\.md$/, ""), path: p, raw: fs.readFileSync(p, "utf8") });
    }
  }
  const seedDir = path.join(root, "seeds");
  const srcPath = path.join(seedDir, "sources.json");
  if (fs.existsSync(srcPath)) {
    const meta = SeedSources.parse(JSON.parse(fs.readFileSync(srcPath, "utf8")));
    const byFile = new Map(meta.articles.map((a) => [a.file, a]));
    for (const f of fs
      .readdirSync(seedDir)
      .filter((x) => x.endsWith(".txt"))
      .sort()) {
      const p = path.join(seedDir, f);
      const m = byFile.get(f);
      out.push({
        file: f,
        name: f.replace(/\.txt$/, ""),
        path: p,
        raw: fs.readFileSync(p, "utf8"),
        source: m?.source,
        url: m?.url,
        publishedAt: m?.published,
      });
    }
  }
  return out;
}

export interface ExtractModule {
  extractArticle: (input: ArticleInput) => ArticleExtraction;
  toContractJson?: (fileName: string, x: ArticleExtraction) => unknown;
}

/** Imports lib/extract/index.ts (or another module) at run time, so this file type-checks before the extractor exists. */
export async function loadExtractor(root: string, modulePath?: string): Promise<ExtractModule> {
  const file = modulePath ? path.resolve(root, modulePath) : path.join(root, "lib", "extract", "index.ts");
  if (!fs.existsSync(file)) throw new Error(`extractor not found: ${path.relative(root, file)} does not exist yet`);
  const mod = (await import(pathToFileURL(file).href)) as Partial<ExtractModule> & { default?: Partial<ExtractModule> };
  const m = typeof mod.extractArticle === "function" ? mod : mod.default;
  if (!m || typeof m.extractArticle !== "function") throw new Error("lib/extract/index.ts does not export extractArticle");
  return m as ExtractModule;
}

export function toInput(a: CorpusArticle): ArticleInput {
  const input: ArticleInput = { raw: a.raw, fileName: a.file };
  if (a.source) input.source = a.source;
  if (a.url) input.url = a.url;
  if (a.publishedAt) input.publishedAt = a.publishedAt;
  return input;
}
