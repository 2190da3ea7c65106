// Stage 4: statements grouped into events. The headline, the lead and the body often tell the same
// attack ("Seven ... killed in Daesh attack" / "seven members of pro-regime forces were killed" / "the
// number of deaths in this crossfire at seventeen ..."). A statement joins an earlier event when it is
// compatible with it (dates within each other's precision, same governorate or unknown, same perpetrator
// or unknown, compatible counts) AND something says it is the same attack: it refers back ("this
// attack"), one of the two is a headline, another source gives its toll, or the counts are equal. A
// statement that opens another attack ("another attack", "days earlier", its own different date) joins
// only a headline or the same figure of the same day.
import { eventDaysOfMonth, eventWeekdays } from "./dates";
import { countsCompatible, datesOk, informativeness, mergeIncidents, perpetratorsOk, provincesOk, withCounts, withinFactor } from "./dedupe";
import { eventTypeOf } from "./kinds";
import { ALSO_REPORTED_RE, ALT_TOLL_RE, ATTACK_WORD_RE, ATTRIBUTED_RE, addsDead } from "./patterns";
import { ARTICLE_SRC, lookupPlace } from "./places";
import type { Statement } from "./resolve";
import { isSumOfSeveral } from "./sums";
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
  // ("Seven killed by Syrian barrel bomb": a headline naming no place took one from elsewhere in the page)
  const placeless = c.heading ? !c.ownPlace : eHeading && e.statements.every((x) => !x.ownPlace);
  return (
    (!c.background || m.killed === c.incident.killed) &&
    summarises &&
    !(c.heading && eHeading) &&
    (placeless || provincesOk(m, c.incident)) &&
    countsCompatible(m, c.incident)
  );
}

const CIVILIAN_RE = /\b(?:civilians?|children|women|residents|villagers|families|citizens|worshippers|shoppers|farmers|shepherds)\b/i;
const COMBATANT_RE = /\b(?:soldiers|troops|fighters|gunmen|militants|militiamen|members|jihadists|terrorists|rebels|insurgents|personnel|officers)\b/i;

/** What kind of dead a statement counts: civilians, combatants, or either ("people"). */
function victimKind(s: Statement): "civilian" | "combatant" | null {
  const v = s.frame.figure?.victims ?? "";
  if (CIVILIAN_RE.test(v)) return "civilian";
  return COMBATANT_RE.test(v) ? "combatant" : null;
}

/**
 * Another source's toll for an attack told before: an earlier attack in the same place with a figure
 * within a factor of two, counting the same kind of dead ("nine civilians" is not a toll of "dozens of gunmen").
 */
function secondSourcePair(e: AttackEvent, c: Statement): boolean {
  const kind = victimKind(c);
  const kinds = new Set(e.statements.map(victimKind).filter((k) => k !== null));
  const sameDead = kind === null || kinds.size === 0 || kinds.has(kind);
  // an explicit other toll ("SANA had put the toll at eight" before the monitor's 26) may be far from it, and so
  // may a bare attributed figure right after the attack that tells no event of its own ("The opposition said at
  // least 15 died" after "police confirmed two deaths in the blast")
  const last = e.statements[e.statements.length - 1]!;
  const bare = !ATTACK_WORD_RE.test(c.frame.text) && !c.ownPlace && !c.ownDated && c.sentenceIndex - last.sentenceIndex <= 1;
  // (so may a source's toll for "Tuesday's attack", "the strikes": it says which attack it counts)
  // (and state media's "put the death toll at two" for the suicide bombing a monitor says killed 50: the same kind
  // of attack in the same governorate, whatever the gap between the sides' counts)
  const explicit = ALT_TOLL_RE.test(c.frame.info.s.text);
  const sameKind = explicit && c.incident.province !== null && c.incident.province === e.merged.province && sameAttackKind(e, c);
  const factor = sameKind ? 30 : bare ? 10 : explicit || c.anaphoric ? 4 : 2;
  // ("Al-Mayadeen confirmed the airstrike but gave a figure of six": a place taken from a paragraph about another
  // story is no place of the toll's own)
  const placeOk = c.placeFrom === "borrowed" || c.placeFrom === "fallback" || provincesOk(e.merged, c.incident);
  // ("the latest airstrikes on the 17th of August killed more than 20" after a bombing "on the 11th of August")
  return c.altToll && !c.heading && sameDead && placeOk && datesOk(e.merged, c.incident) && withinFactor(e.merged, c.incident, factor) && !otherWeekday(e, c);
}

/** The statement names a kind of attack, and the event's statements name only other kinds. */
function otherKind(e: AttackEvent, c: Statement): boolean {
  const kind = eventTypeOf([c.frame.info.s.text]);
  const theirs = e.statements.map((x) => eventTypeOf([x.frame.info.s.text])).filter((k) => k !== "other");
  return kind !== "other" && theirs.length > 0 && !theirs.includes(kind);
}

/** The statement names the kind of attack (not "other") that a statement of the event (a headline, if allowed) names too. */
function sameAttackKind(e: AttackEvent, c: Statement, headings = true): boolean {
  const kind = eventTypeOf([c.frame.info.s.text]);
  return kind !== "other" && e.statements.some((x) => (headings || !x.heading) && eventTypeOf([x.frame.info.s.text]) === kind);
}

const WHEN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December";
const OTHER_DAY_RE = new RegExp(String.raw`\b(?:on|last|earlier|previous|since)\s+(?:${WHEN}|\d|week|month|year)|\bsimilar\b`, "i");

/**
 * A second source's toll with no marker ("the watchdog said at least five people were killed in a car bomb
 * explosion" after state TV's three): the article's main attack, the same kind of attack named again, no
 * other day, place or "another", and a figure within a factor of three.
 */
function sameKindPair(e: AttackEvent, c: Statement): boolean {
  if (c.heading || c.background || c.frame.newEvent || c.refersToUntold || c.ownDated || !e.statements.some((x) => x.isMain)) return false;
  if (OTHER_DAY_RE.test(c.frame.info.s.text) || (c.ownPlace && c.incident.place !== e.merged.place) || otherDays(e, c, eventDaysOfMonth)) return false;
  return (
    sameAttackKind(e, c, false) &&
    provincesOk(e.merged, c.incident) &&
    datesOk(e.merged, c.incident) &&
    perpetratorsOk(e.merged, c.incident) &&
    withinFactor(e.merged, c.incident, 3) &&
    !differentSites(e, c)
  );
}

// Named spots the gazetteer may lack: "near al-Farouq school", "in al-Abbassiyeen bus garage", "on Baghdad Street".
const NAME = String.raw`${ARTICLE_SRC}[A-Z][\p{L}'’-]+`;
const SITE_RE = new RegExp(String.raw`\b(?:near|in|at|on|inside)\s+(?:the\s+)?(${NAME}(?:\s+${NAME}){0,3})`, "gu");
const NOT_A_SITE_RE = new RegExp(
  String.raw`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September` +
    // ("on Dec 10" is a day; "the Islamic State in Iraq and Syria" a group's name: countries are no sites)
    String.raw`|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Syria|Iraq|Iran|Lebanon|Turkey|Jordan|Israel|Russia)\b` +
    // ("on the Kurdish enclave of Afrin": an adjective, not a place)
    String.raw`|^(?:Kurdish|Syrian|Turkish|Russian|Israeli|Iranian|Iraqi|Lebanese|Arab|Alawite|Druze|Christian|Sunni|Shiite|Assyrian` +
    String.raw`|Armenian|Turkmen|American|Western|Northern|Southern|Eastern)$`,
);

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Named spots as the text spells them, but not the governorate ("in Deir Ezzor province", however spelt). */
function spotsAsWritten(s: Statement): string[] {
  const letters = (x: string) => x.toLowerCase().replace(/[^a-z]/g, "");
  const province = letters(s.incident.province ?? "");
  return [...s.frame.text.matchAll(SITE_RE)]
    .map((m) => m[1]!)
    .filter((x) => !NOT_A_SITE_RE.test(x))
    .filter((x) => province === "" || !letters(x).startsWith(province));
}

// ("at Sarouja market", then "fell at the entrance of the ancient Sarouja market in Old Damascus": named again)
const namesSpotOf = (a: Statement, b: Statement) => spotsAsWritten(a).some((x) => new RegExp(String.raw`\b${escapeRe(x)}\b`, "i").test(b.frame.text));

/** Where a statement says its attack happened, finest first: named spots, then the town the gazetteer found. */
function sitesOf(s: Statement): string[] {
  if (s.heading) return [];
  const spots = spotsAsWritten(s)
    // ("in Tell Tamr" / "in Tel Tamer": a town the gazetteer knows is one spot however it is spelt)
    .map((x) => (lookupPlace(x)?.name ?? x).toLowerCase());
  // a provincial capital's name is also its governorate's ("the Idlib fronts"): a town only when called a city
  const capitalOnly = s.incident.place === s.incident.province && !/\bcity\b/i.test(s.frame.text);
  // ("on the Kurdish enclave of Afrin": a region around the town, which holds the other's Jandairis)
  const region =
    s.incident.place !== null && new RegExp(String.raw`\b(?:enclave|region|district|pocket)\s+of\s+${escapeRe(s.incident.place)}\b`, "i").test(s.frame.text);
  const town = s.ownPlace && s.incident.geoPrecision !== null && s.incident.geoPrecision <= 2 && !capitalOnly && !region && s.incident.place;
  return town ? [...spots, s.incident.place!.toLowerCase()] : spots;
}

/**
 * Both name where they happened, and neither's finest spot is among the other's places ("a shell near
 * al-Farouq school" / "a shell in Jaramana"; but "at al-Jawzah roundabout in Ras al-Ayn" / "in Ras al-Ayn").
 */
function differentSites(e: AttackEvent, c: Statement): boolean {
  const mine = sitesOf(c);
  if (mine.length === 0) return false;
  const related = (a: string, b: string) => a.includes(b) || b.includes(a);
  const within = (spot: string, places: string[]) => places.some((p) => related(p, spot));
  return (
    e.statements.every((x) => {
      const theirs = sitesOf(x);
      if (theirs.length > 0 && (namesSpotOf(c, x) || namesSpotOf(x, c))) return false;
      return theirs.length === 0 || !(within(mine[0]!, theirs) || within(theirs[0]!, mine));
    }) && e.statements.some((x) => sitesOf(x).length > 0)
  );
}

/**
 * "A White Helmets worker was killed together with his wife and three children in the strikes": fewer dead
 * than the attack referred to, with no place or day of their own, are some of its victims, not another attack.
 */
const partOfAttack = (m: ExtractedIncident, c: Statement) =>
  c.anaphoric &&
  !alsoKilled(c) &&
  !c.refersToUntold &&
  // ("the monitor had said earlier that the sheikh was killed in the attack": one of its dead, not another toll)
  (!c.altToll || (c.incident.killed === 1 && (m.killed ?? 0) >= 3)) &&
  !c.revision &&
  (!c.ownPlace || (narrows(m, c.incident) && !/\b(?:also|another|separate|second)\b/i.test(c.frame.text))) &&
  !c.ownDated &&
  !c.frame.newEvent &&
  (c.incident.killed ?? 0) > 0 &&
  m.killed !== null &&
  c.incident.killed! < m.killed;

/** The attack is known only by its governorate and the statement names a place in it ("killed by the bombs near Mzairib"). */
const narrows = (m: ExtractedIncident, i: ExtractedIncident) =>
  m.province !== null && i.province === m.province && (m.place === null || m.place === m.province) && i.place !== m.place;

const attackersOnlySoFar = (m: ExtractedIncident) => m.killed === 0 && (m.attackersKilled ?? 0) > 0;

/**
 * "On Monday, two of the wounded died, bringing the toll to 14": a higher toll told up to a week after a
 * day-dated attack, with no place of its own, revises that attack; its day is when the wounded died.
 */
const WEEK_MS = 7 * 86_400_000;
function laterRevision(m: ExtractedIncident, c: Statement): boolean {
  const [a, b] = [m.date, c.incident.date];
  if (!c.revision || c.heading || c.ownPlace || a === null || b === null || m.datePrecision !== "day") return false;
  const after = Date.parse(b) - Date.parse(a);
  return after > 0 && after <= WEEK_MS && (c.incident.killed ?? 0) > (m.killed ?? 0);
}

/**
 * "a massacre in the town of Houla that killed at least 108", then "two days after 108 people were killed in
 * Houla": one toll in one town, each telling dated only by what is around it. The one dated by its own
 * relative anchor ("two days after") keeps its day.
 */
const undatedRetelling = (e: AttackEvent, c: Statement) =>
  !c.ownDated &&
  !c.heading &&
  e.statements.every((x) => !x.ownDated && !x.heading) &&
  (c.incident.killed ?? 0) >= 5 &&
  c.incident.killed === e.merged.killed &&
  sameTown(e.merged, c.incident) &&
  !datesOk(e.merged, c.incident);

/** The same attack told again: compatible, and something says so. `latest` is whether `e` is the last event opened. */
function sameAttack(e: AttackEvent, c: Statement, latest: boolean): boolean {
  const m = e.merged;
  // ("regime shelling killed three people in Al-Bara", then "Another three civilians were killed in attacks on Habit")
  if ((addsVictims(c) || toldAsAnother(c)) && c.ownPlace && otherTown(m, c.incident)) return false;
  if (latest && laterRevision(m, c) && provincesOk(m, c.incident) && perpetratorsOk(m, c.incident)) return true;
  if (undatedRetelling(e, c) && perpetratorsOk(m, c.incident)) return true;
  if (!(datesOk(m, c.incident) && provincesOk(m, c.incident) && perpetratorsOk(m, c.incident))) return false;
  if (e.spans.has(spanOf(c))) return true;
  if (otherWeekday(e, c)) return false;
  const eMain = e.statements.some((x) => x.isMain);
  if (partOfAttack(m, c) && (eMain || latest)) return true;
  // "SDF aborted an attack, 5 mercenaries killed", then "two civilians lost their lives": the attack's victims
  // (not dead in another town: "Local sources in al-Mayadden said ... killing nine terrorists")
  const elsewhere = c.ownPlace && otherTown(m, c.incident);
  if (attackersOnlySoFar(m) && latest && !c.frame.newEvent && !elsewhere && (c.incident.killed ?? 0) > 0 && c.incident.attackersKilled === null) return true;
  // ("the strikes also killed eight fighters": more dead of the attack just told, whatever their number)
  if (alsoKilled(c) && latest && !c.background) return true;
  if (retoldAsAttackers(m, c) && (eMain || latest) && !elsewhere) return true;
  // ("By 0700 the Observatory said fourteen were dead", then its statement quoted: "14 members of the regime forces
  // were killed ...": a figure this attack's sources already gave, told again)
  if (eMain && !c.frame.newEvent && !c.ownDated && !elsewhere && toldByASource(e, c)) return true;
  if (!countsCompatible(m, c.incident)) return false;
  if (alsoReportsElsewhere(m, c)) return false;
  // "The strikes also targeted sites in Homs, killing two others": more victims, somewhere else
  if (addsVictims(c) && c.ownPlace && differentSites(e, c)) return false;
  const eHeading = headingOnly(e);
  const sameDay = m.datePrecision === "day" && c.incident.datePrecision === "day" && m.date === c.incident.date;
  const equal = m.killed === c.incident.killed && m.killed !== null && !differentSites(e, c);
  // ("SANA quoted its correspondent: a bus in the Kabajeb area came under a terrorist attack that left 25 dead",
  // after 28 dead in an attack on a bus near Kabajeb): another source's count for the attack on that town
  // (not "the fierce fighting in which over 170 soldiers were killed" beside the executions of 160 at the same base)
  const sourcesTown =
    sameTown(m, c.incident) && ATTRIBUTED_RE.test(c.frame.info.s.text) && withinFactor(m, c.incident, 1.3) && !differentSites(e, c) && !otherKind(e, c);
  if (sourcesTown && !c.background && !addsVictims(c) && (eMain || latest)) return true;
  if (c.background) return (eHeading && m.killed === c.incident.killed) || (equal && (sameDay || sameTown(m, c.incident)));
  // "killing hundreds" in the lead, then the sources' figures: a vague floor and a compatible figure of the same day
  // (the same date however precise, or none at all: a page with no day of its own)
  const sameDate = sameDay || (m.date === c.incident.date && m.datePrecision === c.incident.datePrecision);
  const vagueSameDay = (m.killedVague === true || c.incident.killedVague === true) && sameDate && (eMain || c.isMain);
  // "They said two more were wounded": wounded with no attack, place or day of their own belong to the attack told
  const woundedOnly = c.incident.killed === null && !c.frame.newEvent && !c.ownPlace && !c.ownDated && m.killed !== null && (eMain || latest);
  return (
    c.heading ||
    eHeading ||
    (c.anaphoric && (eMain || (latest && !deathlessAside(e)))) ||
    (equal && (eMain || c.isMain || sameDay || sameTown(m, c.incident))) ||
    vagueSameDay ||
    woundedOnly ||
    (alsoKilled(c) && latest)
  );
}

// ("Elsewhere in northern Syria, troops fought battles with defectors", then "the Observatory confirmed the incident
// and said 15 prisoners had been killed": "the incident" is the article's attack, not the aside that told no dead)
const deathlessAside = (e: AttackEvent) => e.merged.killed === null && e.statements.every((x) => x.background && x.frame.newEvent);

/** Another source's figure for this attack, already joined to it, given again. */
const toldByASource = (e: AttackEvent, c: Statement) =>
  c.incident.killed !== null && c.incident.killed > 1 && e.statements.some((x) => x.altToll && !x.heading && x.incident.killed === c.incident.killed);

/** The attack's whole toll told again as the attackers' losses ("11 gang members were killed in the clashes"). */
const retoldAsAttackers = (m: ExtractedIncident, c: Statement) =>
  attackersOnlySoFar(c.incident) && !c.frame.newEvent && m.attackersKilled === null && m.killed !== null && m.killed === c.incident.attackersKilled;

// "On Saturday five civilians were killed by a mine ... On Friday, three civilians were killed by a mine": other
// days, though with no publication date neither can be dated
function otherWeekday(e: AttackEvent, c: Statement): boolean {
  return otherDays(e, c, eventWeekdays) || otherDays(e, c, eventDaysOfMonth);
}

// ("On February 7, three smugglers were killed", then "five other smugglers were killed yesterday, February 18")
function otherDays<T>(e: AttackEvent, c: Statement, daysOf: (text: string) => Set<T>): boolean {
  const mine = daysOf(c.frame.text);
  if (mine.size === 0 || c.heading) return false;
  const theirs = new Set(e.statements.filter((x) => !x.heading).flatMap((x) => [...daysOf(x.frame.text)]));
  return theirs.size > 0 && [...mine].every((d) => !theirs.has(d));
}

// "The Observatory also said a rocket struck the Adra prison": another attack the source adds, somewhere else
const alsoReportsElsewhere = (m: ExtractedIncident, c: Statement) =>
  c.ownPlace &&
  m.place !== null &&
  c.incident.place !== m.place &&
  c.frame.figure !== null &&
  ALSO_REPORTED_RE.test(c.frame.text.slice(0, c.frame.figure.start));

// "IS said it was behind the bombings that killed 31 people in Qamishli", then "two blasts in Qamishli killed 31"
const sameTown = (a: ExtractedIncident, b: ExtractedIncident) => a.place !== null && a.place === b.place && a.place !== a.province;
const toldAsAnother = (c: Statement) => c.frame.figure !== null && /^another\b/i.test(c.frame.text.slice(c.frame.figure.start, c.frame.figure.end));
// (Aleppo city bears its governorate's name: a town by its precision)
const townOnly = (a: ExtractedIncident) => a.place !== null && (a.place !== a.province || (a.geoPrecision !== null && a.geoPrecision < 3));
const otherTown = (a: ExtractedIncident, b: ExtractedIncident) => townOnly(a) && townOnly(b) && a.place !== b.place;

/** Victims besides those told, never another count of them. */
export function addsVictims(c: Statement): boolean {
  const f = c.frame.figure;
  return f !== null && (addsDead(c.frame.text, f) || alsoKilled(c));
}

// "Azzam was killed together with three others" after "killed four": the four named, no one more
const TOGETHER_WITH_OTHERS_RE = /\b(?:together|along)\s+with\s+\S+\s+others\b/i;
const namesAllDead = (m: ExtractedIncident, c: Statement) => m.killed !== null && c.incident.killed === m.killed && TOGETHER_WITH_OTHERS_RE.test(c.frame.text);

// "A child was also killed", "His driver was killed too": one more victim of the attack just told
// ("the strikes also killed eight fighters of the SDF")
const ALSO_KILLED_ACTIVE_RE = new RegExp(
  String.raw`\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|raids|attacks?|bombardment|shelling|bombings?|blasts?|explosions?)` +
    String.raw`\s+(?:had\s+|have\s+)?also\s+(?:killed|claimed)\b`,
  "i",
);
const ALSO_KILLED_RE = new RegExp(
  String.raw`\b(?:(?:was|were)\s+also|(?:had|has|have)\s+also\s+been)\s+(?:killed|shot\s+dead|slain)\b|\b(?:killed|died)\s+too\b` +
    String.raw`|\balso\s+(?:died|perished)\b|${ALSO_KILLED_ACTIVE_RE.source}`,
  "i",
);
// ("a Syrian soldier had also been killed in Homs": the province only, no town of its own)
const alsoKilled = (c: Statement) =>
  (!c.ownPlace || c.incident.place === c.incident.province) && !c.ownDated && !c.frame.newEvent && !c.heading && ALSO_KILLED_RE.test(c.frame.text);

const lastWord = (s: string | null | undefined) => s?.trim().split(/\s+/).pop()?.toLowerCase() ?? null;
const headNoun = (st: Statement) => lastWord(st.frame.figure?.victims);

/**
 * "three guards and seven civilians lost their lives ... Seven civilians also died": the attack's count told
 * again in parts (a part with the same count and noun, or an attack already told in several statements).
 */
function restatesPart(e: AttackEvent, c: Statement): boolean {
  const noun = headNoun(c);
  // ("the strikes also killed eight fighters" after fourteen civilians: dead of another kind, not a part retold)
  if (ALSO_KILLED_ACTIVE_RE.test(c.frame.text) && noun !== null && e.statements.every((x) => headNoun(x) !== noun)) return false;
  const samePart = (x: Statement) => x.frame.figure?.parts.some((p) => p.count.best === c.incident.killed && noun !== null && lastWord(p.np) === noun) ?? false;
  return e.statements.filter((x) => !x.heading).length > 1 || e.statements.some(samePart);
}

/** The dead are called what the attackers' dead were called ("mercenaries"), and number no more than them. */
function restatesAttackers(e: AttackEvent, c: Statement): boolean {
  const noun = headNoun(c);
  const killed = c.incident.killed ?? 0;
  return noun !== null && killed > 0 && killed <= (e.merged.attackersKilled ?? 0) && e.statements.some((x) => x !== c && headNoun(x) === noun);
}

/** "almost a dozen", "dozens": no exact figure, only a bound or a word. */
const roughOnly = (i: ExtractedIncident) => i.killed !== null && (i.killedVague === true || (i.killedLow === null && i.killedHigh === i.killed));

function addedCounts(a: ExtractedIncident, b: ExtractedIncident): Pick<ExtractedIncident, "killed" | "killedLow" | "killedHigh"> {
  const plus = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return { killed: a.killed! + b.killed!, killedLow: plus(a.killedLow, b.killedLow), killedHigh: plus(a.killedHigh, b.killedHigh) };
}

/** The event an incoming statement joins: only recent ones (an article tells an attack in one stretch). */
function eventFor(events: AttackEvent[], c: Statement): AttackEvent | null {
  // (a sentence split by place told its places' attacks apart on purpose)
  // (so did a list of the dead by town, one town a line)
  // (and "killed a further nine people, and another six people were killed in the town of Maasaran": more dead in
  // the sentence's next clause, though neither town is in the gazetteer)
  const sibling = (e: AttackEvent) =>
    ((c.frame.placeSplit || (toldAsAnother(c) && c.segment > 0)) && e.statements.some((x) => x.sentenceIndex === c.sentenceIndex)) ||
    (c.frame.info.listItem === true && e.statements.some((x) => x.frame.info.listItem));
  const recent = events
    .slice(-40)
    .reverse()
    .filter((e) => !sibling(e));
  // a statement that says which attack it tells (same figure, headline, "the attack") goes there first
  return (
    recent.find((e) => headlinePair(e, c) || sameAttack(e, c, e === events[events.length - 1])) ??
    recent.find((e) => secondSourcePair(e, c)) ??
    recent.find((e) => sameKindPair(e, c)) ??
    null
  );
}

/**
 * Adds a statement to its event. A headline abbreviates ("Turkish drone kills two SDF fighters" over "two
 * fighters ... and a civilian"): when a headline meets the body, the body's figures stand. A revised toll
 * ("the death toll rose to 41") supersedes the figure before it; other figures follow ACLED's rule
 * (best = lowest, low/high span the sources). The evidence stays the most informative statement.
 */
function join(e: AttackEvent, c: Statement): void {
  const wasHeadingOnly = headingOnly(e);
  const retold = undatedRetelling(e, c);
  const toldInParts = alsoKilled(c) && restatesPart(e, c);
  e.statements.push(c);
  e.spans.add(spanOf(c));
  const score = informativeness(c.incident, c.heading, c.ownPlace, c.ownDated);
  const better = score > e.evidenceScore;
  let incoming = c.incident;
  if ((c.heading && !wasHeadingOnly) || partOfAttack(e.merged, c) || toldInParts) incoming = withCounts(c.incident, e.merged);
  // (a vague body figure, "almost a dozen", does not override the headline's precise "11")
  else if (!c.heading && wasHeadingOnly && !(roughOnly(c.incident) && !roughOnly(e.merged))) e.merged = withCounts(e.merged, c.incident);
  const before = e.merged;
  if (laterRevision(before, c)) incoming = { ...incoming, date: before.date, datePrecision: before.datePrecision };
  // "foiled an attack ... 14 mercenaries were killed", then "the battles killed 14 mercenaries": the same
  // attackers' losses told again, not victims
  if (attackersOnlySoFar(before) && restatesAttackers(e, c)) {
    e.merged = { ...before, attackersKilled: Math.max(before.attackersKilled ?? 0, c.incident.killed ?? 0) };
    if (better) e.evidenceScore = score;
    return;
  }
  // "11 members of gang groups were killed", then "11 gang members were killed in the clashes" when their
  // infiltration failed: the dead counted first were the attackers
  if (retoldAsAttackers(before, c)) {
    e.merged = { ...before, killed: 0, killedLow: 0, killedHigh: 0, attackersKilled: before.killed };
    if (better) e.evidenceScore = score;
    return;
  }
  // the victims told after the attackers' losses: their count is the attack's
  if (attackersOnlySoFar(before) && (c.incident.killed ?? 0) > 0) e.merged = { ...withCounts(before, c.incident), attackersKilled: before.attackersKilled };
  e.merged = mergeIncidents(better ? [incoming, e.merged] : [e.merged, incoming], 0);
  if (
    addsVictims(c) &&
    !toldInParts &&
    !c.revision &&
    (!c.altToll || ALSO_KILLED_ACTIVE_RE.test(c.frame.text)) &&
    !wasHeadingOnly &&
    !namesAllDead(before, c) &&
    before.killed !== null &&
    c.incident.killed !== null
  ) {
    e.merged = { ...e.merged, ...addedCounts(before, c.incident) };
  }
  if (c.revision && !c.heading && c.incident.killed !== null && (before.killed === null || c.incident.killed > before.killed)) {
    e.merged = { ...e.merged, killed: c.incident.killed, killedLow: c.incident.killedLow, killedHigh: c.incident.killedHigh, killedVague: c.vague };
  }
  // a headline borrows its date from the body; a statement dated by the fallback ("SANA gave a toll of
  // 30", no day near it) does not sharpen the attack's date
  const fallback = c.dateFrom === "fallback" && !wasHeadingOnly && before.date !== null;
  const dated = !c.heading && wasHeadingOnly && c.incident.date !== null ? c.incident : fallback ? before : null;
  if (dated) e.merged = { ...e.merged, date: dated.date, datePrecision: dated.datePrecision };
  if (retold && c.background) e.merged = { ...e.merged, date: c.incident.date, datePrecision: c.incident.datePrecision };
  if (better) e.evidenceScore = score;
}

/**
 * A headline total that sums the body's attacks ("Regime and Russian bombardment claims the lives of 9"
 * over 5 and 4 told apart in the body) is their summary, not another attack.
 */
function isHeadlineSum(e: AttackEvent, events: AttackEvent[]): boolean {
  const total = e.merged.killed;
  // (with the lead's rough figure too: "HTS kills 11 soldiers" over "almost a dozen", then 8 and 3 told apart)
  const summaryOnly = headingOnly(e) || (e.statements.some((x) => x.heading) && e.statements.every((x) => x.heading || roughOnly(x.incident)));
  if (!summaryOnly || total === null || total <= 0) return false;
  const others = events.filter((o) => o !== e && !headingOnly(o) && o.merged.killed !== null && o.merged.killed < total);
  return isSumOfSeveral(
    total,
    others.map((o) => o.merged.killed!),
  );
}

/**
 * "Airstrikes destroy Al Quds hospital leaving 14 dead" over a body whose update raised the toll to above 50: a
 * headline telling the count of one statement of an attack told with other counts too is that attack.
 */
function headlineOfOneCount(e: AttackEvent, events: AttackEvent[]): boolean {
  const m = e.merged;
  if (!headingOnly(e) || m.killed === null) return false;
  return events.some(
    (o) =>
      o !== e &&
      !headingOnly(o) &&
      o.statements.some((x) => !x.heading && x.incident.killed === m.killed) &&
      o.statements.some((x) => !x.heading && x.incident.killed !== null && x.incident.killed !== m.killed) &&
      provincesOk(o.merged, m) &&
      datesOk(o.merged, m),
  );
}

/**
 * "killing dozens" beside an attack told with its figure ("the killings happened on June 11 ... 60"): a vague
 * count with no day of its own, in the same governorate, is that attack told loosely, not another one.
 */
function restatesLoosely(e: AttackEvent, events: AttackEvent[]): boolean {
  const m = e.merged;
  if (m.killedVague !== true || e.statements.some((x) => x.background || x.frame.newEvent)) return false;
  return events.some(
    (o) =>
      o !== e &&
      o.merged.killed !== null &&
      !o.merged.killedVague &&
      o.merged.killed >= (m.killed ?? 0) &&
      (e.statements.every((x) => !x.ownDated) || o.merged.date === m.date) &&
      provincesOk(o.merged, m) &&
      datesOk(o.merged, m) &&
      perpetratorsOk(o.merged, m),
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
  const kept = events.filter((e) => !isHeadlineSum(e, events) && !restatesLoosely(e, events) && !headlineOfOneCount(e, events));
  // A title that joined no attack of the body summarises it all the same ("Shelling kills four children in Hama
  // province" over a body placing them elsewhere, "Damascus court house, restaurant bombed, killing dozens" over the
  // bombings' own counts): the body's attacks stand, and the title is no attack of its own.
  return kept.filter((e) => !titleOnly(e) || !kept.some((o) => !headingOnly(o)));
}

/** Told only by the page's title line (and its repetition). */
function titleOnly(e: AttackEvent): boolean {
  return e.statements.every((x) => x.heading && x.sentenceIndex <= 1);
}
