// Who attacked and who was hit, from the words of one statement: the actor in agent position ("by
// X", "X killed", "an X attack"), never one in the victims' phrase, the holder of a place, nor the
// source of a figure; "the organization" and "they" as the agent are the group named just before.
import { ACTOR, type ActorLabel, type ActorMention, findActors, findReporter } from "./actors";
import type { CasualtyFigure } from "./casualties";
import type { ArticleDoc } from "./doc";
import type { CombinedFigure, Frame } from "./frames";
import { AGENT_AFTER_RE, AGENT_BEFORE_RE, GROUP_ANAPHOR_RE, PASSIVE_NOT_AGENT_RE, PRONOUN_AGENT_RE } from "./patterns";

const GROUP_LABELS = new Set<ActorLabel>([ACTOR.IS, ACTOR.HTS, ACTOR.SDF, ACTOR.REBELS, ACTOR.TURKISH_BACKED, ACTOR.HEZBOLLAH]);
const PLACE_WORDS = [
  String.raw`towns?|city|cities|villages?|enclaves?|strongholds?|bastions?|areas?|territory|territories|districts?`,
  String.raw`neighbou?rhoods?|suburbs?|pockets?|regions?|zones?|positions?\s+in|holdouts?|redoubts?|heartlands?`,
].join("|");
const HOLDS_PLACE_AFTER_RE = new RegExp(String.raw`^\s+(?:${PLACE_WORDS})\b`, "i");

/** The victims' side: a named actor in the victims' phrase, or the army for bare troops and officers. */
export function pickTarget(figure: CombinedFigure | null, injuries: CasualtyFigure[]): { label: ActorLabel; text: string } | null {
  const victims = figure?.victims ?? injuries[0]?.victims ?? null;
  if (!victims) return null;
  const a = findActors(victims);
  if (a[0]) return { label: a[0].label, text: victims };
  // bare "soldiers" of a Syrian story: the army; "people" stays unknown
  if (/\b(?:troops|officers?|conscripts|recruits|lieutenant|colonel|servicemen)\b/i.test(victims)) return { label: ACTOR.GOV, text: victims };
  return null;
}

const MUTUAL_BEFORE_RE =
  /\b(?:clash(?:es|ed)?|fighting|battles?|confrontations?|hostilities)\s+between\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,5}and\s+(?:the\s+)?(?:\w+\s+){0,2})?$/i;

/** How much an actor mention looks like the attacker, by the words around it. */
function agentScore(text: string, a: ActorMention, targetLabel: ActorLabel | null): number {
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  const after = text.slice(a.end, a.end + 50);
  let score = 1;
  if (AGENT_BEFORE_RE.test(before) && !PASSIVE_NOT_AGENT_RE.test(before)) score += 3;
  if (AGENT_AFTER_RE.test(after)) score += 3;
  if (/\b(?:clash(?:es|ed)?|fighting|battles?|confrontations?)\s+with\s+(?:\w+\s+){0,3}$/i.test(before)) score += 2;
  if (/\b(?:against|on|targeting|targeted)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i.test(before)) score -= 2;
  // "fighting between Druze militias and Bedouin tribes": a mutual clash names no attacker (docs/labelling.md)
  if (MUTUAL_BEFORE_RE.test(text.slice(Math.max(0, a.start - 90), a.start))) score -= 3;
  if (/\bof\s+(?:the\s+)?$/i.test(before) && !AGENT_AFTER_RE.test(after)) score -= 1;
  if (a.label === targetLabel) score -= 3;
  // "rebel-held", "government-controlled": who holds the place, not who struck
  if (/^-?\s*(?:held|controlled|run|dominated|besieged)\b/i.test(after)) score -= 3;
  // "the rebel town of Daraya", "a regime stronghold": the holder of a place named as such
  if (HOLDS_PLACE_AFTER_RE.test(after)) score -= 3;
  if (a.label === ACTOR.GOV && /^soldiers$/i.test(a.text)) score -= 1;
  return score;
}

/** The best-placed actor of `text` outside the victims' spans and the source's name, when it scores `minScore`. */
export function pickPerpetrator(
  text: string,
  exclude: Array<{ start: number; end: number }>,
  targetLabel: ActorLabel | null,
  minScore: number,
): ActorMention | null {
  const reporter = findReporter(text);
  let best: ActorMention | null = null;
  let bestScore = 0;
  // ("“ISIS” launched a surprise attack": a group's name in quotation marks is still the subject of its verb)
  const plain = text.replace(/[“”"]/g, " ");
  for (const a of findActors(plain)) {
    if (a.label === ACTOR.CIVILIANS) continue;
    if (exclude.some((e) => a.start < e.end && e.start < a.end)) continue;
    if (reporter && a.start < reporter.end && reporter.start < a.end) continue;
    const score = agentScore(plain, a, targetLabel);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return bestScore >= minScore ? best : null;
}

/** "the organization massacred 46 civilians": the last non-state group named before, here or in the six sentences before. */
export function resolveGroupAnaphor(doc: ArticleDoc, f: Frame): ActorMention | null {
  for (const gm of f.text.matchAll(GROUP_ANAPHOR_RE)) {
    const after = f.text.slice(gm.index + gm[0].length, gm.index + gm[0].length + 50);
    const before = f.text.slice(Math.max(0, gm.index - 40), gm.index);
    if (!AGENT_AFTER_RE.test(after) && !(AGENT_BEFORE_RE.test(before) && !PASSIVE_NOT_AGENT_RE.test(before))) continue;
    const earlier = doc.infos
      .slice(Math.max(0, f.info.index - 6), f.info.index)
      .reverse()
      .map((x) => x.s.text);
    for (const scope of [f.info.s.text.slice(0, gm.index), ...earlier]) {
      const g = findActors(scope)
        .filter((a) => GROUP_LABELS.has(a.label))
        .pop();
      if (g) return { label: g.label, text: gm[0], start: gm.index, end: gm.index + gm[0].length };
    }
    return null;
  }
  return null;
}

/** "On Tuesday, they captured the town ...": "they" as the agent is the actor the sentence before is about. */
export function resolvePronounAgent(doc: ArticleDoc, f: Frame, targetLabel: ActorLabel | null): ActorMention | null {
  if (f.info.index === 0) return null;
  const pm = PRONOUN_AGENT_RE.exec(f.text);
  if (!pm) return null;
  if (findActors(f.info.s.text.slice(0, pm.index)).length > 0) return null;
  const a = findActors(doc.infos[f.info.index - 1]!.s.text).find((x) => x.label !== ACTOR.CIVILIANS && x.label !== targetLabel);
  return a ? { label: a.label, text: a.text, start: pm.index, end: pm.index + 4 } : null;
}

// "a mine left behind by IS", "a landmine that ISIS had planted": who laid it, the one the text blames
const PLANTED_BY_RE = /\b(?:planted|laid|left(?:\s+(?:behind|over))?|placed|sown)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?["“]?$/i;
const THAT_PLANTED_RE = /^["”]?\s+(?:had\s+)?(?:previously\s+|earlier\s+)?(?:planted|laid|left)\b/i;

/** The actor a mine or bomb is told as planted or left behind by, or null. */
export function minePlanter(text: string): ActorMention | null {
  for (const a of findActors(text)) {
    if (a.label === ACTOR.CIVILIANS || a.label === ACTOR.GUNMEN) continue;
    const before = text.slice(Math.max(0, a.start - 45), a.start);
    if (PLANTED_BY_RE.test(before) || (/\bthat\s+(?:the\s+)?["“]?$/i.test(before) && THAT_PLANTED_RE.test(text.slice(a.end, a.end + 40)))) return a;
  }
  return null;
}
