// A learned second opinion on "tally or incident" for one death figure. The rules in tallies.ts name the
// phrasings they have seen; on slices they were not written on they found about two tallies in five. A
// logistic regression over the words of the sentence and of the figure's surroundings, fitted on eval/dev by
// tools/eval/fit-tally-model.ts, reads the many ways a period or a sum is said. It only adds tallies the rules
// missed; it never turns a rule's tally back into an incident.
import model from "./data/tally-model.json";

export interface TallyModel {
  /** Feature name → weight; features absent here weigh nothing. */
  weights: Record<string, number>;
  bias: number;
  /** Probability from which a figure is read as a tally. */
  threshold: number;
}

export interface FigureContext {
  /** The sentence's text, the figure's offsets in it, its count, and whether the sentence is a headline. */
  text: string;
  start: number;
  end: number;
  best: number;
  heading: boolean;
}

const tokens = (s: string) => s.toLowerCase().match(/[a-z]+|\d+/g) ?? [];

function magnitude(n: number): string {
  if (n <= 1) return "1";
  if (n < 10) return "2-9";
  if (n < 50) return "10-49";
  if (n < 200) return "50-199";
  return n < 1000 ? "200-999" : "1000+";
}

/** The features of one figure: the sentence's words and word pairs, six words either side, its size. */
export function tallyFeatures(f: FigureContext): string[] {
  const words = tokens(f.text);
  const out = new Set<string>();
  for (const w of words) out.add(`u_${w}`);
  for (let k = 1; k < words.length; k++) out.add(`b_${words[k - 1]}_${words[k]}`);
  for (const w of tokens(f.text.slice(Math.max(0, f.start - 60), f.start)).slice(-6)) out.add(`L_${w}`);
  for (const w of tokens(f.text.slice(f.end, f.end + 60)).slice(0, 6)) out.add(`R_${w}`);
  out.add(`mag_${magnitude(f.best)}`);
  if (f.heading) out.add("heading");
  return [...out];
}

export const defaultTallyModel = model as TallyModel;
let active: TallyModel | null = defaultTallyModel;

/** Swaps the model in use (null: the rules alone), for the fitting script's held-out measure and for tests. */
export function setTallyModel(m: TallyModel | null): void {
  active = m;
}

/** The model's probability that the figure is a tally. */
export function tallyProbability(f: FigureContext, m: TallyModel): number {
  const z = tallyFeatures(f).reduce((sum, k) => sum + (m.weights[k] ?? 0), m.bias);
  return 1 / (1 + Math.exp(-z));
}

export const learnedTally = (f: FigureContext): boolean => active !== null && tallyProbability(f, active) >= active.threshold;
