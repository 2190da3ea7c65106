// The attackers' own dead are not the attack's victims: "346 jihadists and over 170 soldiers were
// killed" when IS attacked gives 170 killed and 346 attackersKilled; "nine of the attackers were also
// killed", said after the attack, adds to that attack instead of telling another.
import { type ActorLabel, type ActorMention, findActors } from "./actors";
import type { DateValue } from "./dates";
import type { SentenceInfo } from "./doc";
import type { Frame } from "./frames";
import { findCountExpressions, type PersonPart, readApposition } from "./numbers";
import { ANAPHORA_RE, ATTACKER_NP_RE, ATTACKER_REF_RE, PURSUIT_RE, POSSESSIVE_MEMBERS_RE } from "./patterns";
import type { ExtractedIncident } from "./types";

export interface Counts {
  killed: number | null;
  killedLow: number | null;
  killedHigh: number | null;
  attackersKilled: number | null;
  /** The victims' side when the dead of both sides were counted together. */
  victimTarget: { label: ActorLabel; text: string } | null;
  /** Every counted part is the attacking side: the losses of the attack told before, if there is one. */
  attackersOfPrevious: boolean;
  /** The side whose attack was pushed back in the sentence before, all of whose dead these are. */
  repelled?: ActorMention;
  /** The dead are the attackers of an attack the sentence before told, named only as militants. */
  attackersUnnamed?: boolean;
}

/** Is this phrase of the dead the attacking side? */
export function isAttackerPart(np: string, perpetrator: ActorLabel): boolean {
  const actors = findActors(np);
  if (actors.some((a) => a.label === perpetrator)) return true;
  return actors.length === 0 && ATTACKER_NP_RE.test(np) && /\b(?:attackers|assailants)\b/i.test(np);
}

// Dead named by their role in the attack ("nine of the assailants", "two attackers"): the attacking side, whoever it was.
const ROLE_ATTACKERS_RE = /^(?:[\w-]+\s+){0,2}?(?:assailants|attackers)\b/i;

/** Every dead the figure counts is named by role ("nine of the assailants", "20 of the attackers"). */
export const namedByRole = (figure: Frame["figure"]): boolean =>
  figure !== null && figure.parts.length > 0 && figure.parts.every((x) => ROLE_ATTACKERS_RE.test(x.np));

// The bombers themselves: "killing two suicide bombers" (an attack whose only dead are its attackers).
const SELF_KILLED_RE = /^(?:[\w-]+\s+){0,2}?(?:suicide\s+)?bombers?\b/i;

// Militants no one names, counted beside a named side other than the attacker: "nine Syrian soldiers and three
// extremist fighters were killed" when HTS stormed the army's post
const UNNAMED_MILITANTS_RE = /\b(?:militants|jihadists|extremists?|insurgents|terrorists|gunmen)\b/i;
function unnamedMilitantsBesideTarget(p: { np: string }, parts: readonly { np: string }[], perpetrator: ActorLabel): boolean {
  if (!UNNAMED_MILITANTS_RE.test(p.np) || findActors(p.np).length > 0) return false;
  return parts.some((q) => q !== p && findActors(q.np).some((a) => a.label !== perpetrator));
}

// "Since the battles broke out, nine jihadists and two Kurdish fighters have been killed": a fight between two
// named sides, with no attack in the sentence, counts all its dead (docs/labelling.md, mutual clashes).
const CLASH_WORD_RE = /\b(?:battles?|clash(?:es|ed)?|fighting|fought|confrontations?|exchange\s+of\s+fire|(?:traded|trading|exchanged)\s+fire)\b/i;
// ("overran the base after clashes", "killed in the clashes" that followed an attack told before: one side attacked)
const ATTACK_WORD_RE = new RegExp(
  String.raw`\b(?:attack(?:s|ed|ing)?|assault(?:ed)?|assailants|attackers|ambush(?:ed)?|repell?(?:ed|ing)|raid(?:s|ed)?|stormed|overr[au]n|captured` +
    String.raw`|seized)\b|\b(?:in|during|amid)\s+the\s+(?:ensuing\s+)?(?:clashes|fighting|battles?|exchange)\b`,
  "i",
);

function isMutualClash(f: Frame, parts: readonly PersonPart[]): boolean {
  const sides = new Set(parts.map((p) => findActors(p.np)[0]?.label).filter((l) => l !== undefined));
  return sides.size >= 2 && CLASH_WORD_RE.test(f.info.s.text) && !ATTACK_WORD_RE.test(f.info.s.text);
}

/** The statement's counts with the attackers' dead taken apart. */
export function splitAttackers(f: Frame, perpetrator: { label: ActorLabel } | null): Counts {
  const figure = f.figure;
  const out: Counts = {
    killed: figure?.best ?? null,
    killedLow: figure ? figure.low : null,
    killedHigh: figure ? figure.high : null,
    attackersKilled: null,
    victimTarget: null,
    attackersOfPrevious: false,
  };
  if (!figure || figure.parts.length === 0) return out;
  // (only a jihadist group's attack: a perpetrator read from the victims' own phrase would make them attackers)
  if (figure.parts.length === 1 && perpetrator !== null && (perpetrator.label === "Islamic State" || perpetrator.label === "Hayat Tahrir al-Sham")) {
    // ("11 people were killed in the fighting, among them a soldier, eight militiamen and two ISIS terrorists")
    const listed = trailingList(f.text, figure.end);
    const named = listed.some((p) => findActors(p.np).some((a) => a.label === perpetrator.label));
    if (named && listed.reduce((a, p) => a + p.count.best, 0) === figure.best) return splitParts(out, listed, f, perpetrator);
  }
  return splitParts(out, figure.parts, f, perpetrator);
}

const TRAILING_LIST_RE = /,\s*(?:among\s+them|among\s+whom|of\s+whom|including)\b/i;

/** The people a trailing "among them ..." lists after the count and its verb, or none. */
function trailingList(text: string, from: number): PersonPart[] {
  const m = TRAILING_LIST_RE.exec(text.slice(from));
  if (!m) return [];
  const tail = `,${text.slice(from + m.index + m[0].length)}`;
  return readApposition(tail, 0, findCountExpressions(tail));
}

function splitParts(out: Counts, parts: readonly PersonPart[], f: Frame, perpetrator: { label: ActorLabel } | null): Counts {
  const figure = { ...f.figure!, parts: [...parts] };
  const bombers = figure.parts.filter((p) => SELF_KILLED_RE.test(p.np));
  if (bombers.length === figure.parts.length) return { ...out, killed: 0, killedLow: 0, killedHigh: 0, attackersKilled: figure.best };
  const attackerParts = figure.parts.filter(
    (p) =>
      bombers.includes(p) ||
      ROLE_ATTACKERS_RE.test(p.np) ||
      (perpetrator !== null && (isAttackerPart(p.np, perpetrator.label) || unnamedMilitantsBesideTarget(p, figure.parts, perpetrator.label))),
  );
  if (attackerParts.length === 0 || isMutualClash(f, figure.parts)) return out;
  if (attackerParts.length === figure.parts.length) return { ...out, attackersOfPrevious: true };
  const victims = figure.parts.filter((p) => !attackerParts.includes(p));
  out.attackersKilled = attackerParts.reduce((a, p) => a + p.count.best, 0);
  out.killed = victims.reduce((a, p) => a + p.count.best, 0);
  out.killedLow = victims.every((p) => p.count.low !== null) ? victims.reduce((a, p) => a + (p.count.low ?? 0), 0) : null;
  out.killedHigh = victims.every((p) => p.count.high !== null) ? victims.reduce((a, p) => a + (p.count.high ?? 0), 0) : null;
  const sides = new Set(figure.parts.map((p) => findActors(p.np)[0]?.label).filter((l) => l !== undefined));
  if (sides.size >= 2) {
    const label = victims.map((p) => findActors(p.np)[0]?.label).find((l): l is ActorLabel => l !== undefined);
    if (label) out.victimTarget = { label, text: victims.map((p) => p.np).join(" and ") };
  }
  return out;
}

// "the strikes also killed 12 militants": militants as the object of a killing are its victims
const OBJECT_OF_KILLING_RE = /\b(?:kill(?:ed|ing|s)?|execut(?:ed|ing)|shot\s+dead|gunned\s+down|targeting|targeted)\s+(?:[\w-]+\s+){0,2}$/i;
const DAY_MS = 86_400_000;

/** Told within a day of the attack, or with no day of its own. */
export const sameDayAs = (p: ExtractedIncident, date: DateValue | null, ownDated: boolean) =>
  !ownDated || (date !== null && p.date !== null && Math.abs(Date.parse(date.date) - Date.parse(p.date)) <= DAY_MS);
const THE_FIGHT_RE =
  /\b(?:in|during)\s+the\s+(?:ensuing\s+|night\s+|subsequent\s+)?(?:exchange\s+of\s+(?:fire|gunfire)|firefight|gunfight|shoot-?out|clashes|fighting|battle)\b/i;

/**
 * The dead of this frame are the attacking side of the attack told just before: "15 members of the
 * organization were also killed", "dozens of insurgents also died" (same day or the next), or attackers
 * caught fleeing ("army units pursued the terrorist group ... and killed six of its members").
 */
export function attackersOnly(
  f: Frame,
  previous: { heading: boolean; sentenceIndex: number; incident: ExtractedIncident } | undefined,
  date: DateValue | null,
  ownDated: boolean,
): boolean {
  const figure = f.figure;
  // ("the Assayish killed two of the attackers", paragraphs later: the attackers of the article's attack)
  const byRole = namedByRole(figure);
  // ("..., he said, adding that at least 18 militants had also died": a quote may come between)
  const reach = byRole ? 6 : /\balso\b/i.test(f.text) ? 4 : 2;
  if (!figure || !previous || previous.heading || f.newEvent || f.info.index - previous.sentenceIndex > reach) return false;
  const p = previous.incident;
  const sameDay = sameDayAs(p, date, ownDated);
  // ("two gunmen died in the exchange of fire": the fight that followed the attack told)
  const refersBack = /\balso\b/i.test(f.text) || ANAPHORA_RE.test(f.text) || THE_FIGHT_RE.test(f.text) || byRole;
  const objectOfKilling = OBJECT_OF_KILLING_RE.test(f.text.slice(Math.max(0, figure.start - 40), figure.start));
  const attackerSide = (np: string) => ATTACKER_REF_RE.test(np) || (p.perpetrator !== null && isAttackerPart(np, p.perpetrator as ActorLabel));
  if (sameDay && refersBack && (byRole || !objectOfKilling) && figure.parts.length > 0 && figure.parts.every((x) => attackerSide(x.np))) return true;
  const caughtFleeing = PURSUIT_RE.test(f.text.slice(0, figure.start)) && POSSESSIVE_MEMBERS_RE.test(f.text.slice(figure.start, figure.end + 30));
  return !ownDated && caughtFleeing;
}

/**
 * The attacked side's kill right after the attack: "ISIS attacked a checkpoint, killing four soldiers. The army,
 * for its part, killed 17 ISIS members" are the attackers' losses of that attack, not an attack by the army.
 */
export function counterKill(
  f: Frame,
  previous: { heading: boolean; sentenceIndex: number; incident: ExtractedIncident } | undefined,
  agent: { label: ActorLabel } | null,
  date: DateValue | null,
  ownDated: boolean,
): boolean {
  const figure = f.figure;
  const p = previous?.incident;
  if (!figure || !p || !agent || previous!.heading || f.newEvent || f.info.index - previous!.sentenceIndex > 2 || figure.parts.length === 0) return false;
  if (p.perpetrator === null || p.target === null || agent.label !== p.target || agent.label === p.perpetrator) return false;
  if (!sameDayAs(p, date, ownDated)) return false;
  const attackers = (np: string) => isAttackerPart(np, p.perpetrator as ActorLabel) || (findActors(np).length === 0 && ATTACKER_NP_RE.test(np));
  return figure.parts.every((x) => attackers(x.np));
}

// The attacked side answering: "aborted an attack ... and announced 5 mercenaries killed", "three members of
// the SNA were killed when the SDF fired back".
const RESPONSE_RE = new RegExp(
  String.raw`\b(?:repel(?:led|ling|s)?|repuls(?:ed|ing|es)|abort(?:ed|ing|s)|foil(?:ed|ing|s)|thwart(?:ed|ing|s)|fended\s+off|` +
    String.raw`fought\s+(?:off|back)|(?:hit|struck)\s+back|fired\s+back|returned\s+fire|counter-?attack(?:ed|ing)?|` +
    String.raw`(?:push(?:ed|ing)?|beat(?:en)?|dr(?:o|i)ve[n]?|driving)\s+back|` +
    // ("Our forces confronted two attacks on the villages ...", "army units fought the attackers")
    String.raw`(?:confront|address)(?:ed|ing|es|s)?\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?attacks?|fought\s+the\s+attackers)\b`,
  "i",
);
const CIVILIAN_DEAD_RE = /\b(?:civilians?|children|women|residents|villagers|people|persons|citizens|farmers|shepherds|workers)\b/i;

/**
 * The dead of this frame are attackers killed by the side that answered the attack: a response verb, dead
 * who are not civilians, and not of the answering side (`responder`, the frame's agent).
 */
export function killedInResponse(f: Frame, responder: { label: ActorLabel } | null): boolean {
  const figure = f.figure;
  const m = figure ? RESPONSE_RE.exec(f.text) : null;
  if (!figure || !m) return false;
  // the answer came first ("aborted an attack ... 5 killed"), or killed them ("were killed when the SDF fired
  // back"); "two soldiers were killed ... before troops counterattacked" are the attack's victims
  if (m.index > figure.start && !/\b(?:when|as|after|while)\b/i.test(f.text.slice(figure.end, m.index))) return false;
  // ("33 soldiers were killed in a surprise offensive by ISIL jihadists, while ... clashes to repel the assault go
  // on": the dead of the attack named, whoever answers it)
  if (m.index > figure.start && ATTACK_BY_RE.test(f.text.slice(figure.end, m.index))) return false;
  // ("foiled an attempt by ISIS terrorists to attack posts ..., killing 5 of them": the attackers the answer names)
  if (figure.parts.length === 0 && figure.victims === null && OF_THEM_AFTER_RE.test(f.text.slice(figure.end))) {
    return m.index < figure.start && answeredAttacker(f) !== null;
  }
  const nps = figure.parts.length > 0 ? figure.parts.map((p) => p.np) : [figure.victims ?? ""];
  if (nps.some((np) => np === "" || CIVILIAN_DEAD_RE.test(np))) return false;
  return !(responder && nps.some((np) => findActors(np).some((a) => a.label === responder.label)));
}
const ATTACK_BY_RE = /\b(?:attack|offensive|assault|ambush|raid|incursion)\s+(?:launched\s+|carried\s+out\s+|led\s+)?by\b/i;
const OF_THEM_AFTER_RE = /^\s+of\s+(?:them|whom)\b/i;

// ("17 fighters of the Army of Conquest were killed as it intensified its assault on the last two villages"): the
// dead were the ones attacking
const OWN_ASSAULT_AFTER_RE = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:killed|died|dead)\s+(?:[\w-]+\s+){0,3}?(?:as|while|when)\s+(?:it|they)\s+(?:[a-z]+\s+){0,2}?` +
    String.raw`(?:its|their)\s+(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:assault|attack|offensive|advance|push|incursion|infiltration)\b|^[^.;]{0,40}?\b(?:killed|died)\s+while\s+(?:attacking|storming|` +
    String.raw`trying\s+to\s+(?:storm|attack|advance|infiltrate|break\s+into))\b` +
    // ("four armed militants were killed on Monday when they attacked an army checkpoint")
    String.raw`|^[^.;]{0,40}?\b(?:killed|died|dead)\s+(?:[\w-]+\s+){0,3}?(?:as|while|when)\s+they\s+` +
    String.raw`(?:attacked|stormed|raided|tried\s+to\s+(?:storm|attack|infiltrate|sneak))\b`,
  "i",
);

/** The dead of this frame died making the attack the sentence tells ("were killed as it intensified its assault"). */
export function killedAttacking(f: Frame): boolean {
  const figure = f.figure;
  if (!figure || f.text.slice(0, figure.start).match(/\b(?:killed|died)\b/i)) return false;
  return OWN_ASSAULT_AFTER_RE.test(f.text.slice(figure.end));
}

/** The side whose attack was answered, when the answer names it: "repelled an ISIS attack", "foiled an attempt by HTS". */
export function answeredAttacker(f: Frame): ActorMention | null {
  const m = RESPONSE_RE.exec(f.text);
  if (!m || !f.figure) return null;
  const clause = f.text.slice(m.index, m.index < f.figure.start ? f.figure.start : undefined);
  return findActors(clause).sort((a, b) => a.start - b.start)[0] ?? null;
}

/**
 * "The ISIS attack on the station was pushed back by SDF fighters. 9 ISIS members were killed in the clashes":
 * the attack's answer told in the sentence before, and every one of the dead of the side that attacked. That side.
 */
export function repelledAttacker(f: Frame, before: SentenceInfo | undefined): ActorMention | null {
  const figure = f.figure;
  if (!figure || figure.parts.length === 0 || !before || before.s.paragraph !== f.info.s.paragraph || before.figures.length > 0) return null;
  const m = RESPONSE_RE.exec(before.s.text);
  if (!m) return null;
  const attacker = findActors(before.s.text.slice(0, m.index)).sort((a, b) => a.start - b.start)[0];
  if (!attacker) return null;
  return figure.parts.every((p) => findActors(p.np).some((a) => a.label === attacker.label)) ? attacker : null;
}

/**
 * "Army units fought the attackers, who had tried to attack posts around Maan. More than 50 terrorists were killed
 * in the clashes": the answer told in the sentence before, and dead named only as militants, who are the attackers.
 */
export function repelledUnnamed(f: Frame, before: SentenceInfo | undefined): boolean {
  const figure = f.figure;
  if (!figure || !before || before.figures.length > 0 || !THE_FIGHT_RE.test(f.text)) return false;
  if (!RESPONSE_RE.test(before.s.text) && !ATTEMPTED_ATTACK_RE.test(before.s.text)) return false;
  const nps = figure.parts.length > 0 ? figure.parts.map((p) => p.np) : [figure.victims ?? ""];
  return nps.every((np) => (ATTACKER_NP_RE.test(np) || /\b(?:mercenaries|gang\s+members)\b/i.test(np)) && findActors(np).length === 0);
}

// ("the gang groups tried to infiltrate the neighborhood ..., and heavy clashes broke out"): an attack that failed
const ATTEMPTED_ATTACK_RE = /\b(?:tried|attempted|were\s+trying|was\s+trying)\s+to\s+(?:infiltrate|storm|attack|sneak|break\s+into|advance\s+on)\b/i;

// An attack the text says failed: "beat back an attack", "the attack was thwarted", "attacked ... but failed to take".
const FAILED_ATTACK_RE = new RegExp(
  `${RESPONSE_RE.source}|${ATTEMPTED_ATTACK_RE.source}|` +
    String.raw`\b(?:attempted|tried)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:infiltration|attack|assault|incursion|advance)\b|` +
    String.raw`\b(?:threw|thrown|throwing)\s+back\b|` +
    String.raw`\bfail(?:ed|ing)\s+to\s+(?:take|capture|storm|seize|advance|enter|break|infiltrate|reach)\b|` +
    String.raw`\bbeat(?:ing)?\s+back\b|\bbroke\s+up\s+an?\s+attack\b`,
  "i",
);
// Where a sentence names who attacked: "ISIS fighters attacked", "an attack by the mercenaries", "an ISIS attack",
// "repelled ISIS fighters"
const ATTACK_VERB_AFTER_RE =
  /^(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:attacked|stormed|raided|launched|mounted|tried|attempted|sought|were\s+trying|(?:has|have|had)\s+attacked)\b/i;
const ATTACK_NOUN_AFTER_RE = /^(?:'s?)?\s+(?:[\w-]+\s+){0,1}?(?:attacks?|offensive|assault|infiltration|incursion|advance)\b/i;
const BY_BEFORE_RE = /\b(?:attacks?|offensive|assault|infiltration|incursion|attempt|advance)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$/i;
const ANSWERED_BEFORE_RE = new RegExp(`(?:${RESPONSE_RE.source})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,1}?$`, "i");

function attackersNamed(text: string): ActorMention[] {
  return findActors(text).filter(
    (a) =>
      ATTACK_VERB_AFTER_RE.test(text.slice(a.end)) ||
      ATTACK_NOUN_AFTER_RE.test(text.slice(a.end)) ||
      BY_BEFORE_RE.test(text.slice(Math.max(0, a.start - 60), a.start)) ||
      ANSWERED_BEFORE_RE.test(text.slice(Math.max(0, a.start - 60), a.start)),
  );
}

const OWN_ACTION_RE = new RegExp(
  String.raw`\b(?:air\s*strikes?|airstrikes?|air\s*raids?|struck|strik(?:es|ing)|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|jets|warplanes|` +
    String.raw`aircraft|drones?|artillery|retook|recaptured|advanc(?:ed|ing))\b`,
  "i",
);

const OWN_FIGHT_RE = /\b(?:in|during)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:clash|battle|firefight|gunfight|ambush|attack|confrontation)\b/i;

const HOSTILE_WORDS = String.raw`\b(?:mercenar(?:y|ies)|infiltrators|gang\s+members|members\s+of\s+the\s+(?:organi[sz]ation|gang|group|cell))\b`;
// The attacking side called by a word, not a name ("18 mercenaries", "At least 15 militants", "9 gang members")
const HOSTILE_NP_RE = new RegExp(`${ATTACKER_NP_RE.source}|${HOSTILE_WORDS}`, "i");

/**
 * "IS fighters attacked YPG positions ... but failed to take the village. The YPG says two IS fighters were killed": an
 * attack the text says failed, in this sentence or up to four before, and dead who are all of the side that made it
 * (named as that side, or by a word such as "militants" or "mercenaries"). Returns that attack's sentence and attacker.
 */
export function failedAttackSide(infos: readonly SentenceInfo[], f: Frame): { at: number; attacker: ActorMention | null } | null {
  const figure = f.figure;
  if (!figure || f.newEvent || f.info.s.heading) return null;
  const nps = figure.parts.length > 0 ? figure.parts.map((p) => p.np) : [figure.victims ?? ""];
  if (nps.some((np) => np === "" || CIVILIAN_DEAD_RE.test(np)) || CIVILIAN_DEAD_RE.test(f.text.slice(figure.start, figure.end + 20))) return null;
  // (the dead of a strike or an advance the sentence tells are that action's victims; both sides' dead of a clash count)
  if (OWN_ACTION_RE.test(f.info.s.text) || isMutualClash(f, figure.parts)) return null;
  for (let i = f.info.index; i >= Math.max(0, f.info.index - 4); i--) {
    const info = infos[i]!;
    if (info.s.heading) break;
    const text = i === f.info.index ? f.text.slice(0, figure.start) : info.s.text;
    // ("Three terrorists were killed in a clash with an army unit", after the attack: a fight of its own)
    if (i < f.info.index && OWN_FIGHT_RE.test(f.text)) return null;
    if (!FAILED_ATTACK_RE.test(text)) {
      if (i < f.info.index && info.figures.some((x) => x.kind === "death")) break;
      continue;
    }
    const attackers = attackersNamed(text);
    const ofAttackers = (np: string) => {
      const sides = findActors(np);
      if (sides.length === 0) return HOSTILE_NP_RE.test(np);
      return sides.every((s) => attackers.some((a) => a.label === s.label));
    };
    return nps.every(ofAttackers) ? { at: i, attacker: attackers[0] ?? null } : null;
  }
  return null;
}
