// How sure the extractor is of an incident, of its date and of its place, from how it was read: a
// clear sentence with its own count, date, place and attacker is surer than a count whose place and
// date were borrowed from the sentences around it. The weights of `incidentConfidence` were fitted on
// eval/dev only (tools/eval/fit-confidence.ts prints them), never on eval/test.
import type { AttackEvent } from "./events";
import type { Source, Statement } from "./resolve";

export interface ConfidenceFeatures {
  ownDate: number;
  ownPlace: number;
  ownPerpetrator: number;
  exactCount: number;
  headingOnly: number;
  statements: number;
  background: number;
  specificPlace: number;
  attributed: number;
  largeCount: number;
}

/** The statement that carries the event's evidence: the one whose sentence the incident shows. */
export function evidenceStatement(e: AttackEvent): Statement {
  return e.statements.find((s) => s.incident.evidenceStart === e.merged.evidenceStart) ?? e.statements[0]!;
}

const own = (s: Source) => (s === "own" ? 1 : 0);

export function confidenceFeatures(e: AttackEvent): ConfidenceFeatures {
  const s = evidenceStatement(e);
  const m = e.merged;
  return {
    ownDate: own(s.dateFrom),
    ownPlace: own(s.placeFrom),
    ownPerpetrator: own(s.perpetratorFrom),
    exactCount: m.killed !== null && !m.killedVague ? 1 : 0,
    headingOnly: e.statements.every((x) => x.heading) ? 1 : 0,
    statements: Math.min(3, e.statements.length) / 3,
    background: s.background ? 1 : 0,
    specificPlace: m.geoPrecision === 1 || m.geoPrecision === 2 ? 1 : 0,
    attributed: m.reportedBy !== null ? 1 : 0,
    largeCount: (m.killed ?? 0) >= 100 ? 1 : 0,
  };
}

/** Logistic weights over the features (intercept first), as tools/eval/fit-confidence.ts fitted them on eval/dev. */
export const WEIGHTS: Record<keyof ConfidenceFeatures | "intercept", number> = {
  intercept: -0.56,
  ownDate: 0.6,
  ownPlace: 0.57,
  ownPerpetrator: -0.13,
  exactCount: 0.96,
  headingOnly: -1.05,
  statements: 0.88,
  background: -0.31,
  specificPlace: 0.46,
  attributed: -0.05,
  largeCount: -0.69,
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round2 = (x: number) => Math.round(x * 100) / 100;

export function incidentConfidence(f: ConfidenceFeatures, w = WEIGHTS): number {
  let z = w.intercept;
  for (const k of Object.keys(f) as (keyof ConfidenceFeatures)[]) z += w[k] * f[k];
  return round2(sigmoid(z));
}

const SOURCE_SCORE: Record<Source, number> = { own: 0.9, near: 0.7, borrowed: 0.5, fallback: 0.35, none: 0.1 };

/** The date's confidence: where it came from, less for a coarse one. */
export function dateConfidence(s: Statement, precision: string | null): number {
  if (precision === null) return 0.1;
  const coarse = precision === "day" ? 0 : precision === "week" ? 0.1 : 0.2;
  return round2(Math.max(0.05, SOURCE_SCORE[s.dateFrom] - coarse));
}

/** The place's confidence: where it came from, less for a governorate or region alone. */
export function placeConfidence(s: Statement, geoPrecision: number | null): number {
  if (geoPrecision === null) return 0.1;
  const coarse = geoPrecision === 1 ? 0 : geoPrecision === 2 ? 0.1 : 0.25;
  return round2(Math.max(0.05, SOURCE_SCORE[s.placeFrom] - coarse));
}
