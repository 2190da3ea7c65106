// From sentences to incidents and tallies.
//
// For every sentence that holds a casualty figure (see casualties.ts) we decide incident or tally
// (tallies.ts), then gather the incident's date, place and actors: from its own sentence first, then
// from the sentences around it that tell the same attack ("The attack took place near Boukamal"), then,
// for the article's main attack, from the headline and lead. Finally the headline, the lead and the
// body telling the same attack are merged (dedupe.ts).
import type { ParsedArticle } from "./article";
import { splitSentences, type Sentence } from "./sentences";
import { findCasualtyFigures, type CasualtyFigure } from "./casualties";
import { classifyTally } from "./tallies";
import { addDays, datesCompatible, findDates, findRelativeAnchors, precisionRank, shiftDate, type DateMention, type DateValue } from "./dates";
import { ACTOR, findActors, findClaim, findReporter, type ActorLabel, type ActorMention } from "./actors";
import { homonymIn, isBareCapital, resolveLocation, type ResolvedLocation } from "./places";
import { dedupeWithinArticle, type Candidate } from "./dedupe";
import type { ExtractedIncident, ExtractedTally } from "./types";

// A sentence that tells an attack (used to pick the main event's date and to accept context).
const EVENT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`deaths?|killings?|attack(?:s|ed|ing)?|ambush(?:ed|es)?|assault(?:s|ed)?|clash(?:es|ed)?|kill(?:s|ed|ing)?|dead|died`,
      String.raw`bomb(?:s|ed|ing|ings)?|explosion|blast|strikes?|airstrikes?|shell(?:ed|ing)|raid(?:s|ed)?|offensive|fighting|took\s+place|happened`,
      String.raw`occurred|targeted|intercepted|captured|opened\s+fire|launched|stormed|executed`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);
const NON_CONFLICT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|storms?|snowstorm|blizzard|heatwave|wildfires?|traffic\s+accidents?`,
      String.raw`road\s+accidents?|car\s+(?:accident|crash)|crash(?:ed)?|drown(?:ed|ing)|cholera|covid(?:-19)?|coronavirus|pandemic|epidemic`,
      String.raw`disease|outbreak\s+of|cold\s+weather|freezing|famine|starvation|boat\s+sank|shipwreck|collapse\s+of\s+(?:a\s+)?building`,
      String.raw`building\s+collapsed|gas\s+leak`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);
// ... unless the same sentence names an armed cause too.
const CONFLICT_CAUSE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`attack(?:s|ed)?|shell(?:ed|ing)|bomb(?:s|ed|ing)?|air\s*strikes?|strikes?|gunmen|clash(?:es)?|ambush(?:ed)?|militants|jihadists`,
      String.raw`shot|gunfire|mortar|rocket|missile|drone|IED|landmine|mine|explosive|executed|regime|forces|rebels`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

// The sentence refers back to an attack already told.
const ANAPHORA_RE = new RegExp(
  String.raw`\b(?:the|this|that|these|those)\s+(?:(?:recent|latest|deadly|same|previous|initial|dawn|night|suicide|car|bomb|twin|doub` +
    String.raw`le|simultaneous|coordinated|IS|Daesh|jihadist)\s+)?(?:attacks?|ambush(?:es)?|assaults?|bombings?|incident|raids?|clashes` +
    String.raw`|crossfire|explosions?|blasts?|strikes?|air\s*strikes?|air\s*raids?|operation|massacre|fighting|offensive|shooting|shell` +
    String.raw`ing|bombardment|assassination|detonation)\b|\bthe\s+(?:soldiers|victims|dead|attackers|assailants|bodies|fighters)\b|\b(` +
    String.raw`?:the|this)\s+area\b`,
  "i",
);
// The sentence starts another attack: never merged with the main one, never given the headline's place.
// ("another" only before an attack word: "while another [source] put the toll at 43" is not a new attack)
const NEW_EVENT_RE = new RegExp(
  String.raw`\b(?:another\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air\s*raids?|raids?|bombings?|blasts?|explosions?|amb` +
    String.raw`ush(?:es)?|assaults?|incidents?|shelling|car\s+bombs?|massacres?|clash(?:es)?|operations?|drones?|mines?|landmines?|kill` +
    String.raw`ings?|shootings?|rockets?|missiles?|shells?|round|wave|series|day|village|town|city|area|district|neighbou?rhood)|a\s+(?` +
    String.raw`:second|third|separate|further|new)\s+(?:attack|ambush|assault|bombing|incident)|separately|in\s+a\s+separate|elsewhere|` +
    String.raw`meanwhile|also\s+in|earlier\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year))\b`,
  "i",
);
// Nouns for attackers when the article calls them by role rather than by name.
const ATTACKER_NP_RE = /\b(?:attackers|assailants|gunmen|militants|jihadists|terrorists?|insurgents)\b/i;
// The attacking side named by role or by an anaphor: "the attackers", "insurgents", "members of the organization".
const ATTACKER_REF_RE = new RegExp(
  [
    String.raw`^(?:[\w-]+\s+){0,2}?(?:attackers|assailants|insurgents|militants|jihadists|suicide\s+bombers)\b`,
    String.raw`\b(?:members|fighters|militants|elements|operatives)\s+of\s+the\s+(?:organi[sz]ation|group|cell)\b`,
  ].join("|"),
  "i",
);
// "the organization massacred", "members of the group gunned down": the group already named in the article.
const GROUP_ANAPHOR_RE = /\b(?:(?:members|fighters|militants|elements)\s+of\s+)?the\s+(?:organi[sz]ation|group|jihadist\s+group|terrorist\s+group)\b/gi;
const PURSUIT_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`pursued|pursuing|chased|chasing|tracked(?:\s+down)?|hunted\s+down|followed`].join("|") +
    String.raw`)\s+(?:the|them|those)\b[^.;]{0,100}?\b(?:killed|killing|eliminated|eliminating)\s+$`,
  "i",
);
const POSSESSIVE_MEMBERS_RE = /^[\w-]+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|elements|men|gunmen|operatives)\b/i;
const PRONOUN_AGENT_RE = new RegExp(
  String.raw`\bthey\s+(?:(?:had|have|also|then|later|reportedly)\s+)?(?:` +
    [
      String.raw`attacked|ambushed|bombed|killed|captured|seized|stormed|shelled|struck|executed|overran|took\s+control|opened\s+fire|raided|shot`,
      String.raw`massacred|gunned\s+down|targeted|hit|fired`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);
const GROUP_LABELS = new Set<ActorLabel>([ACTOR.IS, ACTOR.HTS, ACTOR.SDF, ACTOR.REBELS, ACTOR.TURKISH_BACKED, ACTOR.HEZBOLLAH]);
// Context words after an actor that make it the agent.
const AGENT_AFTER_RE = new RegExp(
  String.raw`^\s*(?:\([^)]{0,20}\)\s*)?(?:['’]s?\s+)?(?:(?:\w+[- ]){0,2})?(?:attacks?|ambush(?:es)?|assaults?|offensive|bombings?|str` +
    String.raw`ikes?|airstrikes?|raids?|shelling|fire|cells?|militants|fighters|gunmen|remnants|jihadists)\b|^\s*(?:\([^)]{0,20}\)\s*)?` +
    String.raw`(?:\w+\s+){0,2}?(?:attacked|ambushed|bombed|launched|killed|kills?|targets|hits|pound(?:s|ed)|shells|targeted|stormed|sh` +
    String.raw`elled|struck|hit|executed|seized|captured|overran|took\s+control|intercepted|opened\s+fire|carried\s+out|detonated|claim` +
    String.raw`ed|fired|raided|kidnapped|abducted|has\s+launched|have\s+launched|shot|massacred|slaughtered|murdered|gunned\s+down|assa` +
    String.raw`ssinated|beheaded)\b`,
  "i",
);
const AGENT_BEFORE_RE = /\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;
// "guarded by the army", "backed by Turkey": a "by" that does not introduce the attacker.
const PASSIVE_NOT_AGENT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`guarded|backed|supported|led|protected|escorted|accompanied|owned|run|controlled|held|funded|armed|trained|founded|formed|declared`,
      String.raw`recognised|recognized|designated|followed|surrounded|loyal|used|manned|occupied|operated|commanded|staffed|inhabited|hosted`,
      String.raw`frequented|visited|set\s+up|established|built|seized`,
    ].join("|") +
    String.raw`)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$`,
  "i",
);

const WIRE_DATELINE_RE = new RegExp(
  String.raw`^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*(?:SANA|AFP|Reuters|AP|ANHA|Xinhua|dpa|Hawar)\s*[-—–:]+\s*|^[A-Z][A-Z .'-]{2,30},\s*` +
    String.raw`(?:Syria|Iraq|Turkey|Lebanon)\s*(?:\([A-Z][\w .]{1,30}\))?\s*[-—–:]+\s*|^[A-Z][A-Z .'-]{2,30}(?:,\s*(?:[A-Z][a-z]{2,8}\.` +
    String.raw`?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:,?\s+\d{4})?)?)?\s*(?:\((?:AFP|Reuters|AP|dpa|Xinhua|ANHA|SANA)\)` +
    String.raw`\s*)?[-—–:]+\s*|^[A-Z][A-Za-z .'-]{2,30},\s*Syria,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d` +
    String.raw`{4})?\s*(?:\([A-Z][\w .]{1,30}\))?\s*[-—–:]+\s*`,
  "",
);

/** More casualty statements than this in one text is not an article; stop there (bounds the work). */
const MAX_CANDIDATES = 400;

type TallySince = { date: string; precision: ExtractedTally["sincePrecision"] };

export interface ExtractionParts {
  incidents: ExtractedIncident[];
  tallies: ExtractedTally[];
}

interface SentenceInfo {
  s: Sentence;
  index: number;
  figures: CasualtyFigure[];
  dates: DateMention[] | null; // lazily computed
  place: ResolvedLocation | null | undefined; // lazily computed
}

const AMONG_DEAD_AFTER_RE = /^\s*(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|fatalities|those\s+killed|the\s+dead)\b/i;
// Another source's figure for the attack just told: "gave a lower toll of 46", "put the death toll at 34",
// "gave a higher figure, saying 123 people were dead".
// "the number of dead reached eight", "the toll rose to 9": an update of the toll of the attack just told
const TOLL_UPDATE_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|martyrs|fatalities|those\s+killed)`].join("|") +
    String.raw`)\s+(?:has\s+|had\s+)?(?:reached|rose|risen|climbed|increased|jumped|went\s+up|hit|stood|stands)\b`,
  "i",
);
const ALT_TOLL_RE = new RegExp(
  String.raw`\b(?:lower|higher|different|revised|conflicting|separate|own|larger|smaller|higher)\s+(?:death\s+)?(?:toll|figure|count|` +
    String.raw`tally|number)\b|\bput(?:s|ting)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:(?:death\s+)?toll|death\s+count|number\s+of\s+(?:the\s+)?` +
    String.raw`(?:dead|deaths|victims|martyrs|fatalities|those\s+killed|people\s+killed))\s+at\b|\bgave\s+a\s+(?:death\s+)?(?:toll|figu` +
    String.raw`re)\s+of\b`,
  "i",
);
const DAYS_OF_FIGHTING_RE = new RegExp(
  String.raw`\b(?:after|following|in)\s+(?:several\s+|two\s+|three\s+|four\s+|five\s+|a\s+few\s+)?(?:days|weeks)\s+of\s+(?:[\w-]+\s+){0,2}?(?:` +
    [String.raw`fighting|clashes|battles?|combat|siege|bombardment|shelling|assaults?`].join("|") +
    String.raw`)\b`,
  "i",
);
const CLAIM_ALL_RE = /\b(?:both|all|the\s+(?:two|three|twin)|these|those)\s+(?:\w+\s+)?(?:attacks|bombings|blasts|explosions|assaults|operations)\b/i;
// "Another air raid on the town of Azaz": the same kind of attack as the one just told, by the same hand
const ANOTHER_SAME_RE = new RegExp(
  String.raw`\b(?:another|a\s+(?:second|third|further))\s+(?:\w+\s+)?(?:air\s*raids?|airstrikes?|air\s+strikes?|strikes?|raids?|shell` +
    String.raw`ing|bombardments?|barrel\s+bombs?|drone\s+strikes?)\b|^(?:the\s+)?(?:air\s*strikes|airstrikes|strikes|shelling|bombardme` +
    String.raw`nt|raids|attacks)\s+continued\b`,
  "i",
);
const ATTRIBUTED_RE = /\b(?:said|says|reported|according\s+to|put|gave|counted|documented|recorded)\b/i;
const THE_TOWN_RE = /\b(?:of|in|near|outside|around)\s+the\s+(?:same\s+)?(?:city|town|village|provincial\s+capital)\b(?!\s+of\b)/i;
const YEAR_HINT_RE = /\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const EVENT_KIND_RANK: Record<DateMention["kind"], number> = { explicit: 0, weekday: 1, relative: 2, week: 3, month: 3, year: 4 };

/** Extract incidents and tallies from an article already read by readArticle. */
export function extractFromArticle(article: ParsedArticle): ExtractionParts {
  const pub = article.publishedAt;
  const sentences = splitSentences(article.text, article.content);
  const infos: SentenceInfo[] = sentences.map((s, index) => ({ s, index, figures: findCasualtyFigures(s.text), dates: null, place: undefined }));

  // A wire dateline ("HOMS, Dec 10 (AFP) -") tells where and when the story was filed, not the attack.
  // With no publication date, a day and month without a year take the year of the last full date told before.
  let yearContexts: Array<string | null> | null = null;
  const yearContextOf = (i: SentenceInfo): string | null => {
    if (pub) return null;
    if (!yearContexts) {
      yearContexts = [];
      let last: string | null = null;
      for (const x of infos) {
        yearContexts.push(last);
        if (!YEAR_HINT_RE.test(x.s.text)) continue;
        const full: DateMention[] = (x.dates ??= findDates(blankDateline(x.s.text), null, last)).filter(
          (d) => d.kind === "explicit" || d.kind === "month" || d.kind === "year",
        );
        if (full.length > 0) last = full[full.length - 1]!.date;
      }
    }
    return yearContexts[i.index] ?? null;
  };
  const datesOf = (i: SentenceInfo): DateMention[] => (i.dates ??= findDates(blankDateline(i.s.text), pub, yearContextOf(i)));
  // The governorates the headline and lead are about, to choose between homonyms in other sentences.
  let articleGovs: Set<string> | null = null;
  const articleGovernorates = (): Set<string> => {
    if (articleGovs) return articleGovs;
    articleGovs = new Set();
    for (const x of infos.slice(0, 4)) {
      const l = x.place === undefined ? (x.place = resolveLocation(maskForPlaces(x.s.text))) : x.place;
      if (l?.province) articleGovs.add(l.province);
    }
    return articleGovs;
  };
  const placeOf = (i: SentenceInfo): ResolvedLocation | null => {
    if (i.place === undefined) {
      const l = resolveLocation(maskForPlaces(i.s.text));
      i.place = l && i.index >= 4 ? (homonymIn(l, articleGovernorates()) ?? l) : l;
    }
    return i.place;
  };
  const eventDates = (i: SentenceInfo): DateMention[] => datesOf(i).filter((d) => !d.reporting && d.periodBound === null);

  // The main event's date: the most precise recent event date near the top of the article.
  const mainDate = findMainDate(infos, pub, eventDates);
  const fallbackDate: DateValue | null = pub ? { date: pub, precision: "week" } : null;

  const candidates: Candidate[] = [];
  const tallies: ExtractedTally[] = [];
  let lastTallySince: TallySince | null = null;
  let lastIncidentDate: DateValue | null = null;
  let lastTallySentence = -1;

  for (const info of infos) {
    if (info.figures.length === 0) continue;
    if (candidates.length >= MAX_CANDIDATES) break;
    const text = info.s.text;
    const prev = infos[info.index - 1];
    const own = eventDates(info);
    const deaths = info.figures.filter((f) => f.kind === "death");
    const injuries = info.figures.filter((f) => f.kind === "injury");

    // Deaths from earthquakes, floods, accidents or disease are not conflict incidents nor tallies.
    if (NON_CONFLICT_RE.test(text) && !CONFLICT_CAUSE_RE.test(text)) continue;
    const incidentDeaths: CasualtyFigure[] = [];
    let sentenceIsTally = false;
    // Sources disagreeing in one sentence ("SRGC said 1,302, while the LCC put the toll at 494"): one
    // figure of one attack, classified by its lowest reading.
    const disagree = deaths.length >= 2 && (DISAGREE_RE.test(text) || (deaths.length === 2 && ALT_TOLL_RE.test(text)));
    const lowest = disagree ? Math.min(...deaths.map((f) => f.best)) : 0;
    for (const f of deaths) {
      // "at least 135 civilians were among the dead": a breakdown of a toll told before, not a new figure
      if (AMONG_DEAD_AFTER_RE.test(text.slice(f.end, f.end + 60))) continue;
      const decision = classifyTally(
        text,
        disagree ? { best: lowest, start: f.start } : f,
        own,
        prev && prev.s.paragraph === info.s.paragraph ? prev.s.text : (prev?.s.text ?? null),
      );
      if (!decision.tally) {
        incidentDeaths.push(f);
        continue;
      }
      sentenceIsTally = true;
      const since: TallySince | null =
        tallySince(text, decision.period, datesOf(info), pub) ??
        (decision.continues ? lastTallySince : null) ??
        (decision.reason === "many attacks" && decision.period && prev ? tallySince(prev.s.text, decision.period, datesOf(prev), pub) : null);
      if (since) lastTallySince = since;
      const members = f.parts.length >= 2 && f.breakdown.length === 0 ? f.parts : [null];
      for (const part of members) {
        const count = part ? part.count.best : f.best;
        const who = part ? part.np : (f.victims ?? "people");
        const what = /^(?:deaths|dead|fatalities|killed|lives)$/i.test(who.trim()) ? "deaths" : `${who} killed`;
        tallies.push({
          count,
          description: `${what}${decision.period ? ` (${decision.period})` : ""}`.replace(/\s+/g, " ").trim(),
          since: since?.date ?? null,
          sincePrecision: since?.precision ?? null,
          reportedBy: findReporter(text)?.label ?? null,
          evidence: text,
          evidenceStart: info.s.start,
          evidenceEnd: info.s.end,
        });
      }
    }
    if (sentenceIsTally) lastTallySentence = info.index;
    // "Of those, 149 civilians perished in airstrikes", "Civilians: 327 ...": the breakdown of the tally just
    // told (a report's figures by category or cause), not a new attack.
    if (!sentenceIsTally && incidentDeaths.length > 0 && lastTallySentence >= 0 && info.index - lastTallySentence <= 2 && TALLY_BREAKDOWN_OPEN_RE.test(text)) {
      lastTallySentence = info.index;
      continue;
    }
    if (incidentDeaths.length === 0 && (sentenceIsTally || injuries.length === 0)) continue;

    // A sentence may tell two attacks joined by a relative anchor: "Russian strikes killed 32 jihadists
    // on Monday, a day after the group killed nine soldiers". Split the figures at such anchors.
    let segments = splitAtAnchors(text, incidentDeaths, injuries);
    // "57 people were killed in Homs and 87 in Sayyida Zeinab": one figure per place, each its own statement
    const perPlace = segments.length === 1 && !disagree ? splitByPlace(text, incidentDeaths, injuries) : null;
    if (perPlace) segments = perPlace;
    let segRef: DateValue | null = null;
    segments.forEach((seg, k) => {
      const made = addCandidate(info, seg, k, segRef, perPlace !== null);
      if (made) segRef = made;
    });
  }

  /**
   * The date of the sentence right before `info` in the same paragraph when it tells an event of its own
   * without a casualty figure: an explicit or relative date ("the previous day") near an event word.
   */
  function datedSentenceBefore(info: SentenceInfo): DateValue | null {
    const p = infos[info.index - 1];
    if (!p || p.s.paragraph !== info.s.paragraph || p.s.heading || p.figures.some((f) => f.kind === "death" && f.parts.length === 0 && f.victims === null))
      return null;
    // only when the sentence before produced no incident of its own (otherwise the usual rules apply)
    if (candidates.some((c) => c.sentenceIndex === p.index)) return null;
    if (!EVENT_RE.test(p.s.text)) return null;
    const own = eventDates(p);
    if (own.length > 0) return { date: own[0]!.date, precision: own[0]!.precision };
    const anchors = findRelativeAnchors(p.s.text, null);
    const ref = lastIncidentDate ?? mainDate;
    if (anchors.length > 0 && ref) return shiftDate(ref, anchors[0]!.days, anchors[0]!.precision);
    return null;
  }

  /** Build the candidate incident for one statement; returns its date (the reference for the next segment). */
  function addCandidate(info: SentenceInfo, seg: Segment, segIndex: number, segRef: DateValue | null, placeSplit = false): DateValue | null {
    const fullText = info.s.text;
    // Work on the segment's words, blanking the rest so offsets stay those of the sentence.
    const text = seg.start === 0 && seg.end >= fullText.length ? fullText : blankOutside(fullText, seg.start, seg.end);
    const own = eventDates(info).filter((d) => d.start >= seg.start && d.end <= seg.end);
    const incidentDeaths = seg.deaths;
    const injuries = seg.injuries;
    // Several death figures in one statement: sources disagreeing ("SANA said 5, the Observatory 6")
    // give a range; otherwise they are victims of the same attack and add up.
    const figure = combineFigures(text, incidentDeaths);
    const injured = injuries.length > 0 ? injuries.reduce((a, f) => a + f.best, 0) : null;

    // Injuries alone in a sentence that continues the previous incident belong to it.
    const previous = candidates[candidates.length - 1];
    if (
      !figure &&
      injured !== null &&
      previous &&
      info.index - previous.sentenceIndex <= 2 &&
      !NEW_EVENT_RE.test(text) &&
      (ANAPHORA_RE.test(text) || /\bothers?\b/i.test(text))
    ) {
      previous.incident.injured = Math.max(previous.incident.injured ?? 0, injured);
      return null;
    }
    // "Medical sources said at least 19 people were wounded": an injury-only sentence right after an
    // incident with no injury count, in the same paragraph, with no date or place of its own that differs.
    if (
      !figure &&
      injured !== null &&
      previous &&
      !previous.heading &&
      previous.incident.injured === null &&
      info.index - previous.sentenceIndex === 1 &&
      infos[previous.sentenceIndex]!.s.paragraph === info.s.paragraph &&
      !NEW_EVENT_RE.test(text) &&
      own.every(
        (d) => previous.incident.date === null || datesCompatible(d, { date: previous.incident.date, precision: previous.incident.datePrecision ?? "day" }),
      )
    ) {
      const pl = placeOf(info);
      if (!pl || pl.province === null || pl.province === previous.incident.province) {
        previous.incident.injured = injured;
        return null;
      }
    }

    const triggerAt = figure ? figure.triggerAt : injuries[0]!.triggerAt;
    const anchors = findRelativeAnchors(text, triggerAt).filter((a) => a.start >= seg.start && a.end <= seg.end + 40);
    const anaphoric = ANAPHORA_RE.test(text);
    const newEvent = NEW_EVENT_RE.test(text) || anchors.length > 0;

    // ---- date
    let date: DateValue | null = null;
    let prevDated: DateValue | null = null;
    let prevTold: SentenceInfo | null = null;
    let ownDated = false;
    if (own.length > 0) {
      const pick = [...own].sort(
        (a, b) =>
          precisionRank(a.precision) - precisionRank(b.precision) ||
          EVENT_KIND_RANK[a.kind] - EVENT_KIND_RANK[b.kind] ||
          Math.abs(a.start - triggerAt) - Math.abs(b.start - triggerAt),
      )[0]!;
      date = { date: pick.date, precision: pick.precision };
      ownDated = true;
    } else if (anchors.length > 0) {
      const ref = segRef ?? lastIncidentDate ?? mainDate ?? fallbackDate;
      const a = anchors[0]!;
      if (ref) date = shiftDate(ref, a.days, a.precision);
    } else if (anaphoric && !newEvent && (prevDated = datedSentenceBefore(info)) !== null) {
      // "Two fighters were slain in the clashes": the clashes told in the sentence just before, with its date
      // ("repelled an attack ... the previous day"), even when that sentence gave no death toll of its own
      date = prevDated;
      prevTold = infos[info.index - 1]!;
    } else if (mainDate && (anaphoric || !newEvent)) {
      // told without a date of its own and not marked as another time: the day the article is about
      date = mainDate;
    } else {
      // a nearby sentence in the same paragraph may date it
      for (let k = info.index - 1; k >= Math.max(0, info.index - 2); k--) {
        const p = infos[k]!;
        if (p.s.paragraph !== info.s.paragraph) break;
        const pd = eventDates(p)[0];
        if (pd) {
          date = { date: pd.date, precision: pd.precision };
          break;
        }
      }
      date ??= mainDate ? { date: mainDate.date, precision: mainDate.precision === "day" ? "week" : mainDate.precision } : fallbackDate;
    }
    // "seized the base on Sunday after days of fierce fighting in which ... were killed": the deaths span days
    if (date && ownDated && date.precision === "day" && DAYS_OF_FIGHTING_RE.test(text)) date = { date: date.date, precision: "week" };
    const background = newEvent || (ownDated && mainDate !== null && date !== null && !datesCompatible(date, mainDate));
    const isMain = !background && (anaphoric || candidates.length === 0 || isMainPosition(info) || candidates.every((c) => c.background));

    // ---- context sentences telling the same attack
    const context = contextSentences(infos, info, isMain);

    // An anaphoric statement ("the number of deaths in this crossfire ...") continues the incident just told.
    const continued = anaphoric && !newEvent && previous && !previous.background && info.index - previous.sentenceIndex <= 3 ? previous : null;

    // ---- place
    let loc = seg.start === 0 && seg.end >= fullText.length ? placeOf(info) : resolveLocation(maskForPlaces(text));
    const ownPlace = loc !== null;
    // told as the sequel of the sentence before (its date taken above): its place too
    if (loc === null && prevTold) loc = placeOf(prevTold);
    // Another source's toll or an update of the toll, told without a place or date of its own, is about the
    // attack just told: it takes that attack's place and date (and then joins it).
    const altish =
      figure !== null &&
      !newEvent &&
      previous !== undefined &&
      !previous.background &&
      info.index - previous.sentenceIndex <= 3 &&
      (ALT_TOLL_RE.test(fullText) || TOLL_UPDATE_RE.test(fullText)) &&
      !ownPlace &&
      !ownDated;
    if (altish && previous.incident.province !== null) loc = locationOf(previous.incident);
    if (altish && previous.incident.date !== null) date = { date: previous.incident.date, precision: previous.incident.datePrecision ?? "day" };
    if (loc === null && continued && continued.incident.province !== null) loc = locationOf(continued.incident);
    // "in the east of the city": the town of the incident just told
    if (loc === null && previous && !previous.heading && previous.incident.province !== null && THE_TOWN_RE.test(text)) loc = locationOf(previous.incident);
    // (another attack told with its own governorate is not refined with the main attack's town)
    // (an area named after a town, "the enclave of Afrin", "the Afrin region", is refined by a town in it too)
    if (
      loc === null ||
      loc.province === null ||
      (!background && (loc.geoPrecision === 3 || isBareCapital(loc) || (loc.cue === "area" && loc.geoPrecision === 2)))
    ) {
      for (const c of context) {
        const cl = placeOf(c);
        if (!cl) continue;
        if (loc === null) {
          loc = cl;
          if (cl.geoPrecision !== 3) break;
          continue;
        }
        // refine a province-level place (or a bare provincial capital) with a more specific one in the same province
        const locRank = isBareCapital(loc) ? 2.5 : (loc.geoPrecision ?? 3);
        if (cl.province !== null && (loc.province === null || cl.province === loc.province) && !isBareCapital(cl) && (cl.geoPrecision ?? 3) < locRank) {
          loc = cl;
          break;
        }
        if (loc.province === null && cl.province !== null && loc.geoPrecision === null) {
          loc = cl;
          break;
        }
      }
    }

    // ---- actors
    const victimSpans = figure ? [{ start: figure.start, end: figure.end }] : injuries.map((f) => ({ start: f.start, end: f.end }));
    const target = pickTarget(figure, injuries);
    let victimTarget: { label: ActorLabel; text: string } | null = null;
    // The attacker: an agent in the sentence itself ("by Daesh", "IS militants killed", "an IS attack"),
    // else the incident this sentence continues, else an agent in the sentences telling the same attack,
    // else any armed actor named in the sentence.
    // "346 jihadists and over 170 soldiers were killed": two sides among the dead; either may be the attacker
    const partLabels = new Set((figure?.parts ?? []).map((p) => findActors(p.np)[0]?.label).filter((l): l is ActorLabel => l !== undefined));
    const mixedSides = partLabels.size >= 2;
    let perp = pickPerpetrator(text, victimSpans, mixedSides ? null : (target?.label ?? null), 2);
    if (!perp && continued?.incident.perpetrator) {
      perp = {
        label: continued.incident.perpetrator as ActorLabel,
        text: continued.incident.perpetratorText ?? continued.incident.perpetrator,
        start: 0,
        end: 0,
      };
    }
    if (!perp && seg.start === 0) {
      for (const c of context) {
        perp = pickPerpetrator(c.s.text, [], target?.label ?? null, 2);
        if (perp) break;
      }
    }
    perp ??= pickPerpetrator(text, victimSpans, target?.label ?? null, 1);
    if (!perp && previous?.incident.perpetrator && !previous.heading && ANOTHER_SAME_RE.test(text)) {
      perp = { label: previous.incident.perpetrator as ActorLabel, text: previous.incident.perpetratorText ?? previous.incident.perpetrator, start: 0, end: 0 };
    }
    // "the organization massacred 46 civilians": the group named before (the main attack's or the last named attacker)
    if (!perp) {
      GROUP_ANAPHOR_RE.lastIndex = 0;
      let gm: RegExpExecArray | null;
      while ((gm = GROUP_ANAPHOR_RE.exec(text)) !== null) {
        const after = text.slice(gm.index + gm[0].length, gm.index + gm[0].length + 50);
        const before = text.slice(Math.max(0, gm.index - 40), gm.index);
        if (!AGENT_AFTER_RE.test(after) && !(AGENT_BEFORE_RE.test(before) && !PASSIVE_NOT_AGENT_RE.test(before))) continue;
        // the last non-state group named before the anaphor, in this sentence or the ones before
        const scopes = [
          fullText.slice(0, gm.index),
          ...infos
            .slice(Math.max(0, info.index - 6), info.index)
            .reverse()
            .map((x) => x.s.text),
        ];
        for (const sc of scopes) {
          const g = findActors(sc)
            .filter((a) => GROUP_LABELS.has(a.label))
            .pop();
          if (g) {
            perp = { label: g.label, text: gm[0], start: gm.index, end: gm.index + gm[0].length };
            break;
          }
        }
        break;
      }
    }
    // "On Tuesday, they captured the town ...": "they" as the agent is the actor the sentence before is about
    if (!perp && info.index > 0) {
      const pm = PRONOUN_AGENT_RE.exec(text);
      if (pm) {
        const prevActors = findActors(fullText.slice(0, pm.index)).length === 0 ? findActors(infos[info.index - 1]!.s.text) : [];
        const a = prevActors.find((x) => x.label !== ACTOR.CIVILIANS && x.label !== target?.label);
        if (a) perp = { label: a.label, text: a.text, start: pm.index, end: pm.index + 4 };
      }
    }
    let claim = findClaim(fullText);
    if (!claim) for (const c of context) if ((claim = findClaim(c.s.text))) break;
    // an attack claimed is an attack by the claimant
    if (!perp && claim) perp = claim;
    let reporter = findReporter(fullText);
    if (!reporter) for (const c of context) if ((reporter = findReporter(c.s.text))) break;

    // ---- attackers among the dead
    // injured only: no death count was given
    let killed: number | null = figure?.best ?? null;
    let killedLow = figure ? figure.low : null;
    let killedHigh = figure ? figure.high : null;
    let attackersKilled: number | null = null;
    if (figure && perp && figure.parts.length >= 1) {
      const attackerParts = figure.parts.filter((p) => isAttackerPart(p.np, perp!.label));
      if (attackerParts.length > 0 && attackerParts.length < figure.parts.length) {
        attackersKilled = attackerParts.reduce((a, p) => a + p.count.best, 0);
        const victims = figure.parts.filter((p) => !attackerParts.includes(p));
        killed = victims.reduce((a, p) => a + p.count.best, 0);
        killedLow = victims.every((p) => p.count.low !== null) ? victims.reduce((a, p) => a + (p.count.low ?? 0), 0) : null;
        killedHigh = victims.every((p) => p.count.high !== null) ? victims.reduce((a, p) => a + (p.count.high ?? 0), 0) : null;
        if (mixedSides) {
          const vl = victims.map((p) => findActors(p.np)[0]?.label).find((l): l is ActorLabel => l !== undefined);
          if (vl) victimTarget = { label: vl, text: victims.map((p) => p.np).join(" and ") };
        }
      } else if (
        attackerParts.length > 0 &&
        attackerParts.length === figure.parts.length &&
        previous &&
        !newEvent &&
        info.index - previous.sentenceIndex <= 2
      ) {
        // "Nine of the attackers were also killed": deaths on the attacking side of the attack just told
        previous.incident.attackersKilled = Math.max(previous.incident.attackersKilled ?? 0, killed ?? 0);
        return null;
      }
    }

    // "15 members of the organization were also killed", "dozens of insurgents also died": the attacking
    // side's dead, told after the attack, are its attackersKilled, not a new incident.
    if (
      figure &&
      attackersKilled === null &&
      previous &&
      !previous.heading &&
      !newEvent &&
      (!ownDated || (date !== null && previous.incident.date !== null && Math.abs(Date.parse(date.date) - Date.parse(previous.incident.date)) <= 86_400_000)) &&
      info.index - previous.sentenceIndex <= 2 &&
      (/\balso\b/i.test(text) || ANAPHORA_RE.test(text)) &&
      // "the strikes also killed 12 militants": militants as the object of a killing are its victims
      !/\b(?:kill(?:ed|ing|s)?|execut(?:ed|ing)|shot\s+dead|gunned\s+down|targeting|targeted)\s+(?:[\w-]+\s+){0,2}$/i.test(
        text.slice(Math.max(0, figure.start - 40), figure.start),
      ) &&
      figure.parts.length > 0 &&
      figure.parts.every(
        (p) => ATTACKER_REF_RE.test(p.np) || (previous.incident.perpetrator !== null && isAttackerPart(p.np, previous.incident.perpetrator as ActorLabel)),
      )
    ) {
      previous.incident.attackersKilled = Math.max(previous.incident.attackersKilled ?? 0, figure.best);
      return null;
    }

    // "army units pursued the terrorist group into the Badia and killed six of its members": the attackers
    // caught fleeing the attack just told are its attackersKilled, not another incident.
    if (
      figure &&
      attackersKilled === null &&
      previous &&
      !previous.heading &&
      !newEvent &&
      !ownDated &&
      info.index - previous.sentenceIndex <= 2 &&
      PURSUIT_RE.test(text.slice(0, figure.start)) &&
      POSSESSIVE_MEMBERS_RE.test(text.slice(figure.start, figure.end + 30))
    ) {
      previous.incident.attackersKilled = Math.max(previous.incident.attackersKilled ?? 0, figure.best);
      return null;
    }

    const incident: ExtractedIncident = {
      date: date?.date ?? null,
      datePrecision: date?.precision ?? null,
      place: loc?.place ?? (loc ? loc.phrase : null),
      placeId: loc?.placeId ?? null,
      province: loc?.province ?? null,
      lat: loc?.lat ?? null,
      lon: loc?.lon ?? null,
      geoPrecision: loc?.geoPrecision ?? null,
      perpetrator: perp?.label ?? null,
      perpetratorText: perp?.text ?? null,
      target: (victimTarget ?? target)?.label ?? null,
      targetText: (victimTarget ?? target)?.text ?? null,
      killed,
      killedLow,
      killedHigh,
      injured,
      killedVague: figure?.vague ?? false,
      attackersKilled,
      claimedBy: claim?.label ?? null,
      reportedBy: reporter?.label ?? null,
      evidence: fullText,
      evidenceStart: info.s.start,
      evidenceEnd: info.s.end,
    };
    candidates.push({
      incident,
      sentenceIndex: info.index,
      segment: segIndex,
      heading: info.s.heading,
      vague: figure?.vague ?? false,
      background,
      anaphoric,
      isMain,
      ownPlace,
      ownDated,
      disagreement: figure?.disagreement ?? false,
      // another source's figure: an explicit alternative toll, per-place figures, or a bare attributed figure
      // ("The Observatory said 11 people were killed") with no date, place or new attack of its own, right
      // after an incident
      altToll:
        figure !== null &&
        (ALT_TOLL_RE.test(fullText) ||
          (altish && !ownDated && !ownPlace) ||
          (placeSplit && ATTRIBUTED_RE.test(fullText)) ||
          (ATTRIBUTED_RE.test(fullText) &&
            !ownDated &&
            !ownPlace &&
            !newEvent &&
            previous !== undefined &&
            !previous.heading &&
            info.index - previous.sentenceIndex <= 2)),
    });
    if (!info.s.heading && date) lastIncidentDate = date;
    return date;
  }

  // "IS claimed responsibility for both attacks": the claimant is the attacker of the attacks told before
  for (const info of infos) {
    if (!CLAIM_ALL_RE.test(info.s.text)) continue;
    const claim = findClaim(info.s.text);
    if (!claim) continue;
    for (const c of candidates) {
      if (c.sentenceIndex < info.index && info.index - c.sentenceIndex <= 6 && c.incident.perpetrator === null) {
        c.incident.perpetrator = claim.label;
        c.incident.perpetratorText = claim.text;
        c.incident.claimedBy ??= claim.label;
      }
    }
  }

  // A headline whose figure is a tally of the body ("Death toll of week-long clashes rises to 14") is that
  // tally, not an attack, unless the body also tells an attack with that figure.
  const tallyCounts = new Set(tallies.map((t) => t.count));
  const kept = candidates.filter(
    (c) =>
      !(
        c.heading &&
        c.incident.killed !== null &&
        tallyCounts.has(c.incident.killed) &&
        !candidates.some((o) => !o.heading && o.incident.killed === c.incident.killed)
      ),
  );
  // The same tally told in the headline and the body ("Monthly toll | 1,021 killed", "documented the death of
  // 1,021 people"): one tally, the body's.
  const headingEvidence = new Set(infos.filter((x) => x.s.heading).map((x) => x.s.start));
  const uniqueTallies = tallies.filter(
    (t) => !(headingEvidence.has(t.evidenceStart) && tallies.some((o) => o !== t && o.count === t.count && !headingEvidence.has(o.evidenceStart))),
  );
  return { incidents: dedupeWithinArticle(kept), tallies: uniqueTallies };
}

// A sentence opening as a breakdown of a figure told before: "Of those, ...", "Among them ...", "The rest ...",
// or a category label of a report ("Civilians: ...", "Regime forces and loyalists: ...").
const TALLY_BREAKDOWN_OPEN_RE = new RegExp(
  String.raw`^\s*(?:[Oo]f\s+(?:those|them|these|whom|the\s+(?:dead|victims|total))\b|[Aa]mong\s+(?:them|those|these|the\s+(?:dead|vic` +
    String.raw`tims))\b|[Tt]he\s+(?:rest|remaining|remainder)\b|(?=\p{Lu})(?=[\p{L}'’ -]{1,60}:\s)[\p{L}'’ -]{0,40}?\b(?:[Cc]ivilians|[` +
    String.raw`Cc]hildren|[Ww]omen|[Mm]en|[Rr]egime|[Gg]overnment|[Ff]orces|[Ff]ighters|[Ff]actions|[Ss]oldiers|[Mm]embers|[Tt]roops|[M` +
    String.raw`m]ilitias|[Mm]ilitiamen|[Ll]oyalists|[Rr]ebels|[Jj]ihadists|ISIS|IS|Daesh|[Oo]thers|[Cc]ombatants|[Uu]nidentified|[Ff]or` +
    String.raw`eigners|SDF|HTS|[Dd]efectors|[Dd]etainees)\b[\p{L}'’ -]{0,30}:\s)`,
  "u",
);

interface Segment {
  start: number;
  end: number;
  deaths: CasualtyFigure[];
  injuries: CasualtyFigure[];
}

// A relative anchor between two figures of one sentence separates two attacks.
const SPLIT_ANCHOR_RE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+)?(?:days?|weeks?|hours?)\s+(?:after|before)\b|\bdays?\s+(?:earlier|later)\b/gi;

/** Split a sentence's figures into statements at relative anchors lying between two death figures. */
function splitAtAnchors(text: string, deaths: CasualtyFigure[], injuries: CasualtyFigure[]): Segment[] {
  const whole: Segment = { start: 0, end: text.length, deaths, injuries };
  if (deaths.length < 2) return [whole];
  const cuts: number[] = [];
  SPLIT_ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT_ANCHOR_RE.exec(text)) !== null) {
    const at = m.index;
    if (deaths.some((f) => f.end <= at) && deaths.some((f) => f.start >= at)) cuts.push(at);
  }
  if (cuts.length === 0) return [whole];
  const bounds = [0, ...cuts, text.length];
  const segs: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    const d = deaths.filter((f) => f.start >= a && f.start < b);
    const i = injuries.filter((f) => f.start >= a && f.start < b);
    if (d.length > 0 || i.length > 0) segs.push({ start: a, end: b, deaths: d, injuries: i });
  }
  return segs.length > 0 ? segs : [whole];
}

/**
 * Split a sentence's death figures by place when each is followed by its own place ("57 in Homs and 87 in
 * Sayyida Zeinab"): the first statement keeps the sentence's start (its subject and verb).
 */
function splitByPlace(text: string, deaths: CasualtyFigure[], injuries: CasualtyFigure[]): Segment[] | null {
  if (deaths.length < 2) return null;
  // a clause boundary between two figures ("..., while Russian warplanes killed 4 others") starts the next
  // segment, so the second attacker stays with its own figure
  const bounds = [
    0,
    ...deaths.slice(1).map((f, k) => {
      const from = deaths[k]!.end;
      const gap = text.slice(from, f.start);
      let cut = -1;
      for (const m of gap.matchAll(/,\s*(?:while|whereas)\s+|;\s*/g)) cut = m.index!;
      return cut >= 0 ? from + cut : f.start;
    }),
    text.length,
  ];
  const segs: Segment[] = [];
  const provinces = new Set<string>();
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    const f = deaths[k]!;
    // the place after the figure ("killed 4 others in the village of X"), else the one its clause opens
    // with ("barrel bombs on the town of X ..., claiming the lives of 5 civilians, while ...")
    const loc = resolveLocation(maskForPlaces(text.slice(f.end, b))) ?? (k === 0 ? resolveLocation(maskForPlaces(text.slice(a, f.start))) : null);
    if (!loc || loc.province === null) return null;
    provinces.add(loc.place ?? loc.province);
    segs.push({ start: a, end: b, deaths: [f], injuries: injuries.filter((i) => i.start >= a && i.start < b) });
  }
  return provinces.size === segs.length ? segs : null;
}

/** The sentence with everything outside [start, end) blanked (offsets unchanged). */
function blankOutside(text: string, start: number, end: number): string {
  return " ".repeat(start) + text.slice(start, end) + " ".repeat(Math.max(0, text.length - end));
}

function blankDateline(text: string): string {
  return text.replace(WIRE_DATELINE_RE, (m) => " ".repeat(m.length));
}

// Names of sources are not places ("SANA", "the Syrian Observatory", "Deir Ezzor 24").
const SOURCE_NAMES_RE = new RegExp(
  [
    String.raw`\bSANA\b|\bSyrian\s+Observatory(?:\s+for\s+Human\s+Rights)?\b|\bSOHR\b|\bDeir\s*(?:ez|Ez)?[- ]?zor\s*24\b|\bAmaq\b`,
    String.raw`\b(?:AFP|Reuters|AP|EFE|dpa|Xinhua|Anadolu|ANHA|Hawar)\b|\bWhite\s+Helmets\b|\bRudaw\b|\bKurdistan\s*24\b|\bNorth\s+Press\b`,
    String.raw`\bEnab\s+Baladi\b|\bAl[- ]Masdar(?:\s+News)?\b`,
  ].join("|"),
  "g",
);

/** Text for the place finder: wire dateline and source names blanked. */
function maskForPlaces(text: string): string {
  return blankDateline(text).replace(SOURCE_NAMES_RE, (m) => " ".repeat(m.length));
}

function locationOf(i: ExtractedIncident): ResolvedLocation {
  return {
    place: i.place,
    placeId: i.placeId,
    province: i.province,
    lat: i.lat,
    lon: i.lon,
    geoPrecision: i.geoPrecision,
    phrase: i.place ?? "",
    start: 0,
    end: 0,
  };
}

/** Headline, standfirst and the first two prose sentences tell the main attack. */
function isMainPosition(info: SentenceInfo): boolean {
  return info.s.heading || info.index <= 3;
}

function findMainDate(infos: SentenceInfo[], pub: string | null, eventDates: (i: SentenceInfo) => DateMention[]): DateValue | null {
  if (!pub) return null;
  const earliest = addDays(pub, -31);
  let best: DateMention | null = null;
  let bestIndex = -1;
  for (const info of infos) {
    if (info.s.paragraph > 3 && info.index >= 8) break;
    if (!EVENT_RE.test(info.s.text)) continue;
    for (const d of eventDates(info)) {
      if (d.date > pub || d.date < earliest) continue;
      if (d.kind === "year" || d.kind === "month") continue;
      // the most precise date; among equally precise ones the first told (the lead tells the main attack)
      if (
        best === null ||
        precisionRank(d.precision) < precisionRank(best.precision) ||
        (bestIndex === info.index && precisionRank(d.precision) === precisionRank(best.precision) && EVENT_KIND_RANK[d.kind] < EVENT_KIND_RANK[best.kind])
      ) {
        best = d;
        bestIndex = info.index;
      }
    }
  }
  return best ? { date: best.date, precision: best.precision } : null;
}

/**
 * Sentences that tell the same attack as `info`: up to two after and two before, stopping at another
 * casualty figure or another attack; then, for the main attack, the headline and lead.
 */
function contextSentences(infos: SentenceInfo[], info: SentenceInfo, isMain: boolean): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  const ok = (c: SentenceInfo) => EVENT_RE.test(c.s.text) || ANAPHORA_RE.test(c.s.text);
  for (let k = info.index + 1; k <= info.index + 2 && k < infos.length; k++) {
    const c = infos[k]!;
    // (an injury-only sentence right after, "adding that dozens more were wounded", still tells the same attack)
    if (c.figures.some((f) => f.kind === "death") || (c.figures.length > 0 && !ANAPHORA_RE.test(c.s.text)) || NEW_EVENT_RE.test(c.s.text)) break;
    if (/\b(?:also|meanwhile|however)\b/i.test(c.s.text.slice(0, 30)) && !ANAPHORA_RE.test(c.s.text)) break;
    if (ok(c)) out.push(c);
  }
  for (let k = info.index - 1; k >= info.index - 2 && k >= 0; k--) {
    const c = infos[k]!;
    if (c.figures.length > 0 || c.s.heading) break;
    if (ok(c) && !NEW_EVENT_RE.test(c.s.text)) out.push(c);
    if (c.s.paragraph !== info.s.paragraph) break;
  }
  if (isMain) {
    for (const c of infos.slice(0, 6)) {
      if (c.index === info.index || out.includes(c)) continue;
      if (c.figures.some((f) => f.kind === "death") && !c.s.heading) continue;
      if (ok(c)) out.push(c);
    }
  }
  return out;
}

interface CombinedFigure {
  best: number;
  low: number | null;
  high: number | null;
  vague: boolean;
  start: number;
  end: number;
  triggerAt: number;
  parts: CasualtyFigure["parts"];
  victims: string | null;
  disagreement: boolean;
}

// (the clauses can be long: "while the Local Committees, a network of activists on the ground, put the toll at 320")
const DISAGREE_RE = new RegExp(
  String.raw`\b(?:while|whereas|but|although)\b[^.;]{0,110}\b(?:said|put|reported|gave|says|puts|according)\b|\b(?:said|put|reported|` +
    String.raw`according\s+to)\b[^.;]{0,180}\b(?:while|whereas|but)\b[^.;]{0,110}\b(?:said|put|puts|reported|gave|says|according|counte` +
    String.raw`d|documented)\b`,
  "i",
);

function combineFigures(text: string, figs: CasualtyFigure[]): CombinedFigure | null {
  if (figs.length === 0) return null;
  const first = figs[0]!;
  if (figs.length === 1) return { ...first, disagreement: false };
  // two sources' figures for one attack are never added: "said 270 ..., while X put the toll at 320"
  const disagreement = DISAGREE_RE.test(text) || (figs.length === 2 && ALT_TOLL_RE.test(text));
  if (disagreement) {
    const bests = figs.map((f) => f.best);
    const lows = figs.map((f) => f.low ?? f.best);
    const highs = figs.map((f) => f.high ?? f.best);
    const minF = figs.reduce((a, f) => (f.best < a.best ? f : a), first);
    return {
      ...minF,
      best: Math.min(...bests),
      low: Math.min(...lows),
      high: Math.max(...highs),
      vague: figs.every((f) => f.vague),
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
  return {
    best: figs.reduce((a, f) => a + f.best, 0),
    low,
    high,
    vague: figs.some((f) => f.vague),
    start: first.start,
    end: figs[figs.length - 1]!.end,
    triggerAt: first.triggerAt,
    parts: figs.flatMap((f) => (f.parts.length > 0 ? f.parts : [])),
    victims:
      figs
        .map((f) => f.victims)
        .filter((v): v is string => v !== null)
        .join(" and ") || null,
    disagreement: false,
  };
}

function pickTarget(figure: CombinedFigure | null, injuries: CasualtyFigure[]): { label: ActorLabel; text: string } | null {
  const victims = figure?.victims ?? injuries[0]?.victims ?? null;
  if (!victims) return null;
  const a = findActors(victims);
  if (a[0]) return { label: a[0].label, text: victims };
  // bare "soldiers" of a Syrian story: the army; "people" stays unknown
  if (/\b(?:troops|officers?|conscripts|recruits|lieutenant|colonel|servicemen)\b/i.test(victims)) {
    return { label: ACTOR.GOV, text: victims };
  }
  return null;
}

function pickPerpetrator(text: string, exclude: Array<{ start: number; end: number }>, targetLabel: ActorLabel | null, minScore: number): ActorMention | null {
  const reporter = findReporter(text);
  let best: ActorMention | null = null;
  let bestScore = 0;
  for (const a of findActors(text)) {
    if (a.label === ACTOR.CIVILIANS) continue;
    if (exclude.some((e) => a.start < e.end && e.start < a.end)) continue;
    if (reporter && a.start < reporter.end && reporter.start < a.end) continue;
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    const after = text.slice(a.end, a.end + 50);
    let score = 1;
    if (AGENT_BEFORE_RE.test(before) && !PASSIVE_NOT_AGENT_RE.test(before)) score += 3;
    if (AGENT_AFTER_RE.test(after)) score += 3;
    if (/\b(?:clash(?:es|ed)?|fighting|battles?|confrontations?)\s+with\s+(?:\w+\s+){0,3}$/i.test(before)) score += 2;
    if (/\b(?:against|on|targeting|targeted)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i.test(before)) score -= 2;
    if (/\bof\s+(?:the\s+)?$/i.test(before) && !AGENT_AFTER_RE.test(after)) score -= 1;
    if (a.label === targetLabel) score -= 3;
    // "rebel-held", "government-controlled": who holds the place, not who struck
    if (/^-?\s*(?:held|controlled|run|dominated|besieged)\b/i.test(after)) score -= 3;
    // "the rebel town of Daraya", "a regime stronghold": the holder of a place named as such
    if (
      new RegExp(
        String.raw`^\s+(?:` +
          [
            String.raw`towns?|city|cities|villages?|enclaves?|strongholds?|bastions?|areas?|territory|territories|districts?|neighbou?rhoods?|suburbs?`,
            String.raw`pockets?|regions?|zones?|positions?\s+in`,
          ].join("|") +
          String.raw`)\b`,
        "i",
      ).test(after)
    )
      score -= 3;
    if (a.label === ACTOR.GOV && /^soldiers$/i.test(a.text)) score -= 1;
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return bestScore >= minScore ? best : null;
}

function isAttackerPart(np: string, perpetrator: ActorLabel): boolean {
  const actors = findActors(np);
  if (actors.some((a) => a.label === perpetrator)) return true;
  return actors.length === 0 && ATTACKER_NP_RE.test(np) && /\b(?:attackers|assailants)\b/i.test(np);
}

/** The start of a tally's period from its sentence: "since March 24, 2019", "this year", "from March 2019". */
function tallySince(text: string, period: string | null, dates: DateMention[], pub: string | null): TallySince | null {
  const bound = dates.find((d) => d.periodBound === "since");
  if (bound) return { date: bound.date, precision: bound.precision };
  // "since its onset in 2011": the first date within a few words after "since"
  const sinceAt = text.search(/\bsince\b/i);
  if (sinceAt >= 0) {
    const near = dates.find((d) => d.start > sinceAt && d.start - sinceAt < 40 && !d.reporting);
    if (near) return { date: near.date, precision: near.precision };
  }
  if (period && /\b(?:this\s+year|(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year)\b/i.test(period) && pub) {
    return { date: `${pub.slice(0, 4)}-01-01`, precision: "year" };
  }
  // Syria's war began in March 2011: "since the start of the war/conflict/uprising"
  if (period && /\b(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:civil\s+)?(?:war|conflict|uprising|revolution)\b/i.test(period)) {
    return { date: "2011-03-01", precision: "month" };
  }
  // "in 2021", "in the first half of 2022": that year
  const inYear = period ? /\b((?:19|20)\d\d)\b/.exec(period) : null;
  if (inYear && /^in\b/i.test(period!)) return { date: `${inYear[1]}-01-01`, precision: "year" };
  if (period && /\b(?:last|past)\s+year\b/i.test(period) && pub) {
    return { date: `${Number(pub.slice(0, 4)) - 1}-01-01`, precision: "year" };
  }
  return null;
}
