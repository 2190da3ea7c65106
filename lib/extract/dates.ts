// Dates relative to the publication date, each with a precision (day, week, month, year).
//
// chrono-node parses explicit dates and weekdays; we correct what it gets wrong for news:
// - weekdays ("on Tuesday", "this Sunday") are the latest such day on or before publication (chrono may
//   pick the coming one); "last Tuesday" is the latest strictly before publication;
// - a month or a day-and-month without a year is the latest one on or before publication;
// - "In August, 33 soldiers" is not the year 2033: a year must be written with four digits;
// - week/month/year phrases ("last week", "earlier this month", "this year") get their precision here;
// - a date right after a reporting verb ("said on Friday", "claimed responsibility Friday") is flagged
//   `reporting`: it dates the statement, not the event.
// Relative anchors ("one day after", "days earlier", "the same day") are returned separately: they are
// resolved against the incident told just before, which only the caller knows.
import * as chrono from "chrono-node";
import type { DatePrecision } from "./types";

export interface DateValue {
  date: string; // YYYY-MM-DD (first day of the month for month precision, Jan 1 for year precision)
  precision: DatePrecision;
}

export type DateKind = "explicit" | "weekday" | "relative" | "week" | "month" | "year";

export interface DateMention extends DateValue {
  text: string;
  start: number;
  end: number;
  kind: DateKind;
  /** The date of a statement ("said on Friday"), not of the event. */
  reporting: boolean;
  /** Introduced by "since"/"from"/"until": a period bound, not the event's date. */
  periodBound: "since" | "until" | null;
}

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

export function precisionRank(p: DatePrecision): number {
  return PRECISION_RANK[p];
}

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function fromIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(fromIso(iso).getTime() + days * DAY_MS));
}

/** The latest given weekday (0 = Sunday) on or before `ref` (strictly before when `strict`). */
export function latestWeekday(ref: string, weekday: number, strict = false): string {
  const d = fromIso(ref);
  let diff = (d.getUTCDay() - weekday + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(ref, -diff);
}

/** The first day of the latest given month (1-12) on or before `ref`'s month. */
export function latestMonth(ref: string, month: number): string {
  const d = fromIso(ref);
  let y = d.getUTCFullYear();
  if (month > d.getUTCMonth() + 1) y--;
  return `${y}-${String(month).padStart(2, "0")}-01`;
}

/** Normalise a date to its precision's canonical form (month → first day, year → Jan 1). */
export function canonical(date: string, precision: DatePrecision): string {
  if (precision === "month") return `${date.slice(0, 7)}-01`;
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  return date;
}

/** The interval [from, to] (ISO dates, inclusive) a dated value may stand for. */
export function dateInterval(v: DateValue): [string, string] {
  switch (v.precision) {
    case "day":
      return [v.date, v.date];
    case "week":
      // a week-precision date may be a few days either side of the date we store
      return [addDays(v.date, -6), addDays(v.date, 6)];
    case "month": {
      const d = fromIso(canonical(v.date, "month"));
      const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      return [toIso(d), toIso(end)];
    }
    case "year":
      return [`${v.date.slice(0, 4)}-01-01`, `${v.date.slice(0, 4)}-12-31`];
  }
}

/** True when two dated values can be the same day, each within its own precision. */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  return a0 <= b1 && b0 <= a1;
}

/** Shift a reference date by a number of days, with the resulting precision. */
export function shiftDate(ref: DateValue, days: number, precision: DatePrecision): DateValue {
  const p = coarser(ref.precision, precision);
  if (p === "month" || p === "year") return { date: canonical(ref.date, p), precision: p };
  return { date: addDays(ref.date, days), precision: p };
}

// Cheap test before calling chrono: only text that may hold a date.
const DATE_HINT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|week|weekend|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep`,
      String.raw`oct|nov|dec|(?:19|20)\d\d|morning|night|midnight|dawn|dusk|evening|afternoon|eid`,
    ].join("|") +
    String.raw`)`,
  "i",
);
const CHRONO_HINT_RE = new RegExp(
  String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|ago|jan|jan` +
    String.raw`uary|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september|oct|october|nov|november|dec|december)\b` +
    String.raw`|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  "i",
);
// ("the morning of Wednesday, January 8, 2025": a weekday may come before the date)
const TIME_OF_DAY_BEFORE_DATE_RE =
  /\b(?:morning|evening|night|afternoon|dawn|dusk)\s+(?=(?:on|of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]+\s+\d|\d{1,2}\s+[A-Z]))/g;
const REL_TEXT_RE = /\b(?:after|before|later|earlier|following|previous|next|same)\b/i;
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const FOUR_DIGIT_YEAR_RE = /\b(?:19|20)\d\d\b/;
const REPORTING_BEFORE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`said|says|say|told|tells|reported|reports|announced|announces|claimed|claims|stated|states|added|confirmed|published|issued|posted`,
      String.raw`wrote|tweeted|warned|emphasi[sz]ed|noted|declared|statement|responsibility|urged|called`,
    ].join("|") +
    String.raw`)\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+|in\s+a\s+statement\s+(?:on\s+)?)?$` +
    // "the Observatory, which gave the figures on Monday": when a count was given out
    String.raw`|\b(?:gave|released|provided|published|issued|updated)\s+(?:the\s+|its\s+|these\s+)?` +
    String.raw`(?:figures?|tolls?|numbers?|counts?|data|tally)\s+(?:on\s+|late\s+|early\s+)?$` +
    // "By Thursday the death toll had reached 246": when a count stood, not when anyone died
    String.raw`|(?:^|[,;]\s*|\s)[Bb]y\s+(?:late\s+|early\s+)?$`,
  "i",
);
/** The weekdays on which exactly one of the given full dates falls, with that date. */
export function weekdayDatesOf(dates: readonly string[]): Map<number, string> {
  const by = new Map<number, Set<string>>();
  for (const d of dates) {
    const wd = fromIso(d).getUTCDay();
    by.set(wd, (by.get(wd) ?? new Set()).add(d));
  }
  return new Map([...by].filter(([, ds]) => ds.size === 1).map(([wd, ds]) => [wd, [...ds][0]!]));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
// "11 February", "the 18th of February", "February 18": a day and a month, with no year after them
const DAY_MONTH_SRC =
  String.raw`(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>${MONTH_WORD})|(?<m2>${MONTH_WORD})\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?)` +
  String.raw`\b(?!\s*,?\s*(?:19|20)\d\d)`;
const WEEKDAY_DAY_MONTH_RE = new RegExp(String.raw`\b(?<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:the\s+)?${DAY_MONTH_SRC}`, "gi");
const DAY_MONTH_RE = new RegExp(String.raw`\b${DAY_MONTH_SRC}`, "gi");

/** The month (0-11) and day a DAY_MONTH_SRC match names. */
function monthDayOf(g: Partial<Record<string, string>>): { month: number; day: number } {
  return { month: MONTHS.indexOf((g.m1 ?? g.m2!).slice(0, 3).toLowerCase()), day: Number(g.d1 ?? g.d2) };
}

/**
 * "exploded on Tuesday, 11 February" on a page with no publication date and no full date: the one year
 * named in the text in which 11 February is a Tuesday (labellers read "the current year 2025" so), else null.
 */
export function weekdayCheckedDate(text: string): string | null {
  const years = [...new Set([...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])))];
  for (const m of text.matchAll(WEEKDAY_DAY_MONTH_RE)) {
    const { month, day } = monthDayOf(m.groups!);
    const weekday = WEEKDAY_NUM[m.groups!.wd!.toLowerCase()];
    const dates = years.map((y) => new Date(Date.UTC(y, month, day))).filter((d) => d.getUTCDay() === weekday && d.getUTCDate() === day);
    if (dates.length === 1) return toIso(dates[0]!);
  }
  return null;
}

/** A weekday's name, for patterns elsewhere ("Tuesday's attack"). */
export const WEEKDAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const WEEKDAY_NAME_RE = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, "gi");

/**
 * The weekdays a text names as days things happened (not "said on Monday", not "since Sunday"), known even
 * when there is no publication date to turn them into dates.
 */
export function eventWeekdays(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(WEEKDAY_NAME_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (REPORTING_BEFORE_RE.test(before) || SINCE_BEFORE_RE.test(before) || UNTIL_BEFORE_RE.test(before)) continue;
    out.add(weekdayFromText(m[0])!);
  }
  return out;
}

/**
 * The days of the month a text names as days things happened, as "month-day" ("On February 7" -> "1-7"), known
 * even with no year to place them in.
 */
export function eventDaysOfMonth(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(DAY_MONTH_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (REPORTING_BEFORE_RE.test(before) || SINCE_BEFORE_RE.test(before) || UNTIL_BEFORE_RE.test(before)) continue;
    const { month, day } = monthDayOf(m.groups!);
    if (month >= 0 && day >= 1 && day <= 31) out.add(`${month}-${day}`);
  }
  return out;
}

// ("the heavier fighting for Wadi Barada that began on December 22": when a period of fighting started)
// "On Tuesday the Observatory said the toll of yesterday's bombings ...": the day a source spoke, told before it
const REPORTING_AFTER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:the\s+|a\s+)?(?:(?:[A-Z][\w'’-]*|for|of|al-[\w'’-]+)\s+){1,6}` +
    String.raw`(?:said|reported|announced|told|stated|confirmed|added|claimed)\b`,
);

const SUPERLATIVE_BEFORE_RE = /\b(?:deadliest|biggest|largest|worst|bloodiest|heaviest|fiercest|most\s+\w+)\b[^.;,]{0,50}$/i;

const SINCE_BEFORE_RE = new RegExp(
  String.raw`\b(?:since|from|starting|beginning)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+|end\s+of\s+)?(?:early\s+|late\s+|mid-?)?$` +
    String.raw`|\b(?:fighting|offensive|campaign|battles?|escalation|siege|clashes|operation)\s+(?:[^,;.]{0,40}\s)?` +
    String.raw`(?:that|which)\s+(?:began|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$`,
  "i",
);
// "since the regime offensive began on April 30", "since the SDF launched its offensive ... on September 10":
// a date inside a clause opened by "since" is the period's start, not an event date.
const SINCE_CLAUSE_RE = /\b[Ss]ince\s+(?:the|its|their|it|they|he|she|we|an?|[A-Z][\w-]*)\b[^,;.:!?()]*$/;
const UNTIL_BEFORE_RE = /\b(?:until|till|to|through|before|prior\s+to|ahead\s+of)\s+(?:early\s+|late\s+|mid-?)?$/i;

// Phrases we resolve ourselves (chrono gives no precision for them, or a wrong one).
const PHRASE_RE = new RegExp(
  String.raw`\b(?:(?:earlier\s+|later\s+|late\s+|early\s+)?(this|last|past|previous)\s+(week|weekend|month|year)|(?:over|at|during)\s` +
    String.raw`+the\s+(weekend)|the\s+day\s+before\s+yesterday|(?:in|since|during|of|early|late|mid-?|by|until|from)\s+((?:19|20)\d\d)(` +
    String.raw`?![-/]\d)(?!\s*(?:people|soldiers|civilians|members|fighters))|(?:a|an|the)\s+((?:19|20)\d\d)(?=\s+(?:[\w-]+\s+){0,2}?(?:attac` +
    String.raw`k|bombing|car\s+bomb|strike|airstrike|massacre|ambush|assassination|explosion|blast|raid|offensive|shelling)\b))\b`,
  "gi",
);

let reusableParser: chrono.Chrono | null = null;
function parser(): chrono.Chrono {
  reusableParser ??= chrono.en.casual.clone();
  return reusableParser;
}

const WEEKDAY_NUM: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

function weekdayFromText(s: string): number | null {
  const m = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*day\b/i.exec(s);
  return m ? (WEEKDAY_NUM[m[1]!.toLowerCase()] ?? null) : null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** A date found in the text, before the words around it are read. */
type FoundDate = Omit<DateMention, "reporting" | "periodBound">;

/** What one findDates call reads and fills: the text, its anchors, and the mentions found so far. */
interface DateScan {
  text: string;
  ref: string | null;
  yearContext: string | null;
  /** With no publication date, the one full date the article tells for a weekday (a caption's, a post's). */
  weekdayDates: ReadonlyMap<number, string> | null;
  out: DateMention[];
}

/**
 * Every date in `text` resolved against the publication date `published` (YYYY-MM-DD). Returns [] when
 * there is no publication date (nothing can be anchored) unless the dates are absolute.
 */
export function findDates(
  text: string,
  published: string | null,
  yearContext: string | null = null,
  weekdayDates: ReadonlyMap<number, string> | null = null,
): DateMention[] {
  if (!DATE_HINT_RE.test(text)) return [];
  const scan: DateScan = { text, ref: published ?? null, yearContext, weekdayDates, out: [] };
  // Our own phrases first: chrono skips whatever they already cover.
  addPhraseDates(scan);
  // chrono is the slowest step of the whole extractor: call it only when its words occur.
  if (CHRONO_HINT_RE.test(text)) addChronoDates(scan);
  scan.out.sort((a, b) => a.start - b.start);
  markSpeakersDays(scan);
  return scan.out;
}

/** A day told before a source speaks is the statement's, when what the source says carries a day of its own. */
function markSpeakersDays(scan: DateScan): void {
  for (const m of scan.out) {
    if (m.reporting || !REPORTING_AFTER_RE.test(scan.text.slice(m.end, m.end + 90))) continue;
    m.reporting = scan.out.some((o) => o.start > m.end && !o.reporting && o.periodBound === null);
  }
}

const PLACE_TAKEN_BEFORE_RE =
  /,\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:liberated|captured|seized|taken|retaken|recaptured|occupied|freed)\b[^,;.]{0,60}$/i;

/** Records a mention, flagged by the words just before it (reporting verb, "since", "until"). */
function addMention(scan: DateScan, m: FoundDate): void {
  const { text } = scan;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const clause = text.slice(Math.max(0, m.start - 90), m.start);
  // "the deadliest since March 2017, when a suicide attack killed 31": the date of that attack
  const whenAfter = /^\s*,?\s*when\b/i.test(text.slice(m.end, m.end + 12));
  const since = (SINCE_BEFORE_RE.test(before) || SINCE_CLAUSE_RE.test(clause)) && !whenAfter;
  const periodBound = since ? "since" : UNTIL_BEFORE_RE.test(before) ? "until" : null;
  // ("one of the biggest the militants have mounted this year", "the deadliest in years"): a yardstick, no date
  if (!since && !whenAfter && SUPERLATIVE_BEFORE_RE.test(clause) && (m.kind === "year" || m.kind === "month")) return;
  // ("the town of Suluk, which was liberated from the YPG on Oct. 13": when the place changed hands, no date of the attack)
  if (PLACE_TAKEN_BEFORE_RE.test(clause)) return;
  scan.out.push({ ...m, date: canonical(m.date, m.precision), reporting: REPORTING_BEFORE_RE.test(before), periodBound });
}

function addPhraseDates(scan: DateScan): void {
  const ours: FoundDate[] = [];
  const dayOfMonth = scan.ref ? dayOfMonthDate(scan.text, scan.ref) : null;
  if (dayOfMonth) ours.push(dayOfMonth);
  // "in mid-2019", "early 2015": the year
  for (const m of scan.text.matchAll(/\b(?:mid|early|late)[- ]((?:19|20)\d\d)\b/gi)) {
    ours.push({ text: m[0], start: m.index, end: m.index + m[0].length, date: `${m[1]}-01-01`, precision: "year", kind: "year" });
  }
  for (const m of scan.text.matchAll(NUMERIC_DATE_RE)) {
    const date = numericDayMonth(scan.text, m, scan.ref);
    if (date) ours.push({ text: m[0], start: m.index, end: m.index + m[0].length, date, precision: "day", kind: "explicit" });
  }
  // "broke out at midnight of Thursday-Friday": midnight opens the second day
  const midnight = MIDNIGHT_OF_RE.exec(scan.text);
  if (midnight && scan.ref) {
    const wd = WEEKDAY_NUM[midnight[1]!.toLowerCase().slice(0, 3)]!;
    const span = { text: midnight[0], start: midnight.index, end: midnight.index + midnight[0].length };
    ours.push({ ...span, date: latestWeekday(scan.ref, wd), precision: "day", kind: "weekday" });
  }
  // "Last May saw several similar incidents": chrono reads "May" after "last" as the verb
  for (const m of scan.text.matchAll(/\b(?:last|early|late|mid-|this\s+past)\s*(May)\b(?!\s+\d)/gi)) {
    const date = yearlessMonthDate(scan, 5);
    if (date) ours.push({ text: m[1]!, start: m.index + m[0].length - 3, end: m.index + m[0].length, date, precision: "month", kind: "month" });
  }
  const night = scan.ref ? LAST_NIGHT_RE.exec(scan.text) : null;
  if (night)
    ours.push({ text: night[0], start: night.index, end: night.index + night[0].length, date: addDays(scan.ref!, -1), precision: "day", kind: "relative" });
  for (const d of ours) addMention(scan, d);
  PHRASE_RE.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PHRASE_RE.exec(scan.text)) !== null) {
    const found = phraseDate(pm, scan.ref);
    if (found && !ours.some((d) => overlaps(found, d))) addMention(scan, found);
  }
  const holiday = scan.ref ? holidayDate(scan.text, scan.ref) : null;
  if (holiday) addMention(scan, holiday);
}

// ("08-09-2012" too: dashes as Syrian outlets write them, one separator throughout)
const NUMERIC_DATE_RE = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b/g;

/**
 * "Tuesday 1/8/2023", "06/10/2013": day and month in either order. A number above 12 settles it; else a weekday
 * named beside it, else the reading on or nearest before publication, else day first, as Syrian and most
 * non-US outlets write it.
 */
function numericDayMonth(text: string, m: RegExpMatchArray, ref: string | null): string | null {
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const valid = (mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && toIso(new Date(Date.UTC(y, mo - 1, d))) === isoOf(y, mo, d);
  const readings = [valid(b, a) ? isoOf(y, b, a) : null, valid(a, b) ? isoOf(y, a, b) : null].filter((d): d is string => d !== null);
  if (readings.length < 2) return readings[0] ?? null;
  const wd = weekdayFromText(text.slice(Math.max(0, m.index! - 14), m.index! + m[0].length + 14));
  const byWeekday = wd === null ? [] : readings.filter((d) => fromIso(d).getUTCDay() === wd);
  if (byWeekday.length === 1) return byWeekday[0]!;
  const before = ref ? readings.filter((d) => d <= ref).sort() : [];
  return before.length > 0 ? before[before.length - 1]! : readings[0]!;
}

// "last night": the night before publication, dated by the day it began (as ACLED codes a night's events).
// ("overnight" alone is left to the publication week: labellers date it either side of midnight.)
// ("at midnight between Thursday and Friday" too)
const MIDNIGHT_OF_RE = new RegExp(
  String.raw`\bmidnight\s+(?:of\s+|between\s+|on\s+)?(?:the\s+night\s+of\s+)?${WEEKDAY_NAME}\s*(?:[-–/]|\band\b)\s*(${WEEKDAY_NAME})\b`,
  "i",
);
const LAST_NIGHT_RE = /\b(?:late\s+)?last\s+(?:night|midnight)\b/i;

const DAY_OF_MONTH_RE = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|the\s+current|last|the\s+previous|the\s+past)\s+month\b/i;

/** "on the 14th of this month", "the 4th of last month": that day of the publication's month or of the one before. */
function dayOfMonthDate(text: string, ref: string): FoundDate | null {
  const m = DAY_OF_MONTH_RE.exec(text);
  if (!m) return null;
  const r = fromIso(ref);
  const day = Number(m[1]);
  const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() - (/^this|current/i.test(m[2]!.replace(/^the\s+/i, "")) ? 0 : 1), day));
  if (day < 1 || d.getUTCDate() !== day) return null;
  return { text: m[0], start: m.index, end: m.index + m[0].length, date: toIso(d), precision: "day", kind: "explicit" };
}

// The two Eids as kept in Syria (the day of Eid; "the eve" is the day before), 2011–2026.
const EID_AL_FITR = [
  "2011-08-30 2012-08-19 2013-08-08 2014-07-28 2015-07-17 2016-07-06 2017-06-25 2018-06-15",
  "2019-06-04 2020-05-24 2021-05-13 2022-05-02 2023-04-21 2024-04-10 2025-03-30 2026-03-20",
].join(" ");
const EID_AL_ADHA = [
  "2011-11-06 2012-10-26 2013-10-15 2014-10-04 2015-09-24 2016-09-12 2017-09-01 2018-08-21",
  "2019-08-11 2020-07-31 2021-07-20 2022-07-09 2023-06-28 2024-06-16 2025-06-06 2026-05-27",
].join(" ");
const HOLIDAY_RE = new RegExp(
  String.raw`\b(?:on\s+)?(?:the\s+)?(eve|first\s+day|second\s+day|third\s+day|day)\s+of\s+(?:the\s+)?(?:Muslim\s+)?` +
    String.raw`(?:holiday\s+of\s+)?(Eid\s+al-?Fitr|Eid\s+al-?Adha|Eid)\b`,
  "i",
);

/** "on the eve of Eid al-Adha": the holiday of the publication's season (the latest on or two days after it). */
function holidayDate(text: string, ref: string): FoundDate | null {
  const m = HOLIDAY_RE.exec(text);
  if (!m) return null;
  const which = /adha/i.test(m[2]!) ? EID_AL_ADHA : /fitr/i.test(m[2]!) ? EID_AL_FITR : `${EID_AL_FITR} ${EID_AL_ADHA}`;
  const limit = addDays(ref, 2);
  const eid = which
    .split(" ")
    .filter((d) => d <= limit)
    .sort()
    .pop();
  if (!eid || eid < addDays(ref, -60)) return null;
  const shift = { eve: -1, "first day": 0, day: 0, "second day": 1, "third day": 2 }[m[1]!.toLowerCase().replace(/\s+/g, " ")] ?? 0;
  return { text: m[0], start: m.index, end: m.index + m[0].length, date: addDays(eid, shift), precision: "day", kind: "relative" };
}

/** The date one PHRASE_RE match stands for, or null when it cannot be anchored. */
function phraseDate(pm: RegExpExecArray, ref: string | null): FoundDate | null {
  const t = pm[0];
  const start = pm.index;
  const end = start + t.length;
  const which = pm[1]?.toLowerCase();
  const unit = (pm[2] ?? pm[3])?.toLowerCase();
  const year = pm[4] ?? pm[5];
  if (year) {
    const yStart = start + t.lastIndexOf(year);
    return { text: year, start: yStart, end: yStart + 4, date: `${year}-01-01`, precision: "year", kind: "year" };
  }
  if (/day before yesterday/i.test(t)) {
    return ref ? { text: t, start, end, date: addDays(ref, -2), precision: "day", kind: "relative" } : null;
  }
  if (!ref || !unit) return null;
  const back = which === "last" || which === "past" || which === "previous";
  return periodPhraseDate({ text: t, start, end }, ref, unit, back);
}

/** "this week", "last weekend", "earlier this month", "past year": the period, back one when `back`. */
function periodPhraseDate(span: TextSpan, ref: string, unit: string, back: boolean): FoundDate | null {
  if (unit === "week") return { ...span, date: back ? addDays(ref, -7) : ref, precision: "week", kind: "week" };
  if (unit === "weekend") {
    // the latest Saturday (strictly before for "last weekend")
    return { ...span, date: latestWeekday(ref, 6, back), precision: "week", kind: "week" };
  }
  if (unit === "month") {
    const d = fromIso(ref);
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (back ? 1 : 0), 1));
    return { ...span, date: toIso(m), precision: "month", kind: "month" };
  }
  if (unit === "year") {
    const y = Number(ref.slice(0, 4)) - (back ? 1 : 0);
    return { ...span, date: `${y}-01-01`, precision: "year", kind: "year" };
  }
  return null;
}

// Relative day words chrono resolves itself ("yesterday", "two days ago", "today", "last night").
const OUTLET_BEFORE_TODAY_RE = /\b[A-Z][A-Za-z]*\s$/;
const CHRONO_RELATIVE_DAY_RE = /\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|ago)\b/i;

/** Explicit dates, weekdays, months, "yesterday", "two days ago", as chrono reads them and we correct. */
function addChronoDates(scan: DateScan): void {
  const { ref } = scan;
  const instant = ref ? new Date(`${ref}T12:00:00Z`) : new Date("2000-01-01T12:00:00Z");
  // chrono reads "on a cold evening on January 4" as that evening of the reference day: hide the time of day
  const forChrono = scan.text.replace(TIME_OF_DAY_BEFORE_DATE_RE, (m) => " ".repeat(m.length));
  const results = parser().parse(forChrono, { instant, timezone: 0 }, { forwardDate: false });
  for (const r of results) addChronoResult(scan, r);
}

function addChronoResult(scan: DateScan, r: chrono.ParsedResult): void {
  const start = r.index;
  const t = r.text.replace(/[\s,.]+$/, "");
  const end = start + t.length;
  if (scan.out.some((o) => overlaps(o, { start, end }))) return;
  // Relative anchors ("a day after", "two days later") are resolved by the caller against the
  // incident told before, never against the publication date.
  if (REL_TEXT_RE.test(t) && !MONTH_NAME_RE.test(t) && !/\d{4}/.test(t)) return;
  const c = r.start;
  const hasYear = c.isCertain("year") && FOUR_DIGIT_YEAR_RE.test(t);
  const hasMonth = c.isCertain("month");
  const hasDay = c.isCertain("day");
  const wd = c.isCertain("weekday") ? weekdayFromText(t) : null;
  // ("according to the Russia Today website", "USA Today": an outlet's name, not the day)
  if (t === "Today" && OUTLET_BEFORE_TODAY_RE.test(scan.text.slice(Math.max(0, start - 20), start))) return;
  if (CHRONO_RELATIVE_DAY_RE.test(t)) {
    // "two years ago", "three months ago": as sure as the unit, no surer
    const unit = /\b(year|month|week)s?\s+ago\b/i.exec(t)?.[1]?.toLowerCase();
    // ("a few days ago": about when, not which day)
    const fewDays = /\b(?:few|several|some)\s+days\s+ago\b/i.test(t);
    const precision: DatePrecision = unit === "year" ? "year" : unit === "month" ? "month" : unit === "week" || fewDays ? "week" : "day";
    const kind: DateKind = unit === "year" ? "year" : unit === "month" ? "month" : unit === "week" ? "week" : "relative";
    if (scan.ref) addMention(scan, { text: t, start, end, date: toIso(c.date()), precision, kind });
    return;
  }
  if (hasMonth && !MONTH_NAME_RE.test(t) && !/\d{1,2}[/.-]\d{1,2}/.test(t)) return; // month from nowhere
  if (hasMonth && hasDay) addDayAndMonth(scan, c, t, start, hasYear);
  else if (hasMonth) addMonth(scan, c, t, start, hasYear);
  else if (wd !== null) addWeekday(scan, { text: t, start, end }, wd);
  else if (hasYear) addMention(scan, { text: t, start, end, date: `${c.get("year")}-01-01`, precision: "year", kind: "year" });
  // time-only results ("at dawn") carry no date
}

/** A date chrono read with a day and a month: a full date, a day and month, or a month name alone. */
function addDayAndMonth(scan: DateScan, c: chrono.ParsedComponents, chronoText: string, start: number, hasYear: boolean): void {
  let t = chronoText;
  // "August, 33" was read as year 33: only the month is meant.
  if (!hasYear && !/\d/.test(t.replace(/,\s*\d+$/, "").replace(/\D+$/, ""))) {
    t = t.replace(/,?\s*\d+$/, "");
  }
  const month = c.get("month")!;
  const day = c.get("day")!;
  const span = { text: t, start, end: start + t.length };
  if (hasYear) {
    addMention(scan, { ...span, date: isoOf(c.get("year")!, month, day), precision: "day", kind: "explicit" });
  } else if (/\d/.test(t)) {
    const date = yearlessDayDate(scan, month, day, c.isCertain("weekday") ? c.get("weekday") : null);
    if (date) addMention(scan, { ...span, date, precision: "day", kind: "explicit" });
  } else {
    // month name only ("In August"), chrono may have implied or mis-read the day
    const date = yearlessMonthDate(scan, month);
    if (date) addMention(scan, { ...span, date, precision: "month", kind: "month" });
  }
}

/** A day and month without a year: the latest on or before publication, else in the year told before. */
function yearlessDayDate(scan: DateScan, month: number, day: number, weekday: number | null = null): string | null {
  const { ref, yearContext } = scan;
  // no publication date: the year that puts it nearest the full date told around it ("On 27 August 2014 ...
  // On 30 August"; "on Jan. 4" in a week that also tells "Dec. 29, 2022" is January 2023)
  if (!ref) return yearContext ? nearestYearDate(yearContext, month, day, weekday) : null;
  let y = Number(ref.slice(0, 4));
  if (isoOf(y, month, day) > ref) y--;
  return isoOf(y, month, day);
}

function nearestYearDate(context: string, month: number, day: number, weekday: number | null): string {
  const y = Number(context.slice(0, 4));
  const days = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(context));
  const near = [y - 1, y, y + 1].map((yy) => isoOf(yy, month, day)).sort((a, b) => days(a) - days(b));
  // ("today, Thursday 31 December" beside a caption of February 2020: the year in which it is a Thursday)
  return near.find((iso) => weekday === null || new Date(iso).getUTCDay() === weekday) ?? near[0]!;
}

const LAST_YEAR_RE = /\b(?:last|the\s+previous|the\s+preceding)\s+year\b|\ba\s+year\s+(?:ago|earlier)\b/i;

/** A month without a year: the latest on or before publication, else in the year told before. */
function yearlessMonthDate(scan: DateScan, month: number): string | null {
  const { ref, yearContext } = scan;
  if (!ref) return yearContext ? isoOf(Number(yearContext.slice(0, 4)), month, 1) : null;
  return latestMonth(ref, month);
}

/** A date chrono read with a month but no day ("March 2017", "in March"). */
function addMonth(scan: DateScan, c: chrono.ParsedComponents, t: string, start: number, hasYear: boolean): void {
  if (hasYear) {
    addMention(scan, { text: t, start, end: start + t.length, date: isoOf(c.get("year")!, c.get("month")!, 1), precision: "month", kind: "month" });
  } else {
    const tt = t.replace(/,?\s*\d+$/, "");
    // ("last year in August", "in July last year": that month of the year before publication)
    const around = scan.text.slice(Math.max(0, start - 20), start + t.length + 16);
    const lastYear = scan.ref !== null && LAST_YEAR_RE.test(around);
    const date = lastYear ? isoOf(Number(scan.ref!.slice(0, 4)) - 1, c.get("month")!, 1) : yearlessMonthDate(scan, c.get("month")!);
    if (date) addMention(scan, { text: tt, start, end: start + tt.length, date, precision: "month", kind: "month" });
  }
}

/** "on Tuesday" is the latest Tuesday on or before publication, "last Tuesday" the latest strictly before. */
function addWeekday(scan: DateScan, span: TextSpan, weekday: number): void {
  if (/\bnext\b/i.test(span.text)) return; // a future day: not an event we report
  // ("on Thursday" in an undated page whose caption says "Aug. 25, 2016", a Thursday: that day)
  const told = scan.ref ? null : scan.weekdayDates?.get(weekday);
  if (told && !/\blast\b/i.test(span.text)) addMention(scan, { ...span, date: told, precision: "day", kind: "weekday" });
  if (!scan.ref) return;
  const strict = /\blast\b/i.test(span.text);
  addMention(scan, { ...span, date: latestWeekday(scan.ref, weekday, strict), precision: "day", kind: "weekday" });
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Relative anchors: dates told relative to the incident just before.

export interface RelativeAnchor {
  text: string;
  start: number;
  end: number;
  /** Days from the reference incident to this one (negative: earlier). */
  days: number;
  precision: DatePrecision;
}

const SMALL_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const REL_RE = new RegExp(
  String.raw`\b(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few|few)\s+)?(?<unit>days?|weeks?|mo` +
    String.raw`nths?|hours?)\s+(?<dir>after|later|earlier|before|prior\s+to|previously|ago)\b|\bthe\s+(?<rel>next|following|previous|pr` +
    String.raw`eceding|same)\s+(?<unit2>day|week|month|night|morning|evening)\b|\bon\s+that\s+(?:same\s+|very\s+)?(?<unit4>day|night)\b` +
    String.raw`|\b(?:earlier|later)\s+(?:that|the\s+same)\s+(?<unit3>da` +
    String.raw`y|week|month)\b|\bthe\s+day\s+(?<dir2>before|after)\b(?!\s+yesterday)|\b(?<fol>following|after|in\s+the\s+wake\s+of)\s+(` +
    String.raw`?:this|that|the)\s+(?:attack|ambush|assault|bombing|incident|raid|operation|massacre|explosion|blast|strike|clashes?)\b`,
  "gi",
);

// What follows "after"/"before": an anaphor to the incident just told ("the attack", "this", "it").
const ANAPHOR_AFTER_RE = new RegExp(
  String.raw`^\s*(?:(?:the|this|that|these|those|its)\s+(?:(?:deadly|latest|first|previous|recent|initial|earlier|same|above)\s+)?(?:` +
    String.raw`attacks?|ambush|assault|bombing|incident|raid|killings?|clashes?|explosion|blast|strikes?|operation|massacre|one|event|f` +
    // ("after the massacre in Houla, where ... killed 108": a named other event, not the one just told)
    String.raw`ighting)\b(?!\s+(?:in|at|on|of|near)\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?[A-Z])|(?:this|that|it)\s*[,.;]|(?:this|that|it)$)`,
  "i",
);

/**
 * Relative anchors in a sentence. `triggerAt` is the offset of the casualty words, to read
 * "This attack comes one day after [the killing of two ...]" as the told casualties being one day
 * BEFORE the reference incident.
 */
export function findRelativeAnchors(text: string, triggerAt: number | null = null): RelativeAnchor[] {
  const out: RelativeAnchor[] = [];
  REL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REL_RE.exec(text)) !== null) {
    const g: RelGroups = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], start, end, ...anchorShift(g, text, end, triggerAt) });
  }
  return out;
}

type RelGroups = Partial<Record<string, string>>;
type AnchorShift = Pick<RelativeAnchor, "days" | "precision">;

/** How far from the reference incident one REL_RE match puts the told one, by which alternative matched. */
function anchorShift(g: RelGroups, text: string, end: number, triggerAt: number | null): AnchorShift {
  if (g.fol) return { days: 0, precision: "week" };
  if (g.unit3) return { days: 0, precision: unitPrecision(g.unit3.toLowerCase()) };
  if (g.unit4) return { days: 0, precision: "day" };
  if (g.dir2) return { days: g.dir2.toLowerCase() === "before" ? -1 : 1, precision: "day" };
  if (g.rel) return namedUnitShift(g.rel.toLowerCase(), g.unit2!.toLowerCase());
  return countedShift(g, text, end, triggerAt);
}

function unitPrecision(unit: string): DatePrecision {
  return unit === "week" ? "week" : unit === "month" ? "month" : "day";
}

/** "the next day", "the previous week", "the same month". */
function namedUnitShift(rel: string, unit: string): AnchorShift {
  const sign = rel === "next" || rel === "following" ? 1 : rel === "same" ? 0 : -1;
  const days = unit === "week" ? 7 * sign : unit === "month" ? 30 * sign : sign;
  return { days: unit === "month" && sign === 0 ? 0 : days, precision: unitPrecision(unit) };
}

/** "two days later", "a few weeks earlier", "hours after the attack"; a vague count is taken as three. */
function countedShift(g: RelGroups, text: string, end: number, triggerAt: number | null): AnchorShift {
  const unit = g.unit!.toLowerCase().replace(/s$/, "");
  const nRaw = g.n?.toLowerCase().replace(/\s+/g, " ");
  const vague = nRaw === undefined || nRaw === "several" || nRaw === "a few" || nRaw === "few";
  const n = vague ? 3 : /^\d+$/.test(nRaw!) ? Number(nRaw) : (SMALL_NUM[nRaw!] ?? 1);
  const perUnit = unit === "week" ? 7 : unit === "month" ? 30 : unit === "hour" ? 0 : 1;
  let precision: DatePrecision = unit === "month" ? "month" : unit === "week" || vague ? "week" : "day";
  if (unit === "hour") precision = "day";
  const sign = countedSign(g.dir!.toLowerCase().replace(/\s+/g, " "), text, end, triggerAt);
  return { days: sign * n * perUnit, precision };
}

/** +1 when the told event comes after the reference incident, -1 when before. */
function countedSign(dir: string, text: string, end: number, triggerAt: number | null): number {
  if (dir === "later") return 1;
  if (dir === "earlier" || dir === "previously" || dir === "ago") return -1;
  // "after X" / "before X": if X is an anaphor ("after the attack"), the told event is after it;
  // if X is the casualty clause itself ("comes one day after [the killing of ...]"), it is before.
  const isAfter = dir === "after";
  if (ANAPHOR_AFTER_RE.test(text.slice(end))) return isAfter ? 1 : -1;
  if (triggerAt !== null && triggerAt > end) return isAfter ? -1 : 1;
  return isAfter ? 1 : -1;
}
