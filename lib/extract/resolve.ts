// Stage 3: each frame placed in its article. Its date, place and attacker come from its own words
// first, then from the statement it continues, the sentences that tell the same attack, and for the
// article's main attack the headline and lead. A frame that only adds to the attack just told (its
// wounded, the attackers' dead) is folded into that statement instead of becoming one.
import { ACTOR, type ActorLabel, type ActorMention, findActors, findClaim, findReporter } from "./actors";
import { type DateValue, datesCompatible, eventWeekdays, fromIso, WEEKDAY_NAME, findRelativeAnchors, precisionRank, shiftDate } from "./dates";
import { type ArticleDoc, EVENT_KIND_RANK, maskForPlaces, type SentenceInfo } from "./doc";
import { type Frame, opensBreakdown } from "./frames";
import {
  ALSO_REPORTED_RE,
  addsDead,
  ALT_TOLL_RE,
  ANAPHORA_RE,
  ANOTHER_SAME_RE,
  ATTACK_WORD_RE,
  ATTRIBUTED_RE,
  BESIDES_THE_RE,
  CLAIM_ALL_RE,
  DAYS_OF_FIGHTING_RE,
  EVENT_RE,
  NEW_EVENT_RE,
  SEVERAL_DAYS_RE,
  THE_TOWN_RE,
  TOLL_UPDATE_RE,
} from "./patterns";
import { minePlanter, pickPerpetrator, pickTarget, resolveGroupAnaphor, resolvePronounAgent } from "./agents";
import { findLocations, isBareCapital, type ResolvedLocation, resolveLocation, unlistedIn, unlistedLocality, unlistedSpotIn } from "./places";
import {
  answeredAttacker,
  attackersOnly,
  type Counts,
  counterKill,
  failedAttackSide,
  killedAttacking,
  killedInResponse,
  namedByRole,
  repelledAttacker,
  repelledUnnamed,
  sameDayAs,
  splitAttackers,
} from "./attackers";
import type { ExtractedIncident } from "./types";

/** Where a resolved value came from: the statement's own words, or something around it. */
export type Source = "own" | "near" | "borrowed" | "fallback" | "none";

/** One attack statement with everything resolved: the incident it tells, and how it was read. */
export interface Statement {
  incident: ExtractedIncident;
  frame: Frame;
  sentenceIndex: number;
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
  altToll: boolean;
  /** It refers back ("killed in the attack") to an attack told just before without a toll of its own. */
  refersToUntold: boolean;
  /** An update of the toll just told ("the death toll rose to 41"): it supersedes the earlier figure. */
  revision: boolean;
  dateFrom: Source;
  placeFrom: Source;
  perpetratorFrom: Source;
}

interface History {
  statements: Statement[];
  lastIncidentDate: DateValue | null;
}

export function resolveStatements(doc: ArticleDoc, frames: Frame[]): Statement[] {
  const h: History = { statements: [], lastIncidentDate: null };
  let segRef: DateValue | null = null;
  let lastSentence = -1;
  for (const f of frames) {
    if (f.info.index !== lastSentence) segRef = null;
    lastSentence = f.info.index;
    const st = resolveFrame(doc, f, h, segRef);
    if (st?.incident.date) segRef = { date: st.incident.date, precision: st.incident.datePrecision ?? "day" };
  }
  applyClaimsOfAll(doc, h.statements);
  return h.statements;
}

/** The statement a frame makes, pushed on the history; null when the frame only added to the one before. */
function resolveFrame(doc: ArticleDoc, f: Frame, h: History, segRef: DateValue | null): Statement | null {
  const previous = h.statements[h.statements.length - 1];
  if (injuriesOfPrevious(doc, f, previous)) return null;
  const when = resolveDate(doc, f, h, segRef);
  const background = f.newEvent || (when.own && doc.mainDate !== null && when.date !== null && !datesCompatible(when.date, doc.mainDate));
  const isMain = !background && (f.anaphoric || h.statements.length === 0 || doc.isMainPosition(f.info) || h.statements.every((s) => s.background));
  const context = doc.contextSentences(f.info, isMain);
  // An anaphoric statement ("the number of deaths in this crossfire ...") continues the incident just told.
  const continued = f.anaphoric && !f.newEvent && previous && !previous.background && f.info.index - previous.sentenceIndex <= 3 ? previous : null;
  // (a town the gazetteer lacks, "the village of Al-Tah", is a place of its own too)
  const altish = isAltToll(f, previous, when.own) && !hasOwnPlace(doc, f) && !unlistedLocality(f.text);
  let date = when.date;
  if (altish && previous?.incident.date) date = { date: previous.incident.date, precision: previous.incident.datePrecision ?? "day" };
  const where = resolvePlace(doc, f, { previous, continued, context, background, prevTold: when.prevTold, altish });
  const who = resolveActors(doc, f, { previous, continued, context });
  const counts = countsOrFolded(f, previous, who.perpetrator, date, when.own, doc.infos[f.info.index - 1], doc);
  if (counts === null) return null;
  // (the attack the sentence before told, by attackers it does not name: its place, and no attacker from the answerers)
  const before = counts.attackersUnnamed && !where.own ? resolveLocation(doc.infos[f.info.index - 1]!.s.text) : null;
  const loc = before?.province ? before : where.loc;
  const st: Statement = {
    incident: incidentOf(f, date, loc, counts, counts.attackersUnnamed ? { ...who, perpetrator: null } : who),
    frame: f,
    sentenceIndex: f.info.index,
    segment: f.segment,
    heading: f.info.s.heading,
    vague: f.figure?.vague ?? false,
    background,
    anaphoric: f.anaphoric,
    isMain,
    ownPlace: where.own,
    ownDated: when.own,
    disagreement: f.figure?.disagreement ?? false,
    altToll: isSecondSource(f, previous, altish, when.own && !daysAttack(f, when.date, previous), where.own, quietSince(doc, previous, f)),
    revision: isRevision(f, previous, who.reporter?.label ?? null),
    refersToUntold: f.anaphoric && untoldAttackBefore(doc, f, h),
    dateFrom: when.from,
    placeFrom: where.from,
    perpetratorFrom: who.from,
  };
  h.statements.push(st);
  if (!f.info.s.heading && date) h.lastIncidentDate = date;
  return st;
}

/**
 * The frame's counts with the attackers' dead set apart, or null when its dead are the attackers' losses in
 * the attack told just before: they are added to that statement instead of telling another attack.
 */
function countsOrFolded(
  f: Frame,
  previous: Statement | undefined,
  agent: ActorMention | null,
  date: DateValue | null,
  ownDated: boolean,
  before: SentenceInfo | undefined,
  doc: ArticleDoc,
): Counts | null {
  let counts = splitAttackers(f, agent);
  // (a sentence split by place: the other place's dead are another attack's, never this one's attackers)
  if (f.placeSplit && previous?.sentenceIndex === f.info.index) return counts;
  if (counts.attackersKilled === null && killedInResponse(f, agent)) {
    // the attack they made is the one told just before, else this statement tells it
    const attack = previous && !previous.heading && !previous.background && f.info.index - previous.sentenceIndex <= 5 ? previous : null;
    if (attack) {
      addAttackersKilled(attack, f.figure!.best);
      return null;
    }
    counts = attackersOnlyCounts(counts, f);
  }
  const repelled = counts.attackersKilled === null ? repelledAttacker(f, before) : null;
  if (repelled) counts = { ...attackersOnlyCounts(counts, f), repelled };
  else if (counts.attackersKilled === null && repelledUnnamed(f, before)) counts = { ...attackersOnlyCounts(counts, f), attackersUnnamed: true };
  else if (counts.attackersKilled === null && killedAttacking(f)) counts = attackersOnlyCounts(counts, f);
  if (counts.attackersOfPrevious && previous && !f.newEvent && f.info.index - previous.sentenceIndex <= 2) {
    addAttackersKilled(previous, counts.killed ?? 0);
    return null;
  }
  if (counts.attackersKilled === null && (attackersOnly(f, previous, date, ownDated) || counterKill(f, previous, agent, date, ownDated))) {
    addAttackersKilled(previous!, f.figure!.best);
    return null;
  }
  // ("the assault failed and at least 20 of the attackers were killed", no attack told before: that attack's only dead)
  if (counts.attackersOfPrevious && namedByRole(f.figure)) return attackersOnlyCounts(counts, f);
  const failed = counts.attackersKilled === null ? failedAttackSide(doc.infos, f) : null;
  // (a clash at a place of its own, after the failed attack: another fight)
  if (!failed || (failed.at < f.info.index && hasOwnPlace(doc, f))) return counts;
  // (the attack's victims, or its attackers' dead, told since the attack: these dead are its attackers' too)
  if (previous && !previous.heading && !previous.background && previous.sentenceIndex >= failed.at && sameDayAs(previous.incident, date, ownDated)) {
    addAttackersKilled(previous, f.figure!.best);
    return null;
  }
  return { ...attackersOnlyCounts(counts, f), ...(failed.attacker ? { repelled: failed.attacker } : {}) };
}

/** The frame's whole figure as the attackers' dead, and no victims. */
const attackersOnlyCounts = (counts: Counts, f: Frame): Counts => ({ ...counts, killed: 0, killedLow: 0, killedHigh: 0, attackersKilled: f.figure!.best });

function addAttackersKilled(st: Statement, n: number): void {
  st.incident.attackersKilled = Math.max(st.incident.attackersKilled ?? 0, n);
}

/** The incident a statement tells, from its resolved date, place, counts and actors. */
function incidentOf(f: Frame, date: DateValue | null, loc: ResolvedLocation | null, counts: Counts, who: Who): ExtractedIncident {
  // the side that answered is not the attacker: the one whose attack it answered is, when the text names it
  const answered = counts.killed === 0 && counts.attackersKilled !== null && killedInResponse(f, who.perpetrator);
  const perpetrator = counts.repelled ?? (answered ? answeredAttacker(f) : who.perpetrator);
  const target = counts.victimTarget ?? who.target;
  return {
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    place: loc?.place ?? (loc ? loc.phrase : null),
    placeId: loc?.placeId ?? null,
    province: loc?.province ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    geoPrecision: loc?.geoPrecision ?? null,
    perpetrator: perpetrator?.label ?? null,
    perpetratorText: perpetrator?.text ?? null,
    target: target?.label ?? null,
    targetText: target?.text ?? null,
    killed: counts.killed,
    killedLow: counts.killedLow,
    killedHigh: counts.killedHigh,
    injured: f.injured,
    injuredVague: f.injuredVague,
    killedVague: f.figure?.vague ?? false,
    attackersKilled: counts.attackersKilled,
    // the event's kind, its civilians and the confidences are the whole event's (incidents.ts)
    eventType: null,
    civilians: null,
    confidence: null,
    dateConfidence: null,
    placeConfidence: null,
    claimedBy: who.claim?.label ?? null,
    reportedBy: who.reporter?.label ?? null,
    evidence: f.info.s.text,
    evidenceStart: f.info.s.start,
    evidenceEnd: f.info.s.end,
  };
}

/**
 * Injuries alone that belong to the attack just told: a sentence that refers back ("two others were
 * wounded in the blast"), or one right after it in the same paragraph with no date or place of its own
 * that differs. Adds them to that statement.
 */
function injuriesOfPrevious(doc: ArticleDoc, f: Frame, previous: Statement | undefined): boolean {
  if (f.figure || f.injured === null || !previous || NEW_EVENT_RE.test(f.text)) return false;
  const gap = f.info.index - previous.sentenceIndex;
  if (gap <= 2 && (ANAPHORA_RE.test(f.text) || /\bothers?\b/i.test(f.text))) {
    addInjured(previous.incident, f.injured, f.injuredVague);
    return true;
  }
  const p = previous.incident;
  if (previous.heading || p.injured !== null || gap !== 1 || doc.infos[previous.sentenceIndex]!.s.paragraph !== f.info.s.paragraph) return false;
  if (!f.ownDates.every((d) => p.date === null || datesCompatible(d, { date: p.date, precision: p.datePrecision ?? "day" }))) return false;
  const pl = doc.placeOf(f.info);
  if (pl && pl.province !== null && pl.province !== p.province) return false;
  p.injured = f.injured;
  p.injuredVague = f.injuredVague;
  return true;
}

/** The larger of two injury figures, with its vague mark (a floor only when every figure that large is one). */
function addInjured(inc: ExtractedIncident, n: number, vague: boolean): void {
  const had = inc.injured ?? -1;
  if (n > had) inc.injuredVague = vague;
  else if (n === had) inc.injuredVague = (inc.injuredVague ?? false) && vague;
  inc.injured = Math.max(had, n);
}

const hasOwnPlace = (doc: ArticleDoc, f: Frame) => placeOfFrame(doc, f) !== null;

function placeOfFrame(doc: ArticleDoc, f: Frame): ResolvedLocation | null {
  const whole = f.start === 0 && f.end >= f.info.s.text.length;
  return whole ? doc.placeOf(f.info) : resolveLocation(maskForPlaces(f.text));
}

/** Another source's toll or an update of the toll, told without a date of its own, about the attack just told. */
function isAltToll(f: Frame, previous: Statement | undefined, ownDated: boolean): boolean {
  if (!f.figure || f.newEvent || !previous || previous.background || f.info.index - previous.sentenceIndex > 3 || ownDated) return false;
  return ALT_TOLL_RE.test(f.info.s.text) || TOLL_UPDATE_RE.test(f.info.s.text);
}

/**
 * Another source's figure: an explicit alternative toll, per-place figures attributed to a source, or a bare
 * attributed figure ("The Observatory said 11 people were killed") with no date, place or new attack of its
 * own, right after an incident.
 */
/**
 * The attack just told is still the subject: the frame is within two sentences of it, or within four when the
 * sentences between tell no casualties and the frame is the source they name, still speaking ("Hours later,
 * Amaq put out a statement saying its members attacked the house. Ten people were killed, it said.").
 */
function quietSince(doc: ArticleDoc, previous: Statement | undefined, f: Frame): boolean {
  if (!previous || previous.heading) return false;
  const gap = f.info.index - previous.sentenceIndex;
  if (gap <= 2) return true;
  const between = doc.infos.slice(previous.sentenceIndex + 1, f.info.index);
  return gap <= 4 && PRONOUN_SOURCE_END_RE.test(f.info.s.text) && between.every((i) => i.figures.length === 0);
}
// "..., it said.": the source the sentence before named, still speaking
const PRONOUN_SOURCE_END_RE = /,\s*(?:it|they|he|she)\s+(?:said|added|claimed|stated)\W*$/i;

function isSecondSource(f: Frame, previous: Statement | undefined, altish: boolean, ownDated: boolean, ownPlace: boolean, rightAfter: boolean): boolean {
  if (!f.figure) return false;
  // (a sentence shared out by place: each place's figure is a second source only if the first one is)
  if (f.placeSplit && previous?.sentenceIndex === f.info.index) return previous.altToll;
  const text = f.info.s.text;
  // "Besides the children, four women were killed": the rest of the dead told, not another source's count
  if (BESIDES_THE_RE.test(text)) return false;
  // "two more citizens were martyred", "another three people": victims added, not a second toll
  if (addsDead(text, f.figure) || /\banother\s+$/i.test(text.slice(0, f.figure.start))) return false;
  // "The Observatory also documented the death of four citizens ... in al-Atareb": more dead, not another count
  // (unless it names its figure another toll: "also reported the attacks but put the overall toll at 78")
  // ("The Observatory also reported that government fire on rebel-held districts killed four": another attack told)
  const toldHow = f.placeSplit || TELLS_HOW_RE.test(text) || ALSO_ATTACK_RE.test(text.slice(0, f.figure.start));
  if (ALSO_REPORTED_RE.test(text.slice(0, f.figure.start)) && toldHow && !ALT_TOLL_RE.test(text)) return false;
  // (a source's split by place is another count of an attack told in an earlier sentence, never of nothing)
  const splitOfEarlier =
    f.placeSplit &&
    ATTRIBUTED_RE.test(text) &&
    previous !== undefined &&
    !sharesOut(f, previous) &&
    (previous.sentenceIndex < f.info.index || previous.altToll);
  if (ALT_TOLL_RE.test(text) || (altish && !ownDated && !ownPlace) || splitOfEarlier) return true;
  // "... said 38 men were killed execution-style in the town": a later source's figure for the attack told
  const refersBack = ANAPHORA_RE.test(text) || THE_TOWN_RE.test(text);
  // ("Citing preliminary reports, it said seven were killed": a figure that names no attack counts one told)
  const bare = !ATTACK_WORD_RE.test(text) && !TELLS_HOW_RE.test(text) && previous !== undefined;
  return ATTRIBUTED_RE.test(text) && !ownDated && !ownPlace && !f.newEvent && (rightAfter || refersBack || bare);
}

// ("killed when regime forces crushed a prison mutiny", "people who residents said were slaughtered": how they died)
const ALSO_ATTACK_RE =
  /\b(?:fire|shelling|shells|strikes?|air\s*strikes?|raids?|bombardment|bombing|rockets?|barrel\s+bombs?)\s+(?:[\w-]+\s+){0,6}?(?:killed|kill)\s+$/i;
const TELLS_HOW_RE = /\b(?:when|after|as)\s+(?:[\w-]+\s+){0,3}(?:forces|troops|gunmen|militants|rebels|army|fighters)\b|\b(?:slaughter|execut|behead)/i;

// "killed 10 civilians", then "the raids killed three in Kafranbel and seven in Tal Hawash": the total shared out, place by place
const sharesOut = (f: Frame, previous: Statement) =>
  previous.sentenceIndex < f.info.index && previous.incident.killed === f.info.figures.filter((d) => d.kind === "death").reduce((n, d) => n + d.best, 0);

// "10 people were killed in Tuesday's attack": the day names the attack told that day, not another one
const DAYS_ATTACK_RE = new RegExp(String.raw`\b(?:${WEEKDAY_NAME}|yesterday)['’]s\s`, "i");
const daysAttack = (f: Frame, date: DateValue | null, previous: Statement | undefined) =>
  date !== null && date.date === previous?.incident.date && DAYS_ATTACK_RE.test(f.text);

const SAYS_RE = /\b(?:said|says|say|told|according\s+to|reported|reports)\b/i;

/**
 * An update of the toll by the same reporting ("the death toll climbed to 41"): not attributed to anyone,
 * or to the source of the statement before. Another source's higher figure ("the Observatory said the
 * toll rose to 41") is a second source, which gives a range instead.
 */
function isRevision(f: Frame, previous: Statement | undefined, reporter: string | null): boolean {
  if (!f.figure || f.newEvent || !TOLL_UPDATE_RE.test(f.info.s.text)) return false;
  // ("the death toll later rose to 11, the White Helmets said": a toll that rose is a revision, whoever says it)
  return !SAYS_RE.test(f.info.s.text) || (reporter !== null && previous?.incident.reportedBy === reporter) || TOLL_ROSE_RE.test(f.info.s.text);
}
const TOLL_ROSE_RE = new RegExp(
  String.raw`\b(?:death\s+toll|toll)\s+(?:has\s+|had\s+)?(?:later\s+|since\s+|now\s+|then\s+)?(?:rose|risen|climbed|increased|jumped)\s+to\b` +
    String.raw`|\b(?:bringing|raising)\s+the\s+(?:death\s+)?toll\s+to\b`,
  "i",
);

/** The sentence before tells an attack ("gunmen opened fire on X and Y") that gave no statement of its own. */
function untoldAttackBefore(doc: ArticleDoc, f: Frame, h: History): boolean {
  const p = doc.infos[f.info.index - 1];
  // ("the toll is expected to climb, as helicopters dropped barrel bombs": still the attack told before it)
  if (!p || p.s.heading || !EVENT_RE.test(p.s.text) || /\btoll\b/i.test(p.s.text) || ANAPHORA_RE.test(p.s.text)) return false;
  return !h.statements.some((s) => s.sentenceIndex === p.index);
}

// ---- date

interface When {
  date: DateValue | null;
  own: boolean;
  from: Source;
  /** The sentence just before, told without a toll, whose date (and place) this sequel takes. */
  prevTold: SentenceInfo | null;
}

function resolveDate(doc: ArticleDoc, f: Frame, h: History, segRef: DateValue | null): When {
  const main = doc.mainDate;
  const fallback: DateValue | null = doc.pub ? { date: doc.pub, precision: "week" } : null;
  let when: When;
  if (f.ownDates.length > 0) {
    when = { date: ownDate(f), own: true, from: "own", prevTold: null };
  } else if (f.anchors.length > 0) {
    const a = f.anchors[0]!;
    // ("... at his funeral on March 24, 2012. He was reportedly killed two days earlier": the day the sentence before names)
    const named = THAT_DAY_RE.test(a.text) || (h.lastIncidentDate === null && dayJustBefore(doc, f.info)) ? dayNamedBefore(doc, f.info) : null;
    const ref = named ?? segRef ?? h.lastIncidentDate ?? main ?? fallback;
    when = { date: ref ? shiftDate(ref, a.days, a.precision) : null, own: false, from: "near", prevTold: null };
  } else {
    when = dateFromAround(doc, f, h);
  }
  // "seized the base on Sunday after days of fierce fighting in which ... were killed", "over the past two
  // days": the deaths span days
  const spansDays = (when.own && DAYS_OF_FIGHTING_RE.test(f.text)) || SEVERAL_DAYS_RE.test(f.text);
  if (when.date && when.date.precision === "day" && spansDays) when.date = { date: when.date.date, precision: "week" };
  // ("By the time they pulled out three weeks later, 70 were dead", read from the lead's day): nothing told
  // happened after the article was published, so a date past it was reckoned from the wrong day
  if (fallback && when.date && when.date.date > fallback.date) return { ...when, date: fallback, own: false, from: "fallback" };
  return when;
}

// "... changed on October 25, 2019. On that day, X lost his life", "On Jan. 2, ... The same day, Y was killed":
// the last day the sentences just before name.
const THAT_DAY_RE = /^(?:on\s+)?(?:that|the\s+same)\b/i;

/** The sentence right before, in the same paragraph, names a day of its own. */
function dayJustBefore(doc: ArticleDoc, info: SentenceInfo): boolean {
  const p = doc.infos[info.index - 1];
  return p !== undefined && p.s.paragraph === info.s.paragraph && doc.eventDates(p).some((d) => d.precision === "day");
}

function dayNamedBefore(doc: ArticleDoc, info: SentenceInfo): DateValue | null {
  for (let k = info.index - 1; k >= Math.max(0, info.index - 3); k--) {
    // the nearest sentence that names a day ("Two days earlier, on Thursday, ...") is the one referred to
    const d = doc.eventDates(doc.infos[k]!).at(-1);
    if (d) return d.precision === "day" ? { date: d.date, precision: d.precision } : null;
  }
  return null;
}

// "a civilian died of wounds he suffered in an explosion ... on Saturday evening": the attack's day, not the death's
const WOUNDS_SUFFERED_RE = new RegExp(
  String.raw`\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:the\s+)?(?:his|her|their)?\s*(?:wounds|injuries)\s+(?:that\s+)?` +
    String.raw`(?:he|she|they)?\s*(?:had\s+)?(?:suffered|sustained|received)\b`,
  "i",
);

/** The most precise of the frame's own dates, nearest to its casualty word (the wound's day over the death's). */
function ownDate(f: Frame): DateValue {
  const suffered = WOUNDS_SUFFERED_RE.exec(f.text);
  const afterWound = suffered ? f.ownDates.filter((d) => d.start > suffered.index + suffered[0].length) : [];
  const pick = [...(afterWound.length > 0 ? afterWound : f.ownDates)].sort(
    (a, b) =>
      precisionRank(a.precision) - precisionRank(b.precision) ||
      EVENT_KIND_RANK[a.kind] - EVENT_KIND_RANK[b.kind] ||
      Math.abs(a.start - f.triggerAt) - Math.abs(b.start - f.triggerAt),
  )[0]!;
  return { date: pick.date, precision: pick.precision };
}

// ("In a similar attack, four shells struck ..." in the day's roundup is that day's: only "had" makes it earlier)
const UNDATED_EARLIER_RE = new RegExp(
  String.raw`^\s*(?:earlier|previously|before\s+that)\s*,|\ba\s+(?:previous|prior|earlier)\s+(?:attack|ambush|assault|bombing|incident)\b` +
    String.raw`|\bin\s+the\s+past\b|\ba\s+similar\s+(?:attack|ambush|assault|bombing|incident)\b[^.;]*\bhad\s+(?:been\s+)?[a-z]+(?:ed|en)\b`,
  "i",
);

const KIN_ACCOUNT_RE = new RegExp(
  String.raw`\b(?:told|recalled|recounted|remembered|described)\b[^.;]{0,160}\b(?:his|her|their|my|our)\s+` +
    String.raw`(?:father|mother|brother|sister|son|daughter|wife|husband|parents)\b`,
  "i",
);

const UNPLACED_DAY_RE = new RegExp(String.raw`\b(?:${WEEKDAY_NAME}|yesterday|today|tonight|last\s+night)\b`, "i");

/**
 * "... the airstrikes that hit Idlib two days ago, on the 4th of February 2018 ... It has now reached 11, killed
 * when they struck Idlib last Sunday": with no publication date, a weekday is the full date just told that falls on it.
 */
function sameWeekdayBefore(doc: ArticleDoc, f: Frame): DateValue | null {
  const days = eventWeekdays(f.text);
  for (let k = f.info.index; k >= Math.max(0, f.info.index - 2); k--) {
    const d = doc.eventDates(doc.infos[k]!).find((x) => x.kind === "explicit" && x.precision === "day" && days.has(fromIso(x.date).getUTCDay()));
    if (d) return { date: d.date, precision: "day" };
  }
  return null;
}

/** A frame without a date of its own: its sequel's sentence, the main attack's day, or a nearby sentence's date. */
function dateFromAround(doc: ArticleDoc, f: Frame, h: History): When {
  // a town's line in a list of the day's dead by town: the day of the toll the list shares out
  if (f.info.listItem && h.lastIncidentDate) return { date: h.lastIncidentDate, own: false, from: "near", prevTold: null };
  // an item under a dated update ("August 8, 2023") happened by that day, not on the article's main day
  const entry = doc.entryDateOf(f.info);
  if (entry) return { date: { date: entry, precision: "week" }, own: false, from: "fallback", prevTold: null };
  // "Earlier, the group had killed 12 soldiers in a similar attack": an earlier attack the text does not date
  // gets no invented date (docs/labelling.md, background incidents)
  if (UNDATED_EARLIER_RE.test(f.text) && !f.anaphoric) return { date: null, own: false, from: "none", prevTold: null };
  // ("Issa told how a shell hit their house, killing his mother, father and sister": a survivor's account, undated)
  if (KIN_ACCOUNT_RE.test(f.info.s.text)) return { date: null, own: false, from: "none", prevTold: null };
  const main = doc.mainDate;
  // ("On Tuesday, a shell killed two farmers" on a page with no publication date: a day nobody can place,
  // not the lead's full date)
  if (!doc.pub && UNPLACED_DAY_RE.test(f.text)) {
    const named = sameWeekdayBefore(doc, f);
    return { date: named, own: false, from: named ? "near" : "none", prevTold: null };
  }
  if (f.anaphoric && !f.newEvent) {
    const told = datedSentenceBefore(doc, f.info, h);
    // "Two fighters were slain in the clashes": the clashes of the sentence just before, with its date
    if (told) return { date: told, own: false, from: "near", prevTold: doc.infos[f.info.index - 1]! };
  }
  if (main && (f.anaphoric || !f.newEvent)) return { date: main, own: false, from: "near", prevTold: null };
  for (let k = f.info.index - 1; k >= Math.max(0, f.info.index - 2); k--) {
    const p = doc.infos[k]!;
    if (p.s.paragraph !== f.info.s.paragraph) break;
    const pd = doc.eventDates(p)[0];
    if (pd) return { date: { date: pd.date, precision: pd.precision }, own: false, from: "near", prevTold: null };
  }
  if (main) return { date: { date: main.date, precision: main.precision === "day" ? "week" : main.precision }, own: false, from: "fallback", prevTold: null };
  // No date at all: the week the article was published (a labeller writes its day; we are not that sure).
  const pub: DateValue | null = doc.pub ? { date: doc.pub, precision: "week" } : null;
  return { date: pub, own: false, from: pub ? "fallback" : "none", prevTold: null };
}

/**
 * The date of the sentence right before `info` in the same paragraph when it tells an event of its own
 * without a casualty figure: an explicit or relative date ("the previous day") near an event word.
 */
function datedSentenceBefore(doc: ArticleDoc, info: SentenceInfo, h: History): DateValue | null {
  const p = doc.infos[info.index - 1];
  if (!p || p.s.paragraph !== info.s.paragraph || p.s.heading) return null;
  if (p.figures.some((f) => f.kind === "death" && f.parts.length === 0 && f.victims === null)) return null;
  // only when the sentence before produced no incident of its own (otherwise the usual rules apply)
  if (h.statements.some((c) => c.sentenceIndex === p.index) || !EVENT_RE.test(p.s.text)) return null;
  const own = doc.eventDates(p);
  if (own.length > 0) return { date: own[0]!.date, precision: own[0]!.precision };
  const anchors = findRelativeAnchors(p.s.text, null);
  const ref = h.lastIncidentDate ?? doc.mainDate;
  return anchors.length > 0 && ref ? shiftDate(ref, anchors[0]!.days, anchors[0]!.precision) : null;
}

// ---- place

interface PlaceContext {
  previous: Statement | undefined;
  continued: Statement | null;
  context: SentenceInfo[];
  background: boolean;
  prevTold: SentenceInfo | null;
  altish: boolean;
}

function unlistedBeside(f: Frame, sibling: ExtractedIncident): ResolvedLocation | null {
  const name = unlistedLocality(f.text);
  return name && sibling.province !== null ? unlistedIn(name, sibling.province) : null;
}

function locationOf(i: ExtractedIncident): ResolvedLocation {
  const { place, placeId, province, lat, lon, geoPrecision } = i;
  return { place, placeId, province, lat, lon, geoPrecision, phrase: place ?? "", start: 0, end: 0 };
}

function resolvePlace(doc: ArticleDoc, f: Frame, c: PlaceContext): { loc: ResolvedLocation | null; own: boolean; from: Source } {
  const own = placeOfFrame(doc, f);
  let loc = own;
  let from: Source = own ? "own" : "none";
  const take = (l: ResolvedLocation | null, how: Source) => {
    if (l) [loc, from] = [l, how];
  };
  // "three in the town of Kafranbel, and seven in the town of Tal Hawash": a town the gazetteer lacks, in the
  // governorate of the sentence's other place
  if (loc === null && f.placeSplit && c.previous?.sentenceIndex === f.info.index) take(unlistedBeside(f, c.previous.incident), "near");
  // ("they shelled Maaret al-Numan ...", then "The troops also pounded the village of Al-Tah": the one just told's)
  if (loc === null && c.previous && !c.previous.heading) take(unlistedBeside(f, c.previous.incident), "near");
  // told as the sequel of the sentence before (its date taken too): its place too
  if (loc === null && c.prevTold) take(doc.placeOf(c.prevTold), "near");
  // another source's toll of the attack just told takes that attack's place
  if (c.altish && c.previous && c.previous.incident.province !== null) take(locationOf(c.previous.incident), "near");
  if (loc === null && c.continued && c.continued.incident.province !== null) take(locationOf(c.continued.incident), "near");
  // "in the east of the city": the town of the incident just told
  const prevPlace = c.previous && !c.previous.heading && c.previous.incident.province !== null ? c.previous.incident : null;
  if (loc === null && prevPlace && THE_TOWN_RE.test(f.text)) take(locationOf(prevPlace), "near");
  if (loc === null) take(townReferredTo(doc, f), "near");
  const refined = refineFromContext(doc, loc, c.context, c.background);
  if (refined !== loc) take(refined, from === "none" ? "borrowed" : from === "own" && refined?.province === own?.province ? "own" : "borrowed");
  // ("a citizen was killed when warplanes bombed Ketyan village in Idlib countryside": that village, in Idlib)
  const coarse =
    loc !== null && (loc.geoPrecision === 3 || isBareCapital(loc) || loc.place === loc.province || loc.cue === "countryside") && loc.province !== null;
  if (coarse) take(unlistedSpotIn(maskForPlaces(f.text), loc!), from === "own" ? "own" : "borrowed");
  // a town's line in a list of the dead by town, which the gazetteer lacks: that town, in the article's governorate
  const sole = loc === null && f.info.listItem ? doc.soleGovernorate() : null;
  if (sole) take(unlistedIn(f.info.s.text.replace(/\s+\d{1,4}(?:\s*\(.*)?$/, ""), sole), "borrowed");
  if (loc === null || (loc as ResolvedLocation).province === null) take(doc.sectionPlaceOf(f.info), "borrowed");
  return { loc, own: own !== null, from };
}

// "jets bombed the town and its outskirts", "strikes on the residential district": a place named before, not here
const PLACE_ANAPHOR_RE = new RegExp(
  String.raw`\b(?:the|this)\s+(?:same\s+)?(?:(?:residential|besieged|rebel-held|regime-held|small|border)\s+)?` +
    String.raw`(city|town|village|district|neighbou?rhood|camp|provincial\s+capital)\b(?!\s+(?:of\b|[A-Z]))`,
);

/** The town named in the three sentences before as a town ("the town of X", "X town"), for a statement whose only place is "the town". */
function townReferredTo(doc: ArticleDoc, f: Frame): ResolvedLocation | null {
  const noun = PLACE_ANAPHOR_RE.exec(f.text)?.[1]?.split(/\s/)[0];
  if (!noun) return null;
  const named = new RegExp(String.raw`\b${noun}\b`, "i");
  for (let k = f.info.index - 1; k >= Math.max(0, f.info.index - 3); k--) {
    const info = doc.infos[k]!;
    const l = doc.placeOf(info);
    if (!l?.province || !l.place || l.place === l.province || (l.geoPrecision ?? 3) > 2) continue;
    const at = info.s.text.indexOf(l.phrase);
    // ("the city" is not the town of Saraqeb told just before)
    if (at >= 0 && named.test(info.s.text.slice(Math.max(0, at - 25), at + l.phrase.length + 25))) return l;
  }
  return null;
}

/**
 * A place from the sentences telling the same attack: when there is none yet, or to refine a governorate,
 * a bare provincial capital or an area named after a town with a more specific place of the same
 * governorate (another attack told with its own governorate is not refined with the main attack's town).
 */
function refineFromContext(doc: ArticleDoc, loc: ResolvedLocation | null, context: SentenceInfo[], background: boolean): ResolvedLocation | null {
  const coarse = (l: ResolvedLocation) => l.geoPrecision === 3 || isBareCapital(l) || (l.cue === "area" && l.geoPrecision === 2);
  if (!(loc === null || loc.province === null || (!background && coarse(loc)))) return loc;
  let out = loc;
  for (const c of context) {
    const cl = doc.placeOf(c);
    if (!cl) continue;
    if (out === null) {
      out = cl;
      if (cl.geoPrecision !== 3) break;
      continue;
    }
    const rank = isBareCapital(out) ? 2.5 : (out.geoPrecision ?? 3);
    const sameGov = cl.province !== null && (out.province === null || cl.province === out.province);
    if ((sameGov && !isBareCapital(cl) && (cl.geoPrecision ?? 3) < rank) || (out.province === null && cl.province !== null && out.geoPrecision === null)) {
      return cl;
    }
  }
  return out;
}

// ---- actors

interface Who {
  perpetrator: ActorMention | null;
  target: { label: ActorLabel; text: string } | null;
  claim: ActorMention | null;
  reporter: ReturnType<typeof findReporter>;
  from: Source;
}

const fromIncident = (i: ExtractedIncident): ActorMention => ({
  label: i.perpetrator as ActorLabel,
  text: i.perpetratorText ?? i.perpetrator!,
  start: 0,
  end: 0,
});

/**
 * The attacker: an agent in the statement itself ("by Daesh", "IS militants killed", "an IS attack"), else
 * the incident it continues, else an agent in the sentences telling the same attack, else any armed actor
 * named in the sentence, else "another strike" by the previous attacker, a group named before, "they", the
 * attacker announcing a breakdown, the headline's attacker, or the claimant.
 */
function resolveActors(doc: ArticleDoc, f: Frame, c: { previous: Statement | undefined; continued: Statement | null; context: SentenceInfo[] }): Who {
  const victimSpans = f.figure ? [{ start: f.figure.start, end: f.figure.end }] : f.injuries.map((x) => ({ start: x.start, end: x.end }));
  const target = pickTarget(f.figure, f.injuries);
  // "346 jihadists and over 170 soldiers were killed": two sides among the dead; either may be the attacker
  const partLabels = new Set((f.figure?.parts ?? []).map((p) => findActors(p.np)[0]?.label).filter((l) => l !== undefined));
  const targetLabel = partLabels.size >= 2 ? null : (target?.label ?? null);
  let perp = pickPerpetrator(f.text, victimSpans, targetLabel, 2);
  let from: Source = perp ? "own" : "none";
  const take = (a: ActorMention | null, how: Source) => {
    if (!perp && a) [perp, from] = [a, how];
  };
  // "a landmine killed two people": no one is named as having laid it, so no one is borrowed from around
  const mine = perp === null && LEFTOVER_MINE_RE.test(f.text);
  if (mine) take(minePlanter(f.text) ?? minePlanter(f.info.s.text), "own");
  if (mine && !perp) return { perpetrator: null, target, claim: null, reporter: findReporter(f.info.s.text), from };
  // (not the attacker of a statement in another governorate: "On Monday, a rocket attack in Afrin killed 10" after
  // shelling in Idlib by pro-Damascus forces)
  const ownProvince = doc.placeOf(f.info)?.province ?? null;
  const continuedHere =
    c.continued && (SAME_ATTACK_RE.test(f.text) || !(ownProvince && c.continued.incident.province && ownProvince !== c.continued.incident.province));
  if (continuedHere && c.continued!.incident.perpetrator) take(fromIncident(c.continued!.incident), "near");
  // ("Regime shelling killed 20 in Hammouriyah, 12 in Saqba": the places after the first share its attacker)
  const prevHere = c.previous?.sentenceIndex === f.info.index ? c.previous : undefined;
  if (f.placeSplit && prevHere?.frame.placeSplit && prevHere.incident.perpetrator) take(fromIncident(prevHere.incident), "near");
  if (f.start === 0) for (const s of c.context) take(pickPerpetrator(s.s.text, [], target?.label ?? null, 2), "near");
  take(pickPerpetrator(f.text, victimSpans, target?.label ?? null, 1), "own");
  // "Rebels seized the base on Monday. At least seven rebels and eight regime troops were killed": the side that
  // took or stormed the place, told just before a toll of both sides
  if (partLabels.size >= 2) take(capturingSide(doc, f, partLabels), "near");
  const prev = c.previous;
  if (prev?.incident.perpetrator && !prev.heading && ANOTHER_SAME_RE.test(f.text)) take(fromIncident(prev.incident), "near");
  take(resolveGroupAnaphor(doc, f), "near");
  take(resolvePronounAgent(doc, f, target?.label ?? null), "near");
  // (not a strike in another governorate than the lead's: "a rocket attack in Afrin" below a lead about Idlib's shelling)
  const striker = STRIKE_WORD_RE.test(f.text) && !elsewhereThanLead(doc, f) ? leadStriker(doc) : null;
  if (striker && striker.label !== target?.label) take(striker, "near");
  take(breakdownAttacker(doc, f), "near");
  // ("Rebels kill 27 regime fighters" over "27 regime forces were killed in clashes in Al-Ateira": the body names no one)
  const headline = elsewhereThanLead(doc, f) || elsewhereThanHeadline(doc, f) ? null : headlineAttacker(doc);
  if (headline && headline.label !== target?.label) take(headline, "near");
  let claim = findClaim(f.info.s.text);
  for (const s of c.context) claim ??= findClaim(s.s.text);
  // an attack claimed is an attack by the claimant
  take(claim, "near");
  let reporter = findReporter(f.info.s.text);
  for (const s of c.context) reporter ??= findReporter(s.s.text);
  return { perpetrator: perp, target, claim, reporter, from };
}

const CAPTURE_RE =
  /\b(?:seized|captured|stormed|overran|took\s+(?:control\s+of|over)|attacked|assaulted|launched\s+(?:an?\s+)?(?:attack|assault|offensive))\b/i;

/** An actor among the dead's sides that the sentence or the two before make the one seizing or attacking. */
function capturingSide(doc: ArticleDoc, f: Frame, sides: ReadonlySet<ActorLabel | undefined>): ActorMention | null {
  for (let k = f.info.index; k >= Math.max(0, f.info.index - 2); k--) {
    const text = doc.infos[k]!.s.text;
    const verb = CAPTURE_RE.exec(text);
    if (!verb) continue;
    const agent = findActors(text.slice(0, verb.index))
      .filter((a) => sides.has(a.label))
      .pop();
    if (agent) return agent;
  }
  return null;
}

// An air strike, a barrel bomb or shelling told with no one named as carrying it out
const STRIKE_WORD_RE =
  /\b(?:air\s*strikes?|airstrikes?|air\s+raids?|warplanes|jets|aircraft|helicopters|barrel\s+bombs?|shell(?:ed|ing)|bombard(?:ed|ment))\b/i;
const STRIKERS: ReadonlySet<ActorLabel> = new Set([ACTOR.GOV, ACTOR.RUSSIA, ACTOR.TURKEY, ACTOR.ISRAEL, ACTOR.COALITION]);

/** ("Regime air strikes kill 14 in Idlib", then "warplanes hit Maarat al-Numan"): the one striking force the headline and lead name. */
// ("the same shelling last week killed ...": the attack told before, wherever the gazetteer put the place)
const SAME_ATTACK_RE = /\bthe\s+same\s+(?:attack|shelling|strike|air\s*strike|raid|bombing|bombardment|blast|explosion|ambush)\b/i;

function elsewhereThanLead(doc: ArticleDoc, f: Frame): boolean {
  const own = doc.placeOf(f.info)?.province ?? null;
  const lead = doc.soleGovernorate();
  return own !== null && lead !== null && own !== lead;
}

function leadStriker(doc: ArticleDoc): ActorMention | null {
  const lead = [doc.title ?? "", ...doc.infos.slice(0, 3).map((x) => x.s.text)].join("\n");
  const named = findActors(lead).filter((a) => STRIKERS.has(a.label));
  return new Set(named.map((a) => a.label)).size === 1 ? named[0]! : null;
}

const LIST_ITEM_RE = /^\s*(?:[-•*·]\s*)?[A-Z][^:.;]{0,40}:\s/u;

/**
 * "... all killed by regime artillery fire. The dead were distributed as follows: • Balyoun town: two children.":
 * the lines of a breakdown are the attack the lines announcing it told, by its attacker.
 */
function breakdownAttacker(doc: ArticleDoc, f: Frame): ActorMention | null {
  if (!LIST_ITEM_RE.test(f.info.s.text)) return null;
  for (let k = f.info.index - 1; k >= Math.max(0, f.info.index - 10); k--) {
    const text = doc.infos[k]!.s.text;
    if (opensBreakdown(text)) {
      return pickPerpetrator(text, [], null, 2) ?? (k > 0 ? pickPerpetrator(doc.infos[k - 1]!.s.text, [], null, 2) : null);
    }
    if (!LIST_ITEM_RE.test(text)) return null;
  }
  return null;
}

/** A statement placed in another governorate than the only one the headline names ("... in Eastern Ghouta" over Saraqeb). */
function elsewhereThanHeadline(doc: ArticleDoc, f: Frame): boolean {
  const own = doc.placeOf(f.info)?.province ?? null;
  const heads = new Set(findLocations(doc.title ?? "").map((l) => l.province));
  return own !== null && heads.size === 1 && !heads.has(own) && !heads.has(null);
}

/** "Rebels kill 27 regime fighters", "Russian raids kill 12": the attacker a headline names as the subject of its attack. */
function headlineAttacker(doc: ArticleDoc): ActorMention | null {
  return doc.title ? pickPerpetrator(doc.title, [], null, 4) : null;
}

const LEFTOVER_MINE_RE = /\b(?:land\s*mines?|mines?|unexploded|remnants?\s+of\s+(?:the\s+)?war|war\s+remnants?|explosive\s+remnants?)\b/i;

/** "IS claimed responsibility for both attacks": the claimant is the attacker of the attacks told before. */
function applyClaimsOfAll(doc: ArticleDoc, statements: Statement[]): void {
  for (const info of doc.infos) {
    if (!CLAIM_ALL_RE.test(info.s.text)) continue;
    const claim = findClaim(info.s.text);
    if (!claim) continue;
    for (const c of statements) {
      if (c.sentenceIndex >= info.index || info.index - c.sentenceIndex > 6 || c.incident.perpetrator !== null) continue;
      c.incident.perpetrator = claim.label;
      c.incident.perpetratorText = claim.text;
      c.incident.claimedBy ??= claim.label;
    }
  }
}

export { ACTOR };
