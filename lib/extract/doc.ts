// The article as the stages read it: its sentences, each with its casualty figures and (computed
// when first asked) its dates and its place, the article's main date, and the sentences that tell
// the same attack as a given one.
import type { ParsedArticle } from "./article";
import { type CasualtyFigure, findCasualtyFigures, listItemFigures } from "./casualties";
import { addDays, weekdayCheckedDate, weekdayDatesOf, type DateMention, type DateValue, findDates, precisionRank } from "./dates";
import { ANAPHORA_RE, EVENT_RE, NEW_EVENT_RE, SOURCE_NAMES_RE, WIRE_DATELINE_RE, YEAR_HINT_RE } from "./patterns";
import { findLocations, governorateOfLabel, homonymIn, type ResolvedLocation, resolveLocation } from "./places";
import { listedDeath, splitPlaceLists } from "./place-lists";
import { type Sentence, splitSentences } from "./sentences";
import type { Governorate } from "./types";

export interface SentenceInfo {
  s: Sentence;
  index: number;
  figures: CasualtyFigure[];
  /** Computed when first asked. */
  dates: DateMention[] | null;
  place: ResolvedLocation | null | undefined;
  /** One town's dead from a list of the day's dead by town ("Albuwaida 16, Athiyabiyah 8, ..."). */
  listItem?: boolean;
}

/** Explicit dates before weekdays before relative ones: how sure a mention is of its day. */
export const EVENT_KIND_RANK: Record<DateMention["kind"], number> = { explicit: 0, weekday: 1, relative: 2, week: 3, month: 3, year: 4 };

/** The sentence with everything outside [start, end) blanked (offsets unchanged). */
export function blankOutside(text: string, start: number, end: number): string {
  return " ".repeat(start) + text.slice(start, end) + " ".repeat(Math.max(0, text.length - end));
}

/** A wire dateline ("HOMS, Dec 10 (AFP) -") tells where and when the story was filed, not the attack. */
export function blankDateline(text: string): string {
  return text.replace(WIRE_DATELINE_RE, (m) => " ".repeat(m.length));
}

// "on the road linking Deir Ezzor and Palmyra": the attack is on the road out of the first town, not in the second.
// "Hayfa Sherif Qasim (23)", "Rezan Ali, 17,": a victim's name with an age is a person's, not a place's
const NAME_WITH_AGE_RE = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}(?=\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*,))/gu;
const ROAD_END_RE = new RegExp(
  String.raw`(\b(?:road|highway|motorway|route)\s+(?:linking|connecting|between|from)\s+[^,.;]{2,40}?\s+(?:and|to|with)\s+)` +
    String.raw`((?:al-|the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})`,
  "gu",
);

/** Text for the place finder: wire dateline, source names and a road's far end blanked. */
export function maskForPlaces(text: string): string {
  return blankDateline(text)
    .replace(SOURCE_NAMES_RE, (m) => " ".repeat(m.length))
    .replace(NAME_WITH_AGE_RE, (m) => " ".repeat(m.length))
    .replace(ROAD_END_RE, (_m, lead: string, end: string) => lead + " ".repeat(end.length))
    .replace(BASED_IN_RE, (m) => " ".repeat(m.length))
    .replace(PRO_PLACE_RE, (m) => " ".repeat(m.length));
}

// ("artillery fire by pro-Damascus forces", "anti-Damascus factions": a side named after the capital, not a place)
const PRO_PLACE_RE = /\b(?:pro|anti)-(?:Damascus|Ankara|Moscow|Tehran|Turkey|Iran|Russia)\b/gi;

// "shelling by rebel groups based on the western edges of the city and in Idlib Province": where the attackers
// are based, not where the dead fell
const BASED_IN_RE = /\bbased\s+(?:in|on|at|near|around|inside)\s+[^,.;]{1,80}/gi;

const DATE_ONLY_LINE_RE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d$/;
const BREAKDOWN_RE = /\b(?:breakdown|broken\s+down|as\s+follows|distributed|divided)\b/i;
const numbersIn = (text: string) => [...text.matchAll(/\b\d[\d,]*\b/g)].map((m) => Number(m[0].replace(/,/g, ""))).filter((n) => n < 1900 || n > 2100);

const MONTH_YEAR_LINE_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d$/i;
const BULLETIN_RE = /\b(?:update|updates|roundup|round-up|bulletin|digest|summary|daily\s+report|situation\s+report|sitrep)\b/i;
// "Aleppo province: In the Tariq al-Bab area ...": a roundup's section label at a paragraph's start
const SECTION_LINE_RE = /^([A-Z][\p{L}'’`-]+(?:\s+[A-Z][\p{L}'’`-]+){0,2})\s+(?:province|governorate)\s*:?$/iu;
const SECTION_LABEL_RE = /^([A-Z][\p{L}'’`-]+(?:\s+[A-Z][\p{L}'’`-]+){0,2})\s+(?:province|governorate)\s*:\s/iu;

// A relative clause in the past perfect before a date tells an earlier event than the article's.
const OTHER_ATTACK_RE =
  /\b(?:a\s+similar|another|an\s+earlier|a\s+previous|a\s+prior)\s+(?:[\w-]+\s+)?(?:attack|bombing|strike|explosion|blast|ambush|shelling|assault)\b/i;
const PLUPERFECT_RE = /\bhad\s+(?:been\s+)?(?:killed|wounded|injured|died|struck|hit|shelled|attacked|targeted|bombed|shot)\b/i;
const EARLIER_CLAUSE_BEFORE_RE = /\b(?:who|which|that|whom)\s+had\s+(?:been\s+)?[a-z]+[^,.;]*$/i;

export class ArticleDoc {
  readonly pub: string | null;
  private readonly yearHint: number | null;
  readonly infos: SentenceInfo[];
  private yearContexts: Array<string | null> | null = null;
  private entryDates: Array<string | null> | null = null;
  private govs: Set<string> | null = null;
  private main: DateValue | null | undefined = undefined;
  private weekdayMap: ReadonlyMap<number, string> | undefined = undefined;
  private readonly fullText: string;
  readonly title: string | null;
  private sections: Array<ResolvedLocation | null> | null = null;

  constructor(article: ParsedArticle) {
    this.pub = article.publishedAt ?? article.textToday ?? null;
    this.yearHint = article.yearHint;
    this.fullText = article.text;
    this.title = article.title;
    this.infos = splitPlaceLists(splitSentences(article.text, article.content)).map((x, index) => ({
      s: x.s,
      index,
      figures: x.count === null ? findCasualtyFigures(x.s.text) : [listedDeath(x)],
      dates: null,
      place: undefined,
      listItem: x.count !== null,
    }));
    this.readDeadByPlaceLists();
    this.dropTollBreakdowns();
  }

  /**
   * "a detailed breakdown of the 638 deaths recorded since Sunday:" then "219 residents of ...", "112 people
   * executed ...": lines that share out a total already counted are its parts, not more dead.
   */
  private dropTollBreakdowns(): void {
    let total = 0;
    for (const x of this.infos) {
      const opens = /:\s*$/.test(x.s.text) && BREAKDOWN_RE.test(x.s.text);
      if (opens) total = Math.max(0, ...x.figures.filter((f) => f.kind === "death").map((f) => f.best), ...numbersIn(x.s.text));
      else if (total > 0 && /^\d/.test(x.s.text.trim()) && x.figures.every((f) => f.best <= total)) x.figures = [];
      else total = 0;
    }
  }

  /**
   * "The dead were distributed as follows: • Balyoun town: two children. • Iblin town: a family of five":
   * "<place>: <people>" lines right after a toll (or after another such line) are that place's dead.
   */
  private readDeadByPlaceLists(): void {
    let listOpen = false;
    for (const x of this.infos) {
      const item = x.figures.length === 0 ? listItemFigures(x.s.text) : null;
      const place = item && (resolveLocation(item.label) !== null || /\b(?:town|village|city|camp|neighbou?rhood|district|area)$/i.test(item.label));
      if (item && listOpen && place) {
        x.figures = item.figures;
        continue;
      }
      const tolls = x.figures.some((f) => f.kind === "death") || /:\s*$/.test(x.s.text);
      listOpen = tolls || (listOpen && item !== null);
    }
  }

  /**
   * With no publication date, a day and month without a year are read near a full date of the article (day,
   * month and year): the last told before, else the first told after. A year alone ("a deal struck in
   * 2018") says nothing of which year "On July 11" is, and labellers leave such dates out.
   */
  private yearContextOf(i: SentenceInfo): string | null {
    if (this.pub) return null;
    if (!this.yearContexts) {
      this.yearContexts = [];
      let last: string | null = null;
      for (const x of this.infos) {
        this.yearContexts.push(last);
        if (!YEAR_HINT_RE.test(x.s.text)) continue;
        x.dates ??= findDates(blankDateline(x.s.text), null, last);
        // ("MARCH 2021" on a line of its own: the page's stamp, which dates its "March 26")
        const stamp = MONTH_YEAR_LINE_RE.test(x.s.text.trim());
        const full = x.dates.filter((d) => (d.kind === "explicit" || (stamp && d.kind === "month")) && /\b(?:19|20)\d{2}\b/.test(d.text));
        if (full.length > 0) last = full[full.length - 1]!.date;
      }
      const first = this.yearContexts.find((c) => c !== null) ?? last ?? weekdayCheckedDate(this.fullText) ?? (this.yearHint ? `${this.yearHint}-07-01` : null);
      // sentences read before any full date are read again with the first one
      this.infos.forEach((x, k) => {
        if (this.yearContexts![k] === null && first !== null) x.dates = null;
      });
      this.yearContexts = this.yearContexts.map((c) => c ?? first);
    }
    return this.yearContexts[i.index] ?? null;
  }

  /**
   * "Syria Update September 13, 2012", posted the next day: a dated bulletin's "today" is the day its
   * headline names, not the day it went up.
   */
  private bulletinDate(): string | null {
    const head = this.title ?? this.fullText.trimStart().split("\n", 1)[0] ?? "";
    if (!this.pub || !BULLETIN_RE.test(head)) return null;
    const d = findDates(head, this.pub, null).find((m) => m.kind === "explicit" && m.precision === "day" && /\b(?:19|20)\d\d\b/.test(m.text));
    return d && d.date < this.pub && d.date >= addDays(this.pub, -3) ? d.date : null;
  }

  datesOf(i: SentenceInfo): DateMention[] {
    i.dates ??= findDates(blankDateline(i.s.text), this.entryDateOf(i) ?? this.bulletinDate() ?? this.pub, this.yearContextOf(i), this.weekdayDates());
    return i.dates;
  }

  /**
   * A stream of dated updates ("August 8, 2023" on a line of its own, then that day's item): the date of
   * the entry a sentence sits under, or null outside such entries.
   */
  entryDateOf(i: SentenceInfo): string | null {
    if (!this.entryDates) {
      let current: string | null = null;
      this.entryDates = this.infos.map((x) => {
        if (DATE_ONLY_LINE_RE.test(x.s.text.trim())) current = findDates(x.s.text, null, null).find((d) => d.kind === "explicit")?.date ?? current;
        return current;
      });
    }
    return this.entryDates[i.index] ?? null;
  }

  /** Dates of events: neither when something was said nor where a period starts. */
  eventDates(i: SentenceInfo): DateMention[] {
    return this.datesOf(i).filter((d) => !d.reporting && d.periodBound === null);
  }

  /** The governorates the headline and lead are about, to choose between homonyms in other sentences. */
  private articleGovernorates(): Set<string> {
    if (this.govs) return this.govs;
    this.govs = new Set();
    for (const x of this.infos.slice(0, 4)) {
      // (a loose spelling match is a guess: it does not say what the article is about)
      const l = x.place ?? resolveLocation(maskForPlaces(x.s.text));
      if (l?.province && !l.loose) this.govs.add(l.province);
    }
    return this.govs;
  }

  /** The one governorate the headline and lead are about, or null when they name none or several. */
  soleGovernorate(): Governorate | null {
    const lead = this.infos
      .filter((x) => !x.listItem)
      .slice(0, 4)
      .map((x) => x.s.text);
    // (the headline may have been left out of the text as the page's title line)
    const heads = this.title && !lead.includes(this.title) ? [this.title, ...lead] : lead;
    const govs = new Set(
      heads
        .flatMap((t) => findLocations(maskForPlaces(t)))
        .filter((l) => !l.loose)
        .map((l) => l.province),
    );
    return govs.size === 1 ? ([...govs][0] ?? null) : null;
  }

  placeOf(i: SentenceInfo): ResolvedLocation | null {
    if (i.place === undefined) {
      // (a town's line of a list: its name, not the aside after its count)
      const text = i.listItem ? i.s.text.replace(/\s+\d{1,4}(?:\s*\(.*)?$/, "") : i.s.text;
      const l = resolveLocation(maskForPlaces(text));
      i.place = l && i.index >= 4 ? (homonymIn(l, this.articleGovernorates()) ?? l) : l;
      if (i.place && this.strayGuess(i.place)) i.place = null;
    }
    return i.place;
  }

  /**
   * The governorate a roundup's paragraph is filed under ("Aleppo province: ...", "Dara`a Governorate: ..."):
   * a statement there with no place of its own happened in it.
   */
  sectionPlaceOf(i: SentenceInfo): ResolvedLocation | null {
    if (!this.sections) {
      const out: Array<ResolvedLocation | null> = [];
      let standing: ResolvedLocation | null = null; // a label on a line of its own lasts until the next label
      for (const x of this.infos) {
        const line = SECTION_LINE_RE.exec(x.s.text.trim());
        if (line) standing = governorateOfLabel(line[1]!);
        const first = x.index === 0 || this.infos[x.index - 1]!.s.paragraph !== x.s.paragraph;
        const inline = first ? SECTION_LABEL_RE.exec(x.s.text) : null;
        if (inline) standing = null;
        out.push(inline ? governorateOfLabel(inline[1]!) : first ? standing : (out[x.index - 1] ?? null));
      }
      this.sections = out;
    }
    return this.sections[i.index] ?? null;
  }

  /** A loose spelling match in another governorate than the one the headline and lead are about ("Qussour" in Deir ez-Zor). */
  private strayGuess(l: ResolvedLocation): boolean {
    if (!l.loose || l.province === null) return false;
    const govs = this.articleGovernorates();
    return govs.size > 0 && !govs.has(l.province);
  }

  /** The main event's date: the most precise recent event date near the top (the first told among equals). */
  /**
   * With no publication date, a weekday can still be placed when the page tells exactly one full date that
   * falls on it (a photo's caption, an embedded post): labellers read "on Thursday" by it.
   */
  private weekdayDates(): ReadonlyMap<number, string> | null {
    if (this.pub) return null;
    if (this.weekdayMap === undefined) {
      const full = findDates(this.fullText, null).filter((d) => d.kind === "explicit" && /\b(?:19|20)\d\d\b/.test(d.text));
      this.weekdayMap = weekdayDatesOf(full.map((d) => d.date));
    }
    return this.weekdayMap;
  }

  get mainDate(): DateValue | null {
    if (this.main === undefined) this.main = this.findMainDate();
    return this.main;
  }

  private findMainDate(): DateValue | null {
    if (!this.pub) return this.leadDayWithoutPub();
    const earliest = addDays(this.pub, -31);
    const leadEarliest = addDays(this.pub, -92);
    let best: DateMention | null = null;
    let bestIndex = -1;
    const leadProvince = this.leadProvince();
    for (const info of this.infos) {
      if (info.s.paragraph > 3 && info.index >= 8) break;
      if (!EVENT_RE.test(info.s.text)) continue;
      // ("Three militants were also killed yesterday in Al Marj", after a lead with no day: another attack's day)
      if (info.index > 2 && /\b(?:also|meanwhile|separately|elsewhere)\b/i.test(info.s.text)) continue;
      // ("On Tuesday, 25 people had been injured in fighting in the city": an earlier day, told in the pluperfect)
      if (info.index > 2 && PLUPERFECT_RE.test(info.s.text)) continue;
      // ("On Tuesday, a similar attack ...", "On Sunday, a drone struck Hasakah" under a lead about Afrin: another attack's day)
      if (!this.isMainPosition(info) && (OTHER_ATTACK_RE.test(info.s.text) || this.elsewhere(info, leadProvince))) continue;
      // a feature's lead may open with an attack weeks old ("The June 17th bombing ...", published in July)
      const from = info.index <= 2 ? leadEarliest : earliest;
      for (const d of this.eventDates(info)) {
        if (d.date > this.pub || d.date < from || d.kind === "year" || d.kind === "month") continue;
        if (d.date < earliest && d.kind !== "explicit") continue;
        // ("the funeral of two supporters who had been killed in a bomb attack on Monday": an earlier attack)
        if (EARLIER_CLAUSE_BEFORE_RE.test(info.s.text.slice(Math.max(0, d.start - 90), d.start))) continue;
        const finer = best === null || precisionRank(d.precision) < precisionRank(best.precision);
        const sameSentenceSurer =
          best !== null &&
          bestIndex === info.index &&
          precisionRank(d.precision) === precisionRank(best.precision) &&
          EVENT_KIND_RANK[d.kind] < EVENT_KIND_RANK[best.kind];
        if (finer || sameSentenceSurer) {
          best = d;
          bestIndex = info.index;
        }
      }
    }
    return best ? { date: best.date, precision: best.precision } : null;
  }

  /** The governorate the headline or lead places the main attack in. */
  private leadProvince(): Governorate | null {
    for (const info of this.infos.slice(0, 3)) {
      const p = this.placeOf(info)?.province;
      if (p) return p;
    }
    return null;
  }

  /** The sentence names only places outside the lead's governorate. */
  private elsewhere(info: SentenceInfo, leadProvince: Governorate | null): boolean {
    const provinces = findLocations(info.s.text).map((l) => l.province);
    return leadProvince !== null && provinces.length > 0 && !provinces.includes(leadProvince);
  }

  /**
   * With no publication date, the day the lead itself tells ("Yesterday, Tuesday, ..." placed by the page's
   * "Tuesday, April 19, 2016"): the other attacks of a day's roundup are that day's too.
   */
  private leadDayWithoutPub(): DateValue | null {
    for (const info of this.infos.slice(0, 4)) {
      // (a photo's caption, "People gather around the wreckage ..., January 9, 2014.", tells no dead)
      // ("Report of Douma Massacre on June 16, 2012": a massacre is its dead, though it gives no count)
      const dead = info.figures.some((f) => f.kind === "death") || /\bmassacre\b/i.test(info.s.text);
      if (!EVENT_RE.test(info.s.text) || !dead) continue;
      const d = this.eventDates(info).find((x) => x.precision === "day" && x.kind === "explicit");
      if (d) return { date: d.date, precision: "day" };
    }
    return null;
  }

  /** Headline, standfirst and the first two prose sentences tell the main attack. */
  isMainPosition(info: SentenceInfo): boolean {
    return info.s.heading || info.index <= 3;
  }

  /**
   * Sentences that tell the same attack as `info`: up to two after and two before, stopping at another
   * casualty figure or another attack; then, for the main attack, the headline and lead.
   */
  contextSentences(info: SentenceInfo, isMain: boolean): SentenceInfo[] {
    const out = [...this.contextAfter(info), ...this.contextBefore(info)];
    if (!isMain) return out;
    for (const c of this.infos.slice(0, 6)) {
      if (c.index === info.index || out.includes(c)) continue;
      if (c.figures.some((f) => f.kind === "death") && !c.s.heading) continue;
      if (tellsAttack(c)) out.push(c);
    }
    return out;
  }

  private contextAfter(info: SentenceInfo): SentenceInfo[] {
    const out: SentenceInfo[] = [];
    for (let k = info.index + 1; k <= info.index + 2 && k < this.infos.length; k++) {
      const c = this.infos[k]!;
      // (an injury-only sentence right after, "adding that dozens more were wounded", still tells the same attack)
      // (a share of the dead told, "ten of them died in the fighting", still tells the same attack)
      const told = c.figures.filter((f) => !f.share);
      const ownFigures = told.some((f) => f.kind === "death") || (told.length > 0 && !ANAPHORA_RE.test(c.s.text));
      if (ownFigures || NEW_EVENT_RE.test(c.s.text)) break;
      if (/\b(?:also|meanwhile|however)\b/i.test(c.s.text.slice(0, 30)) && !ANAPHORA_RE.test(c.s.text)) break;
      if (tellsAttack(c)) out.push(c);
    }
    return out;
  }

  private contextBefore(info: SentenceInfo): SentenceInfo[] {
    const out: SentenceInfo[] = [];
    for (let k = info.index - 1; k >= info.index - 2 && k >= 0; k--) {
      const c = this.infos[k]!;
      if (c.figures.length > 0 || c.s.heading) break;
      if (tellsAttack(c) && !NEW_EVENT_RE.test(c.s.text)) out.push(c);
      if (c.s.paragraph !== info.s.paragraph) break;
    }
    return out;
  }
}

const tellsAttack = (c: SentenceInfo) => EVENT_RE.test(c.s.text) || ANAPHORA_RE.test(c.s.text);
