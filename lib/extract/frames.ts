// Stage 2: each sentence with casualty figures read on its own. Its figures are classified as
// tallies (tallies.ts) or as statements about an attack; the attack statements become frames, one
// per attack the sentence tells (a sentence is cut at "a day after" or between per-place figures).
// A frame holds only what its own words say: the count with its qualifier, the wounded, the dates,
// whether it refers back to an attack or opens another. Context comes in the next stage (resolve.ts).
import type { CasualtyFigure } from "./casualties";
import { type ArticleDoc, blankOutside, maskForPlaces, type SentenceInfo } from "./doc";
import { addDays, type DateMention, findRelativeAnchors, type RelativeAnchor } from "./dates";
import {
  ANAPHORA_RE,
  ATTACK_WORD_RE,
  NAMED_ATTACK_RE,
  CONFLICT_CAUSE_RE,
  figuresDisagree,
  NEW_EVENT_RE,
  NON_CONFLICT_RE,
  SECOND_ATTACK_SPLIT_RE,
  SPLIT_ANCHOR_RE,
  TALLY_BREAKDOWN_OPEN_RE,
} from "./patterns";
import { governorateOfLabel, nameAfterFigure, resolveLocation, unlistedLocality, unlistedSpotName } from "./places";
import { readTallies, SEVERAL_PLACES_RE } from "./tallies";
import type { ExtractedTally } from "./types";

/** The deaths of one statement: several figures of one attack add up; disagreeing sources give a range. */
export interface CombinedFigure {
  best: number;
  low: number | null;
  high: number | null;
  vague: boolean;
  start: number;
  end: number;
  triggerAt: number;
  parts: CasualtyFigure["parts"];
  /** "including two civilians": part of the count, not added. */
  breakdown: CasualtyFigure["breakdown"];
  victims: string | null;
  disagreement: boolean;
  /** A share of a total told before (one figure only): see CasualtyFigure. */
  share?: boolean;
}

export interface Frame {
  info: SentenceInfo;
  /** Which statement of its sentence, and its span there. */
  segment: number;
  start: number;
  end: number;
  /** The sentence with everything outside the span blanked (offsets unchanged). */
  text: string;
  figure: CombinedFigure | null;
  injuries: CasualtyFigure[];
  injured: number | null;
  /** Some injury figure is a vague word's floor ("several others wounded" = 3). */
  injuredVague: boolean;
  /** Where the casualty word is: dates and places nearest to it win. */
  triggerAt: number;
  ownDates: DateMention[];
  /** "a day after", "two days later": relative to another attack. */
  anchors: RelativeAnchor[];
  /** Refers back to an attack already told ("the attack", "the victims"). */
  anaphoric: boolean;
  /** Opens another attack ("another strike", "separately", "last month"), or is anchored to one. */
  newEvent: boolean;
  /** One of several per-place figures of its sentence ("57 in Homs and 87 in Sayyida Zeinab"). */
  placeSplit: boolean;
  /**
   * For an elided figure of such a list ("..., 12 in Saqba"), the sentence before the list's first figure
   * ("Regime shelling killed"): its weapon is this figure's too. Empty otherwise.
   */
  listHead: string;
}

interface Segment {
  start: number;
  end: number;
  deaths: CasualtyFigure[];
  injuries: CasualtyFigure[];
}

export interface FrameReading {
  frames: Frame[];
  tallies: ExtractedTally[];
}

/** More casualty statements than this in one text is not an article; stop there (bounds the work). */
const MAX_FRAMES = 400;

export function readFrames(doc: ArticleDoc): FrameReading {
  const frames: Frame[] = [];
  const tallies: ExtractedTally[] = [];
  const state = { lastTallySince: null as { date: string; precision: ExtractedTally["sincePrecision"] } | null, lastTallySentence: -1, listLine: -1 };
  for (const info of doc.infos) {
    if (info.figures.length === 0) {
      // ("The murders left 222 fatalities ... By region, the fatalities are distributed as follows:")
      if (
        opensBreakdown(info.s.text) &&
        (state.lastTallySentence >= info.index - 2 || /\d/.test(info.s.text) || onlyListsSince(doc, state.lastTallySentence, info.index))
      ) {
        state.listLine = info.index;
      }
      // ("... which claimed 256 people, distributed as follows:" then "– Homs: 104 (102 men and two women)"): a
      // governorate's line of the total, with no casualty word of its own
      const line = state.listLine === info.index - 1 ? governorateLine(info) : null;
      if (line) {
        tallies.push(line);
        state.listLine = info.index;
      }
      continue;
    }
    if (frames.length >= MAX_FRAMES) break;
    const text = info.s.text;
    // Deaths from earthquakes, floods, accidents or disease are not conflict incidents nor tallies.
    if (NON_CONFLICT_RE.test(text) && !CONFLICT_CAUSE_RE.test(text)) continue;
    // ("A 7.8-magnitude earthquake hit Kahramanmaras ... As of Monday the death toll stands at 35,000": its toll)
    const prev = doc.infos[info.index - 1]?.s.text ?? "";
    if (/\btoll\b/i.test(text) && NON_CONFLICT_RE.test(prev) && !CONFLICT_CAUSE_RE.test(prev) && !CONFLICT_CAUSE_RE.test(text)) continue;
    // "... following the February 6 earthquake, which killed close to 30,000": that figure's own clause
    const nonConflict = (f: CasualtyFigure) => NON_CONFLICT_RE.test(text.slice(Math.max(0, f.start - 60), f.start));
    const deaths = info.figures.filter((f) => f.kind === "death" && !nonConflict(f));
    const injuries = info.figures.filter((f) => f.kind === "injury");
    // "... at 321, as follows:" then "24 ISIS members killed by regime forces", "37 civilians killed in ISIS attacks":
    // the categories of the total, each a tally of its own
    if (state.listLine >= 0 && state.listLine === info.index - 1 && deaths.length > 0 && listedCategory(doc, info)) {
      tallies.push(...deaths.map((f) => categoryTally(info, f)));
      state.listLine = info.index;
      continue;
    }
    // (a town's line of a list of the day's dead by town is that town's attack, whatever its words)
    const read = info.listItem ? { tallies: [], incidentDeaths: deaths, disagree: false } : readTallies(doc, info, deaths, state);
    state.listLine = read.tallies.length > 0 && opensBreakdown(text) ? info.index : -1;
    // "nineteen soldiers and three civilians were killed, raising the day's toll to 22": the toll is the
    // same dead as the attack told in the sentence, not a running total beside it
    const told = read.incidentDeaths.reduce((a, f) => a + f.best, 0);
    read.tallies = read.tallies.filter((t) => told === 0 || t.count !== told || read.sharedOut);
    tallies.push(...read.tallies);
    if (read.tallies.length) state.lastTallySentence = info.index;
    // "Of those, 149 civilians perished", "Civilians: 327 ...": the breakdown of the tally just told.
    const nearTally = state.lastTallySentence >= 0 && info.index - state.lastTallySentence <= 2;
    const announced = state.lastTallySentence >= 0 && info.index - state.lastTallySentence <= 4 && announcesBreakdown(doc, info);
    // ("Of these, 44 fell in Homs": a town's share of the country's toll is that town's attack)
    const placed = doc.placeOf(info) !== null && PLACED_DEATH_RE.test(text);
    if (!read.tallies.length && read.incidentDeaths.length > 0 && ((nearTally && TALLY_BREAKDOWN_OPEN_RE.test(text) && !placed) || announced)) {
      state.lastTallySentence = info.index;
      continue;
    }
    if (read.incidentDeaths.length === 0 && (read.tallies.length > 0 || injuries.length === 0)) continue;
    frames.push(...framesOf(doc, info, read.incidentDeaths, injuries, read.disagree));
  }
  return { frames, tallies };
}

// "The LCC's latest report breaks the casualties down like this:": the lines after it split the tally told
const BREAKDOWN_ANNOUNCE_RE = /\b(?:breaks?|broken|broke)\b[^.;]{0,40}\bdown\b|\bas\s+follows\b|\bdistributed\s+(?:as|among|across|by)\b/i;

const PLACED_DEATH_RE = /\b(?:fell|died|were\s+killed)\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z]/;
export const opensBreakdown = (text: string) => /:\s*$/.test(text) && BREAKDOWN_ANNOUNCE_RE.test(text);

// ("146 martyrs ... The civilian martyrs break down as follows: – 41 children. – 18 women. By province, they are spread as
// follows:"): a second breakdown of the same total, after the first one and its list lines
const BULLET_LINE_RE = /^\s*(?:[-–—•*]|\d+[.)])\s*/;
function onlyListsSince(doc: ArticleDoc, tallyAt: number, at: number): boolean {
  if (tallyAt < 0) return false;
  const between = doc.infos.slice(tallyAt + 1, at);
  const first = between.findIndex((x) => opensBreakdown(x.s.text));
  return first >= 0 && first <= 2 && between.slice(first + 1).every((x) => BULLET_LINE_RE.test(x.s.text) || opensBreakdown(x.s.text));
}

/** A line of a total's breakdown that names no single place or day: a category of the dead, not an attack. */
function listedCategory(doc: ArticleDoc, info: SentenceInfo): boolean {
  if (doc.eventDates(info).some((d) => d.precision === "day") || daysListByGovernorate(doc, info)) return false;
  const place = doc.placeOf(info);
  return place === null || place.geoPrecision === 3 || governorateLabel(info.s.text) || SEVERAL_PLACES_RE.test(info.s.text);
}

// ("gave yesterday's toll by province as follows:" then "Aleppo: 13 martyrs, including 6 children"): one day's dead by
// governorate are each governorate's incident of that day; a month's or a year's stay categories of its total
const DAYS_TOLL_RE = /\b(?:yesterday|today|tonight)['’]s\b|\b(?:daily|day['’]s)\s+(?:toll|report|tally|count)\b/i;
function daysListByGovernorate(doc: ArticleDoc, info: SentenceInfo): boolean {
  if (!governorateLabel(info.s.text)) return false;
  let at = info.index - 1;
  while (at > 0 && !opensBreakdown(doc.infos[at]!.s.text)) at--;
  const opener = doc.infos[at];
  if (!opener || !opensBreakdown(opener.s.text) || info.index - at > 16) return false;
  return DAYS_TOLL_RE.test(opener.s.text) || doc.eventDates(opener).some((d) => d.precision === "day");
}

// "Daraa: 65 murder crimes left 76 dead": a line filed under a governorate's name, though a city bears it too
const LABEL_RE = /^(?:[-•*]\s*)?((?:Al-)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s*:\s/u;
// ("– 95 martyrs in Dara' province.": a list line of a total by governorate)
const IN_GOVERNORATE_RE = /\bin\s+((?:Al-)?[A-Z][\p{L}'’-]+)\s+(?:province|governorate)\b/u;
function governorateLabel(text: string): boolean {
  const m = LABEL_RE.exec(text);
  return (m !== null && governorateOfLabel(m[1]!) !== null) || IN_GOVERNORATE_RE.test(text);
}

const GOVERNORATE_LINE_RE = /^(?:[-–•*]\s*)?((?:Al-)?[A-Z][\p{L}'’-]+(?:\s+[A-Za-z][\p{L}'’-]+){0,2})\s*:\s*(\d{1,3}(?:,\d{3})*)(?=\s*[(,.;]|\s*$)/u;

function governorateLine(info: SentenceInfo): ExtractedTally | null {
  const m = GOVERNORATE_LINE_RE.exec(info.s.text);
  if (!m || governorateOfLabel(m[1]!) === null) return null;
  const count = Number(m[2]!.replace(/,/g, ""));
  return {
    ...categoryTallyBase(info),
    count,
    countLow: count,
    countHigh: count,
    countVague: false,
    description: `killed in ${m[1]} (part of the total before)`,
  };
}

const categoryTallyBase = (info: SentenceInfo) => ({
  since: null,
  sincePrecision: null,
  reportedBy: null,
  evidence: info.s.text,
  evidenceStart: info.s.start,
  evidenceEnd: info.s.end,
});

function categoryTally(info: SentenceInfo, f: CasualtyFigure): ExtractedTally {
  return {
    count: f.best,
    countLow: f.low,
    countHigh: f.high,
    countVague: f.vague,
    description: `${f.victims ?? "people"} killed (part of the total before)`.replace(/\s+/g, " "),
    ...categoryTallyBase(info),
  };
}

function announcesBreakdown(doc: ArticleDoc, info: SentenceInfo): boolean {
  const prev = doc.infos[info.index - 1];
  if (prev === undefined || !/:\s*$/.test(prev.s.text) || !BREAKDOWN_ANNOUNCE_RE.test(prev.s.text)) return false;
  // a countrywide toll split by governorate (one attack's dead split by village are that attack's incidents)
  const provinces = new Set(
    info.s.text
      .split(/[,;]/)
      .map((part) => resolveLocation(part)?.province)
      .filter(Boolean),
  );
  return provinces.size >= 3;
}

/** The frames of one sentence: one per attack it tells. */
function framesOf(doc: ArticleDoc, info: SentenceInfo, deaths: CasualtyFigure[], injuries: CasualtyFigure[], disagree: boolean): Frame[] {
  const text = info.s.text;
  // "Russian strikes killed 32 jihadists on Monday, a day after the group killed nine soldiers": two attacks.
  let segments = splitAtAnchors(text, deaths, injuries);
  // "57 people were killed in Homs and 87 in Sayyida Zeinab": one figure per place, each its own statement.
  const perPlace = segments.length === 1 && !disagree ? splitByPlace(text, deaths, injuries) : null;
  if (perPlace) segments = perPlace;
  // "Thirteen people died on Thursday and two were killed on Friday": one figure per day, each its own statement.
  const perDay = segments.length === 1 && !disagree ? splitByDay(text, deaths, injuries, doc.eventDates(info)) : null;
  if (perDay) segments = perDay;
  // (the first place's figure: a day told before it is every place's, "37 died on Thursday, including 22 in Homs, 7 in ...")
  const opening = segments[0]?.deaths[0]?.start ?? 0;
  return segments.map((seg, k) => frameOf(doc, info, seg, k, perPlace !== null, perDay !== null, opening));
}

// a clause cut off at ", while the number of ... rose to 3" tells another attack's toll, not an update of the first
const OTHER_TOLL_CLAUSE_RE = /^,\s*(?:while|whereas)\s+the\s+(?:number\s+of|death\s+toll|toll|bodies\s+of)\b/i;

function frameOf(doc: ArticleDoc, info: SentenceInfo, seg: Segment, segment: number, placeSplit: boolean, daySplit = false, opening = 0): Frame {
  const full = info.s.text;
  // (split by day, the figures share the sentence's place and attacker: only the dates are each segment's own)
  const text = daySplit || (seg.start === 0 && seg.end >= full.length) ? full : blankOutside(full, seg.start, seg.end);
  const figure = combineFigures(text, seg.deaths);
  const triggerAt = figure ? figure.triggerAt : seg.injuries[0]!.triggerAt;
  const inSegment = doc.datesOf(info).filter((d) => d.start >= seg.start && d.end <= seg.end);
  // ("On 21/10/2023 the raids killed three in Kafranbel, and seven in Tal Hawash": the sentence's opening day is
  // every place's)
  const firstToll = Math.max(info.figures.find((x) => x.kind === "death")?.start ?? 0, opening);
  const dates = placeSplit && segment > 0 && inSegment.length === 0 ? doc.datesOf(info).filter((d) => d.end <= firstToll) : inSegment;
  // ("the day before yesterday" is a date, not the anchor "the day before")
  const anchors = findRelativeAnchors(text, triggerAt).filter(
    (a) =>
      a.start >= seg.start &&
      a.end <= seg.end + 40 &&
      !dates.some((d) => a.start < d.end && d.start < a.end) &&
      // ("After the attack 23 dead bodies were found": the attack's own dead, no second attack after it)
      !(AFTER_THE_ATTACK_RE.test(a.text) && !ATTACK_WORD_RE.test(text.slice(a.end))),
  );
  // An attack told over a span of the last days ("since the day before yesterday, clashes have killed 29")
  // starts on that day.
  const own = dates.filter((d) => !d.reporting && d.periodBound === null);
  const recent = (d: DateMention) => doc.pub !== null && d.date >= addDays(doc.pub, -7);
  const ownDates = own.length > 0 ? own : dates.filter((d) => d.periodBound === "since" && d.precision === "day" && !d.reporting && recent(d));
  return {
    info,
    segment,
    start: seg.start,
    end: seg.end,
    text,
    figure,
    injuries: seg.injuries,
    injured: seg.injuries.length > 0 ? seg.injuries.reduce((a, f) => a + f.best, 0) : null,
    injuredVague: seg.injuries.some((f) => f.vague),
    triggerAt,
    ownDates,
    anchors,
    // ("He was killed on the spot", "His body was found": the person the sentence before told of)
    anaphoric:
      ANAPHORA_RE.test(text) || NAMED_ATTACK_RE.test(text) || (figure !== null && /^(?:he|she|his|her|their)\b/i.test(full.slice(figure.start, figure.end))),
    newEvent: NEW_EVENT_RE.test(text) || anchors.length > 0 || (segment > 0 && OTHER_TOLL_CLAUSE_RE.test(full.slice(seg.start))),
    placeSplit,
    listHead: placeSplit && segment > 0 && figure !== null && figure.triggerAt === figure.start ? full.slice(0, firstToll) : "",
  };
}

/** Split a sentence's figures into statements at relative anchors ("a day after") or a second attack ("the second car bomb") between two death figures. */
function splitAtAnchors(text: string, deaths: CasualtyFigure[], injuries: CasualtyFigure[]): Segment[] {
  const whole: Segment = { start: 0, end: text.length, deaths, injuries };
  if (deaths.length < 2) return [whole];
  const cuts: number[] = [];
  const fights = [...text.matchAll(WHILE_IN_CLASHES_RE)].filter((m) => BOMBING_WORD_RE.test(text.slice(0, m.index)));
  for (const m of [...text.matchAll(SPLIT_ANCHOR_RE), ...text.matchAll(SECOND_ATTACK_SPLIT_RE), ...fights].sort((a, b) => a.index! - b.index!)) {
    const at = m.index! < deaths[deaths.length - 1]!.start ? m.index! : clauseBefore(text, deaths, m.index!);
    if (at !== null && deaths.some((f) => f.end <= at) && deaths.some((f) => f.start >= at) && !cuts.includes(at)) cuts.push(at);
  }
  if (cuts.length === 0) return [whole];
  const bounds = [0, ...cuts, text.length];
  const segs: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [a, b] = [bounds[k]!, bounds[k + 1]!];
    const d = deaths.filter((f) => f.start >= a && f.start < b);
    const i = injuries.filter((f) => f.start >= a && f.start < b);
    if (d.length > 0 || i.length > 0) segs.push({ start: a, end: b, deaths: d, injuries: i });
  }
  return segs.length > 0 ? segs : [whole];
}

/**
 * "..., and five others were killed in a similar attack": a second attack named after its figure starts at
 * the clause boundary (", and", ", while", ";") before that figure.
 */
function clauseBefore(text: string, deaths: CasualtyFigure[], at: number): number | null {
  const k = deaths.findLastIndex((f) => f.end <= at);
  if (k < 1) return null;
  const cut = lastCut(text, deaths[k - 1]!.end, deaths[k]!.start, /,\s*(?:and|while|whereas)\s+|;\s*/g);
  return cut >= 0 ? cut : null;
}

/** Where the last clause boundary (`boundary`, a global pattern) between two figures starts, or -1. */
function lastCut(text: string, from: number, to: number, boundary: RegExp): number {
  const m = [...text.slice(from, to).matchAll(boundary)].at(-1);
  return m ? from + m.index! : -1;
}

/**
 * Split a sentence's death figures by place when each is followed by its own place ("57 in Homs and 87 in
 * Sayyida Zeinab"): the first statement keeps the sentence's start (its subject and verb). A clause boundary
 * between two figures (", while Russian warplanes killed 4 others") starts the next segment, so each
 * attacker stays with its own figure.
 */
function splitByPlace(text: string, deaths: CasualtyFigure[], injuries: CasualtyFigure[]): Segment[] | null {
  if (deaths.length < 2) return null;
  const cutBefore = (f: CasualtyFigure, k: number) => {
    const cut = lastCut(text, deaths[k]!.end, f.start, /,\s*(?:while|whereas|and|also)\s+|;\s*/g);
    return cut >= 0 ? cut : f.start;
  };
  const bounds = [0, ...deaths.slice(1).map(cutBefore), text.length];
  const segs: Segment[] = [];
  const places = new Set<string>();
  let listed = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [a, b, f] = [bounds[k]!, bounds[k + 1]!, deaths[k]!];
    // the place after the figure ("killed 4 others in the village of X"), else the one its clause opens with
    // (", while Russian jets struck Saraqib, killing four": a clause cut at "while" or ";")
    const after = f.atPlace ? f.start : f.end;
    const loc = resolveLocation(maskForPlaces(text.slice(after, b))) ?? (a < f.start ? resolveLocation(maskForPlaces(text.slice(a, f.start))) : null);
    // ("and seven in the town of Tal Hawash": a town the gazetteer lacks is a place of its own all the same)
    const clause = text.slice(after, b);
    // ("and another 17 civilians died in other battlefront towns": places apart from the ones named, told as such)
    const apart = k > 0 && ANOTHER_RE.test(text.slice(a, f.end)) ? (OTHER_PLACES_RE.exec(clause)?.[0] ?? null) : null;
    // ("Seven people were killed in the city centre, six in the village of Binnish": the centre of the town told)
    const centre = CITY_CENTRE_RE.exec(clause)?.[0] ?? null;
    // (", while the planes carried out similar raids on the town of Hazza, killing one civilian": the town before its figure)
    const before = a < f.start ? unlistedLocality(text.slice(a, f.start)) : null;
    const typed = loc?.province ? null : (unlistedLocality(clause) ?? unlistedSpotName(clause) ?? apart ?? centre ?? before);
    const unlisted = typed ?? (loc?.province ? null : nameAfterFigure(clause));
    if (!unlisted && (!loc || loc.province === null)) return null;
    if (!unlisted || typed) listed++;
    // (a roundup may list a governorate twice with two counts, "five in Hama and Idlib each, ..., two in Idlib")
    places.add(`${unlisted ?? loc!.place ?? loc!.province!}|${f.best}`);
    segs.push({ start: a, end: b, deaths: [f], injuries: injuries.filter((i) => i.start >= a && i.start < b) });
  }
  // (a bare name only counts in a list that names at least one place the gazetteer knows, or told as a place: "the X neighborhood")
  return places.size === segs.length && listed > 0 ? segs : null;
}

const CITY_CENTRE_RE = /\bthe\s+(?:city|town)(?:['’]s)?\s+cent(?:re|er)\b/i;
const OTHER_PLACES_RE = /\bin\s+other\s+(?:[\w-]+\s+)?(?:towns|areas|villages|parts|districts|neighbou?rhoods|cities|provinces)\b|\belsewhere\b/i;
const ANOTHER_RE = /\b(?:another|more|further)\b/i;
const WEEKDAY_G_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** Each death figure with a day of its own, all days different: one segment per figure, cut at "and" or a comma. */
function splitByDay(text: string, deaths: CasualtyFigure[], injuries: CasualtyFigure[], dates: DateMention[]): Segment[] | null {
  if (deaths.length < 2) return null;
  const days = dates.filter((d) => d.precision === "day");
  const cuts = deaths.slice(1).map((f, k) => lastCut(text, deaths[k]!.end, f.start, /,\s*(?:and|while|whereas)?\s*|;\s*|\s+and\s+/g));
  if (cuts.includes(-1)) return null;
  const bounds = [0, ...cuts, text.length];
  const segs: Segment[] = [];
  const seen = new Set<string>();
  // (with no publication date a weekday is no date, yet "on Thursday ... and on Wednesday" still tells two days)
  const dayOf = (a: number, b: number) => {
    const own = days.filter((d) => d.start >= a && d.end <= b);
    if (days.length > 0) return own.length === 1 ? own[0]!.date : null;
    const names = text.slice(a, b).match(WEEKDAY_G_RE) ?? [];
    return names.length === 1 ? names[0]!.toLowerCase() : null;
  };
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [a, b] = [bounds[k]!, bounds[k + 1]!];
    const day = dayOf(a, b);
    if (day === null || seen.has(day)) return null;
    seen.add(day);
    segs.push({ start: a, end: b, deaths: [deaths[k]!], injuries: injuries.filter((i) => i.start >= a && i.start < b) });
  }
  return segs;
}

/** Several death figures in one statement: disagreeing sources give a range; otherwise they add up. */
const WITH_TOLL_GAP_RE = /,\s*with\s+(?:(?:the\s+)?(?:death\s+)?toll\s+(?:at|reaching|standing\s+at)\s+)?$/i;

// ("a car bomb attack in al-Bab killed one Turkish soldier, while 11 ISIS militants were killed in clashes on
// Sunday": a bombing, then a fight told in its own clause)
const WHILE_IN_CLASHES_RE = /,\s*(?:while|whereas)\s+(?=[^.;]{0,80}?\b(?:killed|died)\s+in\s+(?:the\s+)?(?:clashes|fighting|battles|confrontations)\b)/gi;
const BOMBING_WORD_RE = /\b(?:car\s+bomb|bomb(?:ing)?|blast|explosion|explosive\s+device|IED|landmine|mine|suicide)\b/i;
const AFTER_THE_ATTACK_RE = /^(?:following|after|in\s+the\s+wake\s+of)\s/i;
const DASH_BREAKDOWN_GAP_RE = /\s(?:--|—|–)\s/;

export function combineFigures(text: string, figs: CasualtyFigure[]): CombinedFigure | null {
  if (figs.length === 0) return null;
  const first = figs[0]!;
  if (figs.length === 1) return { ...first, disagreement: false };
  // ("dozens of people were killed when ISIS militants overran villages ..., with more than 200 people killed"):
  // the vague word and the number after it are the same dead
  const [a, b] = figs as [CasualtyFigure, CasualtyFigure];
  if (figs.length === 2 && a.vague && !b.vague && b.best >= a.best && WITH_TOLL_GAP_RE.test(text.slice(a.end, b.start))) return { ...b, disagreement: false };
  // ("at least 11 people were killed ... -- four soldiers shot by terrorists and seven civilians killed by the
  // security forces"): after a dash, the total's own breakdown
  if (figs.length === 2 && b.best < a.best && DASH_BREAKDOWN_GAP_RE.test(text.slice(a.end, b.start))) return { ...a, disagreement: false };
  if (figuresDisagree(text, figs)) {
    // "Dozens of fighters were killed ..., with the monitor putting the toll at 37": the number, not the word
    const pool = figs.some((f) => !f.vague) ? figs.filter((f) => !f.vague) : figs;
    const minF = pool.reduce((a, f) => (f.best < a.best ? f : a), pool[0]!);
    return {
      ...minF,
      best: Math.min(...pool.map((f) => f.best)),
      low: Math.min(...pool.map((f) => f.low ?? f.best)),
      high: Math.max(...pool.map((f) => f.high ?? f.best)),
      vague: pool.every((f) => f.vague),
      start: first.start,
      end: figs[figs.length - 1]!.end,
      disagreement: true,
    };
  }
  let low: number | null = 0;
  let high: number | null = 0;
  for (const f of figs) {
    low = low === null || f.low === null ? null : low + f.low;
    high = high === null || f.high === null ? null : high + f.high;
  }
  const victims = figs.map((f) => f.victims).filter((v): v is string => v !== null);
  return {
    best: figs.reduce((a, f) => a + f.best, 0),
    low,
    high,
    vague: figs.some((f) => f.vague),
    start: first.start,
    end: figs[figs.length - 1]!.end,
    triggerAt: first.triggerAt,
    parts: figs.flatMap((f) => f.parts),
    breakdown: figs.flatMap((f) => f.breakdown),
    victims: victims.join(" and ") || null,
    disagreement: false,
  };
}
