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
import {
  addDays,
  datesCompatible,
  findDates,
  findRelativeAnchors,
  precisionRank,
  shiftDate,
  type DateMention,
  type DateValue,
} from "./dates";
import { ACTOR, findActors, findClaim, findReporter, type ActorLabel, type ActorMention } from "./actors";
import { resolveLocation, type ResolvedLocation } from "./places";
import { dedupeWithinArticle, type Candidate } from "./dedupe";
import type { ExtractedIncident, ExtractedTally } from "./types";

// A sentence that tells an attack (used to pick the main event's date and to accept context).
const EVENT_RE =
  /\b(?:deaths?|killings?|attack(?:s|ed|ing)?|ambush(?:ed|es)?|assault(?:s|ed)?|clash(?:es|ed)?|kill(?:s|ed|ing)?|dead|died|bomb(?:s|ed|ing|ings)?|explosion|blast|strikes?|airstrikes?|shell(?:ed|ing)|raid(?:s|ed)?|offensive|fighting|took\s+place|happened|occurred|targeted|intercepted|captured|opened\s+fire|launched|stormed|executed)\b/i;
const NON_CONFLICT_RE =
  /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|storms?|snowstorm|blizzard|heatwave|wildfires?|traffic\s+accidents?|road\s+accidents?|car\s+(?:accident|crash)|crash(?:ed)?|drown(?:ed|ing)|cholera|covid(?:-19)?|coronavirus|pandemic|epidemic|disease|outbreak\s+of|cold\s+weather|freezing|famine|starvation|boat\s+sank|shipwreck|collapse\s+of\s+(?:a\s+)?building|building\s+collapsed|gas\s+leak)\b/i;
// ... unless the same sentence names an armed cause too.
const CONFLICT_CAUSE_RE =
  /\b(?:attack(?:s|ed)?|shell(?:ed|ing)|bomb(?:s|ed|ing)?|air\s*strikes?|strikes?|gunmen|clash(?:es)?|ambush(?:ed)?|militants|jihadists|shot|gunfire|mortar|rocket|missile|drone|IED|landmine|mine|explosive|executed|regime|forces|rebels)\b/i;

// The sentence refers back to an attack already told.
const ANAPHORA_RE =
  /\b(?:the|this|that|these|those)\s+(?:(?:recent|latest|deadly|same|previous|initial|dawn|night|suicide|car|bomb|twin|double|simultaneous|coordinated|IS|Daesh|jihadist)\s+)?(?:attacks?|ambush(?:es)?|assaults?|bombings?|incident|raid|clashes|crossfire|explosion|blast|strikes?|operation|massacre|fighting|offensive)\b|\bthe\s+(?:soldiers|victims|dead|attackers|assailants|bodies|fighters)\b|\b(?:the|this)\s+area\b/i;
// The sentence starts another attack: never merged with the main one, never given the headline's place.
const NEW_EVENT_RE = /\b(?:another|a\s+(?:second|third|separate|further|new)\s+(?:attack|ambush|assault|bombing|incident)|separately|in\s+a\s+separate|elsewhere|meanwhile|also\s+in)\b/i;
// Nouns for attackers when the article calls them by role rather than by name.
const ATTACKER_NP_RE = /\b(?:attackers|assailants|gunmen|militants|jihadists|terrorists?|insurgents)\b/i;
// Context words after an actor that make it the agent.
const AGENT_AFTER_RE =
  /^\s*(?:\([^)]{0,20}\)\s*)?(?:['’]s?\s+)?(?:(?:\w+[- ]){0,2})?(?:attacks?|ambush(?:es)?|assaults?|offensive|bombings?|strikes?|airstrikes?|raids?|shelling|fire|cells?|militants|fighters|gunmen|remnants|jihadists)\b|^\s*(?:\([^)]{0,20}\)\s*)?(?:\w+\s+){0,2}?(?:attacked|ambushed|bombed|launched|killed|targeted|stormed|shelled|struck|hit|executed|intercepted|opened\s+fire|carried\s+out|detonated|claimed|fired|raided|kidnapped|abducted|has\s+launched|have\s+launched|shot)\b/i;
const AGENT_BEFORE_RE = /\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;
// "guarded by the army", "backed by Turkey": a "by" that does not introduce the attacker.
const PASSIVE_NOT_AGENT_RE =
  /\b(?:guarded|backed|supported|led|protected|escorted|accompanied|owned|run|controlled|held|funded|armed|trained|founded|formed|declared|recognised|recognized|designated|followed|surrounded|loyal)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;

const WIRE_DATELINE_RE =
  /^[A-Z][A-Z .'-]{2,30}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?)?\s*(?:\((?:AFP|Reuters|AP|dpa|Xinhua|ANHA|SANA)\)\s*)?[-—–:]+\s*/;

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

const EVENT_KIND_RANK: Record<DateMention["kind"], number> = { explicit: 0, weekday: 1, relative: 2, week: 3, month: 3, year: 4 };

/** Extract incidents and tallies from an article already read by readArticle. */
export function extractFromArticle(article: ParsedArticle): ExtractionParts {
  const pub = article.publishedAt;
  const sentences = splitSentences(article.text, article.content);
  const infos: SentenceInfo[] = sentences.map((s, index) => ({ s, index, figures: findCasualtyFigures(s.text), dates: null, place: undefined }));

  // A wire dateline ("HOMS, Dec 10 (AFP) -") tells where and when the story was filed, not the attack.
  const datesOf = (i: SentenceInfo): DateMention[] => (i.dates ??= findDates(blankDateline(i.s.text), pub));
  const placeOf = (i: SentenceInfo): ResolvedLocation | null => {
    if (i.place === undefined) i.place = resolveLocation(maskForPlaces(i.s.text));
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
    for (const f of deaths) {
      const decision = classifyTally(text, f, own, prev && prev.s.paragraph === info.s.paragraph ? prev.s.text : prev?.s.text ?? null);
      if (!decision.tally) {
        incidentDeaths.push(f);
        continue;
      }
      sentenceIsTally = true;
      const since: TallySince | null = tallySince(text, decision.period, datesOf(info), pub) ??
        (decision.continues ? lastTallySince : null) ??
        (decision.reason === "many attacks" && decision.period && prev ? tallySince(prev.s.text, decision.period, datesOf(prev), pub) : null);
      if (since) lastTallySince = since;
      const members = f.parts.length >= 2 && f.breakdown.length === 0 ? f.parts : [null];
      for (const part of members) {
        const count = part ? part.count.best : f.best;
        const who = part ? part.np : f.victims ?? "people";
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
    if (incidentDeaths.length === 0 && (sentenceIsTally || injuries.length === 0)) continue;

    // A sentence may tell two attacks joined by a relative anchor: "Russian strikes killed 32 jihadists
    // on Monday, a day after the group killed nine soldiers". Split the figures at such anchors.
    const segments = splitAtAnchors(text, incidentDeaths, injuries);
    let segRef: DateValue | null = null;
    segments.forEach((seg, k) => {
      const made = addCandidate(info, seg, k, segRef);
      if (made) segRef = made;
    });
  }

  /** Build the candidate incident for one statement; returns its date (the reference for the next segment). */
  function addCandidate(info: SentenceInfo, seg: Segment, segIndex: number, segRef: DateValue | null): DateValue | null {
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
    if (!figure && injured !== null && previous && info.index - previous.sentenceIndex <= 2 && !NEW_EVENT_RE.test(text) && (ANAPHORA_RE.test(text) || /\bothers?\b/i.test(text))) {
      previous.incident.injured = Math.max(previous.incident.injured ?? 0, injured);
      return null;
    }

    const triggerAt = figure ? figure.triggerAt : injuries[0]!.triggerAt;
    const anchors = findRelativeAnchors(text, triggerAt).filter((a) => a.start >= seg.start && a.end <= seg.end + 40);
    const anaphoric = ANAPHORA_RE.test(text);
    const newEvent = NEW_EVENT_RE.test(text) || anchors.length > 0;

    // ---- date
    let date: DateValue | null = null;
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
    const background = newEvent || (ownDated && mainDate !== null && date !== null && !datesCompatible(date, mainDate));
    const isMain = !background && (anaphoric || candidates.length === 0 || isMainPosition(info) || candidates.every((c) => c.background));

    // ---- context sentences telling the same attack
    const context = contextSentences(infos, info, isMain);

    // An anaphoric statement ("the number of deaths in this crossfire ...") continues the incident just told.
    const continued = anaphoric && !newEvent && previous && !previous.background && info.index - previous.sentenceIndex <= 3 ? previous : null;

    // ---- place
    let loc = seg.start === 0 && seg.end >= fullText.length ? placeOf(info) : resolveLocation(maskForPlaces(text));
    const ownPlace = loc !== null;
    if (loc === null && continued && continued.incident.province !== null) loc = locationOf(continued.incident);
    if (loc === null || loc.geoPrecision === 3 || loc.province === null) {
      for (const c of context) {
        const cl = placeOf(c);
        if (!cl) continue;
        if (loc === null) {
          loc = cl;
          if (cl.geoPrecision !== 3) break;
          continue;
        }
        // refine a province-level place with a more specific one in the same province
        if (cl.province !== null && (loc.province === null || cl.province === loc.province) && (cl.geoPrecision ?? 3) < (loc.geoPrecision ?? 3)) {
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
    // The attacker: an agent in the sentence itself ("by Daesh", "IS militants killed", "an IS attack"),
    // else the incident this sentence continues, else an agent in the sentences telling the same attack,
    // else any armed actor named in the sentence.
    let perp = pickPerpetrator(text, victimSpans, target?.label ?? null, 2);
    if (!perp && continued?.incident.perpetrator) {
      perp = { label: continued.incident.perpetrator as ActorLabel, text: continued.incident.perpetratorText ?? continued.incident.perpetrator, start: 0, end: 0 };
    }
    if (!perp && seg.start === 0) {
      for (const c of context) {
        perp = pickPerpetrator(c.s.text, [], target?.label ?? null, 2);
        if (perp) break;
      }
    }
    perp ??= pickPerpetrator(text, victimSpans, target?.label ?? null, 1);
    let claim = findClaim(fullText);
    if (!claim) for (const c of context) if ((claim = findClaim(c.s.text))) break;
    let reporter = findReporter(fullText);
    if (!reporter) for (const c of context) if ((reporter = findReporter(c.s.text))) break;

    // ---- attackers among the dead
    let killed = figure?.best ?? 0;
    let killedLow = figure ? figure.low : 0;
    let killedHigh = figure ? figure.high : 0;
    let attackersKilled: number | null = null;
    if (figure && perp && figure.parts.length >= 1) {
      const attackerParts = figure.parts.filter((p) => isAttackerPart(p.np, perp!.label));
      if (attackerParts.length > 0 && attackerParts.length < figure.parts.length) {
        attackersKilled = attackerParts.reduce((a, p) => a + p.count.best, 0);
        const victims = figure.parts.filter((p) => !attackerParts.includes(p));
        killed = victims.reduce((a, p) => a + p.count.best, 0);
        killedLow = victims.every((p) => p.count.low !== null) ? victims.reduce((a, p) => a + (p.count.low ?? 0), 0) : null;
        killedHigh = victims.every((p) => p.count.high !== null) ? victims.reduce((a, p) => a + (p.count.high ?? 0), 0) : null;
      } else if (attackerParts.length > 0 && attackerParts.length === figure.parts.length && previous && !newEvent && info.index - previous.sentenceIndex <= 2) {
        // "Nine of the attackers were also killed": deaths on the attacking side of the attack just told
        previous.incident.attackersKilled = Math.max(previous.incident.attackersKilled ?? 0, killed);
        return null;
      }
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
      target: target?.label ?? null,
      targetText: target?.text ?? null,
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
    });
    if (!info.s.heading && date) lastIncidentDate = date;
    return date;
  }

  return { incidents: dedupeWithinArticle(candidates), tallies };
}

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

/** The sentence with everything outside [start, end) blanked (offsets unchanged). */
function blankOutside(text: string, start: number, end: number): string {
  return " ".repeat(start) + text.slice(start, end) + " ".repeat(Math.max(0, text.length - end));
}

function blankDateline(text: string): string {
  return text.replace(WIRE_DATELINE_RE, (m) => " ".repeat(m.length));
}

// Names of sources are not places ("SANA", "the Syrian Observatory", "Deir Ezzor 24").
const SOURCE_NAMES_RE =
  /\bSANA\b|\bSyrian\s+Observatory(?:\s+for\s+Human\s+Rights)?\b|\bSOHR\b|\bDeir\s*(?:ez|Ez)?[- ]?zor\s*24\b|\bAmaq\b|\b(?:AFP|Reuters|AP|EFE|dpa|Xinhua|Anadolu|ANHA|Hawar)\b|\bWhite\s+Helmets\b|\bRudaw\b|\bKurdistan\s*24\b|\bNorth\s+Press\b|\bEnab\s+Baladi\b|\bAl[- ]Masdar(?:\s+News)?\b/g;

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

function findMainDate(
  infos: SentenceInfo[],
  pub: string | null,
  eventDates: (i: SentenceInfo) => DateMention[],
): DateValue | null {
  if (!pub) return null;
  const earliest = addDays(pub, -31);
  let best: DateMention | null = null;
  for (const info of infos) {
    if (info.s.paragraph > 3 && info.index >= 8) break;
    if (!EVENT_RE.test(info.s.text)) continue;
    for (const d of eventDates(info)) {
      if (d.date > pub || d.date < earliest) continue;
      if (d.kind === "year" || d.kind === "month") continue;
      if (
        best === null ||
        precisionRank(d.precision) < precisionRank(best.precision) ||
        (precisionRank(d.precision) === precisionRank(best.precision) && EVENT_KIND_RANK[d.kind] < EVENT_KIND_RANK[best.kind])
      ) {
        best = d;
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
    if (c.figures.length > 0 || NEW_EVENT_RE.test(c.s.text)) break;
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

const DISAGREE_RE = /\b(?:while|whereas|but|although)\b[^.;]{0,60}\b(?:said|put|reported|gave|says|puts|according)\b|\b(?:said|put|reported|according\s+to)\b[^.;]{0,80}\b(?:while|whereas|but)\b/i;

function combineFigures(text: string, figs: CasualtyFigure[]): CombinedFigure | null {
  if (figs.length === 0) return null;
  const first = figs[0]!;
  if (figs.length === 1) return { ...first, disagreement: false };
  const disagreement = DISAGREE_RE.test(text);
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
    victims: figs.map((f) => f.victims).filter((v): v is string => v !== null).join(" and ") || null,
    disagreement: false,
  };
}

function pickTarget(
  figure: CombinedFigure | null,
  injuries: CasualtyFigure[],
): { label: ActorLabel; text: string } | null {
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

function pickPerpetrator(
  text: string,
  exclude: Array<{ start: number; end: number }>,
  targetLabel: ActorLabel | null,
  minScore: number,
): ActorMention | null {
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
function tallySince(
  text: string,
  period: string | null,
  dates: DateMention[],
  pub: string | null,
): TallySince | null {
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
  if (period && /\b(?:last|past)\s+year\b/i.test(period) && pub) {
    return { date: `${Number(pub.slice(0, 4)) - 1}-01-01`, precision: "year" };
  }
  return null;
}
