// Tallies: cumulative or period figures ("since March 24, 2019 ... at least 753", "this year ... 385",
// "the conflict has killed more than 500,000 people", "over five years ... 21,000"). They go to
// `tallies` with their period, never to incidents.
//
// A casualty figure is a tally when its sentence
// - names a period: "since <date>", "since then", "this year", "so far", "to date", "in total", "over the
//   past N years", "over five years", "from March 2019 to date", "on the same dates", "during the same
//   period" (but not a superlative's frame: "the deadliest attack since 2019", "the deadliest this year");
// - has the war or conflict as the killer: "the conflict has killed", "the war has resulted in";
// - is a monitor's running count: "SOHR has (also) documented/recorded/counted the deaths of";
// - speaks of many attacks in a period: "these attacks have claimed the lives of ..." after "numerous
//   attacks ... this year";
// - or gives a very large figure (>= 1000) with no day or week to pin it to one event.
import { findReporter } from "./actors";
import type { CasualtyFigure } from "./casualties";
import type { DateMention } from "./dates";
import type { ArticleDoc, SentenceInfo } from "./doc";
import { AMONG_DEAD_AFTER_RE, ATTACK_WORD_RE, addsDead, figuresDisagree, MONITOR_NEXT_ITEM_RE, PLACE_AFTER_FIGURE_RE } from "./patterns";
import { learnedTally } from "./tally-model";
import type { ExtractedTally } from "./types";

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTHS = `(?:${MONTH_NAMES})`;

const PERIOD_RE = new RegExp(
  String.raw`\bsince\b|\b(?:this|last|past)\s+year\b|\bso\s+far\b|\bto\s+date\b|\bthus\s+far\b|\buntil\s+now\b|\bup\s+to\s+now\b|\bin` +
    String.raw`\s+total\b|\ba\s+total\s+of\b|\boverall\b|\bcumulative(?:ly)?\b|\b(?:over|during|in|throughout|within)\s+the\s+(?:past|l` +
    String.raw`ast|previous)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\b|\bover\s+(?:\w+\s+){1,2}?(?:years|months|decades)\b|\bth` +
    String.raw`roughout\s+the\s+(?:war|conflict|year)\b|\bon\s+the\s+same\s+dates\b|\b(?:during|over|in|for)\s+the\s+same\s+period\b|\bfrom\s+(?:\w+\s+` +
    String.raw`)?(?:\d{1,2},?\s+)?(?:\d{4}\s+)?(?:to|until|till)\s+(?:date|now|today)\b|\bin\s+\d{4}\s+alone\b|\bsince\s+(?:the\s+)?(?:` +
    String.raw`start|beginning|outbreak|onset)\b|\b(?:earlier|later)\s+this\s+year\b|\b(?:this|last|past)\s+month\b|\b(?:during|through` +
    String.raw`out)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
    String.raw`Ramadan)\b|\b(?:in|during)\s+(?:the\s+)?(?:first|second|third|fourth|last|past|final)\s+(?:\w+\s+)?(?:half|quarter|months?|weeks?|d` +
    String.raw`ays?)\s+of\b|\bin\s+(?:19|20)\d\d\b(?!\s*[-/])|\bin\s+(?:its|their|the)\s+(?:first|initial|opening)\s+(?:\w+\s+)?(?:days` +
    String.raw`|weeks|months|years)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|` +
    String.raw`20)\d\d|year|month|week)(?:\s+(?:19|20)\d\d)?\s+alone\b|\b(?:over|during|throughout|in)\s+(?:the\s+)?(?:whole|entire|ful` +
    String.raw`l|course)\s+(?:of\s+)?(?:the\s+)?(?:(?:19|20)\d\d|year|month|war|conflict)\b|\b(?:over|during|in|throughout|within)\s+th` +
    String.raw`e\s+(?:past|last|previous)\s+(?:\d{2,}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+days\b` +
    // "have been killed in Daraa province in recent days"
    String.raw`|\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months)\b` +
    // "From July 2018 to July 2020, ... killed 309", "between January and March 2021"
    String.raw`|\b(?:from|between)\s+${MONTHS}(?:\s+(?:19|20)\d\d)?\s+(?:to|until|till|through|and)\s+${MONTHS}(?:\s+(?:19|20)\d\d)?\b` +
    // "between early December and Saturday, December 24": a span from part of a month to a day
    String.raw`|\bbetween\s+(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+${MONTHS}\s+and\s+(?:\w+day,?\s+)?(?:\d{1,2}\s+)?${MONTHS}\b`,
  "gi",
);
const MONTH_BEFORE_RE = new RegExp(
  [
    String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?\s+$`,
    String.raw`\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$`,
  ].join("|"),
  "i",
);
// A period phrase that only frames a superlative: "one of the deadliest such assaults this year".
const SUPERLATIVE_BEFORE_RE =
  /\b(?:deadliest|worst|bloodiest|biggest|largest|highest|heaviest|most\s+(?!of\b)\w+|first|latest|fiercest|strongest|single\s+deadliest)\b[^.;]{0,60}$/i;
const WAR_KILLER_RE = new RegExp(
  // ("the foreign-charged war that has already killed thousands")
  String.raw`\b(?:the|this|syria['’]s|the\s+syrian)\s+(?:[a-z]+-[a-z]+\s+)?(?:civil\s+)?(?:war|conflict|fighting|violence)\b[^.;]{0,40}?\b(?:has|have|had)` +
    String.raw`?\s*(?:already\s+|so\s+far\s+)?(?:killed|claimed|left|resulted\s+in|caused|cost)\b|\b(?:war|conflict)['’]s\s+(?:death\s+)?toll\b`,
  "i",
);
const MONITOR_COUNT_RE = new RegExp(
  String.raw`\b(?:has|have)\s+(?:also\s+)?(?:documented|recorded|counted|registered|tallied|verified|reported|confirmed)\s+(?:the\s+)` +
    String.raw`?(?:deaths?|killings?|killing|death)\b|\b(?:documented|recorded|counted|registered|tallied)\s+(?:\S+\s+){1,3}?(?:deaths|` +
    String.raw`killings|fatalities)\b`,
  "i",
);
// A monitor counting without a day: "SOHR documented the death of 327 civilians" (a report's figure).
// ("The Ahrar Horan Gathering documented 43 people killed in May": the same, with the count first)
const MONITOR_DOCUMENTED_RE = new RegExp(
  String.raw`\b(?:documented|recorded|counted|registered|tallied)\s+(?:the\s+)?(?:deaths?|killings?)\s+of\b` +
    String.raw`|\b(?:documented|recorded|counted|registered|tallied)\s+(?:at\s+least\s+|some\s+|about\s+)?\d[\d,]*\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths)\b`,
  "i",
);
// A toll over the whole country for a day or a period: "Across Syria, at least 90 people were killed on Monday".
const NATIONWIDE_RE = new RegExp(
  String.raw`\b(?:across|throughout|all\s+over|around|nationwide\s+in)\s+(?:the\s+)?(?:syria|syrian\s+territor(?:y|ies)|(?:whole\s+|entire\s` +
    String.raw`+)?country)\b|\bnationwide\b|\ball\s+(?:of\s+)?syria\b` +
    // "killed in violence in Syria on Sunday": the day's unrest everywhere, not one attack
    String.raw`|\b(?:violence|unrest|bloodshed)\s+(?:in|around)\s+(?:syria|the\s+country)\b` +
    // "The death toll in Syria was reported to have climbed to 23 on Thursday": the day's count everywhere
    String.raw`|\b(?:death\s+)?toll\s+(?:in|across)\s+syria\b`,
  "i",
);
// A campaign or a multi-week war as the killer, told in the present perfect: "The offensive, launched on
// May 3, has claimed the lives of 90 civilians", "the campaign has left more than 200 people dead".
// "The terrorist offensive has largely been halted, leaving 850 militants dead": the offensive's whole toll
const CAMPAIGN_LEAVING_RE = /\b(?:offensive|campaign|incursion|invasion)\b[^.;]{0,80}\bleaving\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least)\s+)?\d/i;
const CAMPAIGN_TOLL_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`offensive|campaign|operation|escalation|battle\s+for\s+[\w-]+|military\s+operations?|incursion|invasion`].join("|") +
    String.raw`)\b(?:[^.;]{0,160}?,)?\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?` +
    String.raw`(?:killed|claimed|left|cost|caused|resulted\s+in|neutrali[sz]ed|eliminated)\b`,
  "i",
);
// "killed in the battle for the city of Homs", "The operation killed scores of civilians": a campaign's dead
const IN_CAMPAIGN_RE = new RegExp(
  String.raw`\b(?:killed|died|dead)\s+(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:battle|offensive|campaign|siege|operation)\s+(?:for|of|on|against|to)\b` +
    // "after battles that killed hundreds"
    String.raw`|\b(?:battles|clashes|fighting|offensives|campaigns)\s+(?:that|which)\s+(?:had\s+)?(?:killed|left|claimed)\s+` +
    String.raw`(?:the\s+lives\s+of\s+)?(?:hundreds|thousands)\b` +
    String.raw`|\b(?:operation|offensive|campaign|incursion|invasion)\s+(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?(?:scores|hundreds|thousands)\b`,
  "i",
);
// "the number of people killed today by ground shelling and airstrikes on the area has risen to 20": the
// day's count over an area, summing its attacks (one attack's toll says "in the attack", "in the blast")
const DAY_TOTAL_RE = new RegExp(
  String.raw`\bnumber\s+of\s+(?:people|civilians|persons|those)\s+(?:who\s+(?:were|have\s+been)\s+)?killed\s+(?:today|on\s+(?:this|that)\s+day)\s+` +
    String.raw`(?:by|in)\s+(?:[\w-]+\s+){0,3}?(?:shelling|strikes|airstrikes|bombardment)\s+and\s+` +
    // "The death toll for Monday stood at 248": the day's toll, not an attack's ("the toll of Monday's attack")
    String.raw`|\b(?:death\s+)?toll\s+for\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|the\s+day)\b(?!['’])` +
    // "over the whole of Sunday ... 187 civilians", "throughout Monday": everything the day brought
    String.raw`|\b(?:over\s+the\s+(?:whole|course)\s+of|throughout)\s+` +
    String.raw`(?:(?:the\s+)?day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b`,
  "i",
);
// A side's losses over a campaign, in the present perfect: "63 of its soldiers have been killed",
// "Turkish officials say 12 civilians have died in Turkey" (fire across the border over many days).
const SIDE_LOSSES_RE = new RegExp(
  String.raw`\b(?:of\s+(?:its|their|our|his)\s+(?:own\s+)?(?:soldiers|troops|fighters|members|personnel|men|officers)\s+(?:have|has)\s` +
    String.raw`+(?:been\s+)?(?:killed|died|lost)|(?:have|has)\s+died\s+in\s+(?:Turkey|Lebanon|Iraq|Jordan|Israel)\b)`,
  "i",
);
// A toll over weeks or months of fighting: "in the five weeks of fighting", "the toll from the week of clashes".
const FIGHTING_PERIOD_RE = new RegExp(
  String.raw`\btoll\s+(?:from|of|in|over)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?)\s+of\b|\b(?:(?:the|two|three|` +
    String.raw`four|five|six|seven|eight|nine|ten|several|many|\d+)\s+)(?:weeks|months|years)\s+of\s+(?:(?:fierce|heavy|intense)\s+)?(?` +
    String.raw`:fighting|clashes|battles?|combat|bombardment|violence|hostilities)\b|\b(?:a|one)\s+(?:week|month)\s+of\s+(?:[\w-]+\s+){0,5}?` +
    // ("more than a week of heavy Russian and Syrian regime air raids", "a week of military operations")
    String.raw`(?:fighting|clashes|battles|combat|bombardment|violence|hostilities|tension|confrontations|unrest|air\s*raids|air\s*strikes|raids` +
    String.raw`|(?:military\s+)?operations|terror)\b` +
    // "in four days of battles", "over several days", "after six days of terror": longer than one fight the text could tell as one
    String.raw`|\b(?:three|four|five|six|seven|eight|nine|ten|several|[3-9]|1\d)\s+days\s+of\s+(?:(?:fierce|heavy|intense)\s+)?` +
    String.raw`(?:fighting|clashes|battles?|combat|bombardment|violence|hostilities|shelling|terror|air\s*raids|air\s*strikes)\b` +
    String.raw`|\bover\s+(?:several|many)\s+days\b` +
    // "died during the days of clashes": the whole stretch of fighting
    String.raw`|\b(?:during|in|over|throughout)\s+the\s+days\s+of\s+(?:fighting|clashes|battles|combat|violence|hostilities|unrest)\b` +
    // "between 5 October and 11 November", "between August 24, 2016 and today"
    String.raw`|\bbetween\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTHS}\b[^.;]{0,40}?\s+and\s+(?:today|now|(?:the\s+)?` +
    String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}|${MONTHS}\s+\d{1,2})\b|\bbetween\s+[^.;]{3,80}?\s+and\s+(?:today|now)\b` +
    // "ongoing Turkish airstrikes had killed 120": a campaign's toll
    String.raw`|\bongoing\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|shelling|bombardment|attacks|raids|offensive|campaign|operations)\b` +
    // "the month-long pounding that killed hundreds", "a three-week siege which left 80 dead"
    String.raw`|\b(?:(?:months?|weeks?|years?)-long|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:week|month|year))\s+(?:[\w-]+\s+)?` +
    String.raw`(?:pounding|bombardment|siege|offensive|campaign|battle|fighting|clashes|assault|war|shelling)\s+(?:that|which)\s+` +
    String.raw`(?:has\s+|had\s+)?(?:killed|left|claimed)\b` +
    // "commanders were killed in drone strikes in August": the dead of a month's attacks
    String.raw`|\b(?:killed|died)\s+in\s+(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|bombings|ambushes|assassinations)\s+in\s+` +
    `${MONTHS}` +
    String.raw`\b(?!\s+\d{1,2}\b)` +
    // "its September report said", "the monthly report": a monitor's figure for a month
    String.raw`|\b(?:` +
    `${MONTH_NAMES}|monthly|annual|quarterly)` +
    String.raw`\s+` +
    String.raw`report\b`,
  "i",
);
const MANY_ATTACKS_RE = new RegExp(
  String.raw`\b(?:these|such|those|numerous|repeated|multiple|recurring)\s+(?:\w+\s+)?(?:attacks|assaults|ambushes|bombings|operation` +
    String.raw`s|raids|strikes|crimes|massacres|violations|killings)\b|\ba\s+(?:string|series|wave|spate|number)\s+of\s+(?:\w+\s+)?` +
    String.raw`(?:attacks|assaults|ambushes|bombings)\b|\bwave\s+of\s+` +
    String.raw`(?:violence|killings|assassinations)\b|\b(?:in|from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:attacks|bombings|ambushes|assassinations)\b` +
    // "killed in 92 ISIS operations", "34 operations, 83 fatalities": attacks counted
    String.raw`|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?(?:operations|attacks|raids|ambushes|bombings)\b` +
    // "Since early 2024, the Observatory has documented 202 murders ... The murders left 222 fatalities"
    String.raw`|\bthe\s+(?:murders|killings|crimes)\s+(?:have\s+|had\s+)?(?:left|claimed|killed)\b` +
    // "the killing of 4 citizens ... in scattered incidents of violence last April"
    String.raw`|(?<!\b(?:two|three|four|\d)\s+)\b(?:scattered|separate|several|various|multiple|different)\s+(?:\w+\s+)?incidents\b` +
    // "nearly 62 rounds of tribal infighting have left 30 people dead"
    String.raw`|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:rounds|bouts|episodes)\s+of\b`,
  "i",
);
// Inheriting a period from the tally told just before: "has also recorded", "on the same dates", "these".
const CONTINUES_TALLY_RE = /\balso\b|\bsame\s+(?:dates|period)\b|\b(?:these|those)\b|\bthe\s+(?:rest|remaining)\b/i;

// "since this morning", "since dawn": the day's count of one attack, not a period.
const SAME_DAY_SINCE_RE =
  /^\s+(?:this\s+(?:morning|afternoon|evening)|dawn|daybreak|midnight|(?:the\s+)?early\s+(?:morning|hours)|the\s+morning|last\s+night)\b/i;
// "the toll is expected to rise since some people are in critical condition": "since" for "because"
const CAUSAL_SINCE_RE =
  /^\s+(?:some|many|most|several|they|it|he|she|we|there|these|those|(?:the|this|his|her|their)\s+[\w-]+\s+(?:are|is|were|was|remain|remains|had|have|has))\b/i;
// "over the past 24 hours", "since the day before yesterday": a sum of separate attacks, unless one
// continuous fight is the killer ("89 killed over the last two days in intensifying fighting").
// "since Tuesday", "since the battles broke out in Ras al-Ain on Tuesday": a weekday is days ago, not a period
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const SINCE_DAYS_AGO = String.raw`(?:yesterday|the\s+day\s+before\s+yesterday|(?:last\s+)?(?:${WEEKDAY})|[^.;,]{0,60}?\bon\s+(?:${WEEKDAY}))\b`;
const SINCE_DAYS_AGO_RE = new RegExp(String.raw`^\s+${SINCE_DAYS_AGO}`, "i");
const SHORT_PERIOD_RE = new RegExp(
  String.raw`\b(?:over|during|in|within)\s+the\s+(?:past|last|previous)\s+(?:(?:24|48|72)\s+hours|(?:two|three|2|3)\s+days)\b|\bsince\s+` +
    SINCE_DAYS_AGO +
    // "22 civilians and fighters have been killed in two days", "within 72 hours"
    String.raw`|\b(?:in|within|over)\s+(?:just\s+)?(?:two|three|four|five|2|3|4|5)\s+days\b` +
    String.raw`|\b(?:in|within|over)\s+(?:just\s+|only\s+)?(?:24|48|72|twenty-four|forty-eight|seventy-two)\s+hours\b(?!\s+(?:of|after|before)\b)`,
  "i",
);
const NTH_BEFORE_RE = /\b(?:second|third|fourth|fifth|another)(?:\s+[\w-]+){0,2}\s*$/i;
const ONE_FIGHT_RE = /\b(?:fighting|clashes|battles?|confrontations|combat|hostilities)\b/i;
const SEPARATE_ATTACKS_RE = /\b(?:air\s*strikes|strikes|attacks|raids|bombings|assassinations|assailants|gunmen|shelling)\b/i;
const GOVERNORATE_NAMES =
  String.raw`Aleppo|Idlib|Idleb|Hama|Homs|Latakia|Lattakia|Tartus|Daraa|Deraa|Suwayda|Sweida|Quneitra|Damascus|Raqqa|Hasakah|Hasakeh` +
  String.raw`|Deir\s+(?:ez|el|al)[-\s]?Zor`;
// Many places named as many, which a day of its own does not make one attack ("killed 12 people on Thursday in
// various parts of Palmyra").
const MANY_PLACES_RE = new RegExp(
  // (not where the shooters were: "armed groups positioned in several areas of Eastern Ghouta shelled Qassa")
  String.raw`(?<!\b(?:positioned|stationed|deployed|based|located|entrenched)\s+in\s+)` +
    String.raw`\b(?:different|several|various|multiple|many)\s+(?:towns|villages|areas|parts|cities|regions|locations)\b` +
    String.raw`|\b(?:provinces|governorates)\s+of\b` +
    // "101 were killed yesterday, most of them in Idlib and in Damascus and its countryside"
    // (not "..., most of them in Homs and in Hama province, where 13 factory workers were killed": that clause's attack)
    String.raw`|\bmost\s+of\s+them\s+in\s+(?:the\s+)?[A-Z][^.;]{0,40}?\s+and\s+(?:in\s+)?(?:the\s+)?[A-Z](?![^.;]*,\s*where\b)` +
    // "in the countryside of the cities of Aleppo, Idlib and Hama": several governorates' towns
    String.raw`|\b(?:cities|towns)\s+of\s+(?:${GOVERNORATE_NAMES})\s*(?:,|and\b)`,
  "i",
);
// One figure over several places: "in different towns of Idlib", "struck several areas of the city and
// its countryside", "in the coastal provinces of Latakia and Tartus", "on Damascus and its suburbs" (which on a
// day of its own is one attack's ground: "bombed the town and its outskirts on Tuesday").
export const SEVERAL_PLACES_RE = new RegExp(
  String.raw`${MANY_PLACES_RE.source}|\band\s+its\s+(?:suburbs|countryside|outskirts)\b` +
    String.raw`|\bin\s+and\s+around\b(?!\s+(?:the\s+)?(?:village|town|hamlet|neighbou?rhood)\s+of\b)`,
  "i",
);
// A whole governorate or two of them, dated or not: "bombing across Idlib", "the countryside of both Aleppo and Idlib"
const ACROSS_GOVERNORATES_RE = new RegExp(
  String.raw`\bacross\s+(?:the\s+)?(?:${GOVERNORATE_NAMES})\b|\b(?:of|in|on)\s+both\s+(?:${GOVERNORATE_NAMES})\s+and\s+(?:${GOVERNORATE_NAMES})\b`,
  "i",
);

// A governorate named as one ("Idlib province", "the Damascus countryside", "the governorate of Idlib", "the Eastern
// Ghouta of Damascus"), by its canonical first word
const GOVERNORATE_AS_SUCH_RE = new RegExp(
  String.raw`\b(${GOVERNORATE_NAMES})\s+(?:province|governorate|countryside)\b|\b(?:province|governorate|countryside)\s+of\s+(${GOVERNORATE_NAMES})\b` +
    String.raw`|\bGhouta\s+of\s+(Damascus)\b`,
  "gi",
);
/** Two governorates named as such and joined by "and" ("on Idlib province ... and on the Damascus countryside"). */
function joinsGovernorates(sentence: string): boolean {
  const ms = [...sentence.matchAll(GOVERNORATE_AS_SUCH_RE)];
  const gov = (m: RegExpMatchArray) => (m[1] ?? m[2] ?? m[3])!.slice(0, 4).toLowerCase();
  return ms.some((a, k) => {
    const b = ms[k + 1];
    if (!b || gov(a) === gov(b)) return false;
    const between = sentence.slice(a.index! + a[0].length, b.index);
    return between.length <= 110 && /\band\b/i.test(between) && !/\b(?:while|whereas|meanwhile)\b|;/i.test(between);
  });
}
// "raids by regime aircraft on Idlib province ... and on an area of the Damascus countryside", "struck towns in ..."
const PLURAL_STRIKES_RE = /\b(?:air\s*strikes|airstrikes|strikes|attacks|raids|bombings|towns|villages|areas)\b/i;
// "killed 6 civilians in three separate attacks": a sum of attacks, whatever day it names
const SEPARATE_ATTACKS_COUNTED_RE =
  // ("in separate targetings across the province": spread over a province; uncounted "in separate attacks" may be two)
  new RegExp(
    String.raw`\bin\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+separate\s+` +
      String.raw`(?:attacks|strikes|raids|bombings|explosions|shootings|targetings|assassinations)\b` +
      String.raw`|separate\s+(?:attacks|targetings|assassinations|shootings)\s+(?:across|throughout)\b)`,
    "i",
  );

// "The most recent of those attacks took place on September 30th, when a child was killed": one attack of them
const ONE_OF_THE_ATTACKS_RE =
  /\b(?:most\s+recent|latest|last|first|deadliest|worst|one)\s+of\s+(?:those|these|the|such)\s+(?:\w+\s+)?(?:attacks|strikes|raids|bombings|ambushes)\b/i;

const NO_CASUALTIES_BEFORE_RE = new RegExp(
  String.raw`\bno\s+(?:(?:information|news|word|reports?|confirmation)\s+(?:about|of|on)\s+(?:the\s+)?)?(?:human\s+)?` +
    String.raw`(?:casualties|victims|deaths|injuries|losses)\b[^.;,]{0,40}$`,
  "i",
);
const YEARISH_PERIOD_RE = /^(?:(?:this|last|past)\s+(?:year|month)|(?:earlier|later)\s+this\s+year|in\s+(?:19|20)\d\d)$/i;
// "so far", "thus far": with the day of one attack in the sentence, the running toll of that attack.
const RUNNING_TOLL_PERIOD_RE = /^(?:so\s+far|thus\s+far|until\s+now|up\s+to\s+now)$/i;
// "raising the two-day toll to 127", "bringing the death toll this month to 54": the figure after is cumulative.
const RAISING_TOLL_BEFORE_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|lift(?:s|ed|ing)?`].join("|") +
    String.raw`)\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:killed\s+)?(?:casualties|dead|deaths|victims|martyrs|` +
    String.raw`people|civilians))\b[^.;]{0,150}?\b)?to\s+(?:(?:about|around|nearly|some|almost|over|at\s+least|more\s+than)\s+)?$`,
  "i",
);
// "The Observatory, for its part, has raised the number of dead to six": a source revising one attack's toll,
// not a running total (which says whose: "the day's toll", "the overall toll", "the toll since ...").
const SOURCE_RAISED_RE = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:since\s+)?raised\s+(?:the|its|their)\s+(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims))` +
    String.raw`\s+to\s+(?:(?:about|around|nearly|some|at\s+least|more\s+than)\s+)?$` +
    // ("a Syrian war monitoring group raised to 61 the number of people killed in airstrikes the day before")
    String.raw`|\b(?:group|monitor|observatory|ministry|agency|officials?|sources?|media|SOHR)\s+(?:later\s+|then\s+|also\s+)?raised\s+to\s+$`,
  "i",
);
// One attack as the subject: "a similar bombing", "an IS ambush", "the attack".
const SINGLE_EVENT_RE = new RegExp(
  String.raw`^\s*one\s+of\s+(?:them|those|these)\b|\b(?:a|an|one|the|that)\s+(?:[\w-]+\s+){0,2}?(?:` +
    [
      String.raw`attack|bombing|ambush|blast|explosion|strike|airstrike|air\s+strike|raid|assault|massacre|car\s+bomb|suicide\s+bombing|shelling`,
      String.raw`clash|incident|(?:land)?mine|(?:explosive\s+)?device|IED|roadside\s+bomb|drone`,
    ].join("|") +
    // ("documented the killing of a young man, who was shot by the border guards": how one person died)
    String.raw`)\b|\b(?:was|were)\s+shot\b|\bshot\s+(?:dead|by)\b|\bin\s+clashes\s+(?:on|at|near|with)\b`,
  "i",
);

const ONE_NAMED_PLACE_RE =
  /\b(?:village|town|city|neighbou?rhood|camp)\s+of\s+(?:al-)?[A-Z]|\bin\s+(?:the\s+)?(?:al-)?[A-Z][\w'’-]+\s+(?:village|town|neighbou?rhood|camp)\b/;

const SINGLE_CAUSE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`shelling|bombardment|(?:gun|artillery|sniper|mortar|rocket|tank|forces['’])\s*fire|landmines?|mines?|IEDs?|car\s+bombs?|drones?`,
      String.raw`drone\s+strikes?|air\s*strikes?|strikes|missiles?|rockets?|gunmen|suicide\s+bombers?`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);
// "a landmine left over from the war", "remnants of the war": the war is not the killer here.
const WAR_NOT_KILLER_RE = /\b(?:from|of|during|since|in)\s+(?:the|this)\s+(?:civil\s+)?(?:war|conflict)\b/i;

function warIsKiller(sentence: string): boolean {
  const m = WAR_KILLER_RE.exec(sentence);
  if (!m) return false;
  // "which monitors the war, said five people were killed": the war is an object, another verb intervenes
  if (/\b(?:said|says|say|told|reported|according|monitors?|covers?|covering|monitoring)\b/i.test(m[0])) return false;
  return !WAR_NOT_KILLER_RE.test(sentence.slice(Math.max(0, m.index - 12), m.index + 25));
}

export interface TallyDecision {
  tally: boolean;
  /** The words that made it a tally ("since March 24, 2019", "this year"). */
  period: string | null;
  reason: string | null;
  /** Whether the sentence says it continues the tally told before ("also", "on the same dates"). */
  continues: boolean;
}

/** Period phrases in a sentence that are real periods (not a superlative's frame). */
export function periodPhrases(sentence: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  PERIOD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERIOD_RE.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 70), m.index);
    if (SUPERLATIVE_BEFORE_RE.test(before)) continue;
    // "In March last year", "on 3 May this year": a date, not a period
    if (/^(?:this|last|past)\s+year$/i.test(m[0]) && MONTH_BEFORE_RE.test(before)) continue;
    // "since dawn" is no period; "since yesterday" is a short one, weighed by SHORT_PERIOD_RE
    if (/^since$/i.test(m[0]) && SINCE_DAYS_AGO_RE.test(sentence.slice(m.index + 5))) continue;
    // "no information about casualties so far", "no casualties have been reported so far": no count at all
    if (/^(?:so|thus)\s+far$/i.test(m[0]) && NO_CASUALTIES_BEFORE_RE.test(before)) continue;
    if (/^since$/i.test(m[0]) && SAME_DAY_SINCE_RE.test(sentence.slice(m.index + m[0].length))) continue;
    if (/^since$/i.test(m[0]) && CAUSAL_SINCE_RE.test(sentence.slice(m.index + m[0].length))) continue;
    let end = m.index + m[0].length;
    // "since March 24, 2019", "since the start of the war": extend the phrase over what the period starts with
    if (/^since(?:\s+(?:the\s+)?(?:start|beginning|outbreak|onset))?$/i.test(m[0])) {
      const tail = new RegExp(
        String.raw`^\s+(?:` +
          [
            String.raw`then|(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+)?[\w-]+(?:\s+(?:war|conflict))?`,
            String.raw`of\s+(?:the\s+|this\s+)?[\w-]+(?:\s+(?:war|conflict))?|(?:its|the)\s+(?:start|beginning|outbreak|onset)(?:\s+in\s+\d{4})?`,
            String.raw`[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}`,
          ].join("|") +
          String.raw`)`,
        "",
      ).exec(sentence.slice(end));
      if (tail) end += tail[0].length;
    }
    out.push({ text: sentence.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/**
 * Decide whether a casualty figure is a tally. `ownDates` are the sentence's event dates (reporting
 * dates and period bounds excluded); `prevSentence` lets "these attacks" pick up "this year".
 */
export function classifyTally(
  whole: string,
  at: { best: number; start: number },
  ownDates: readonly DateMention[],
  prevSentence: string | null,
): TallyDecision {
  // "The town has been hit by several bombings this year; in January a car bomb killed 15": the figure's clause
  // (", most of them in Damascus province, where 26 civilians and seven rebels were killed": that place's own clause)
  const most = MOST_OF_THEM_WHERE_RE.exec(whole.slice(0, at.start));
  const from = Math.max(whole.lastIndexOf(";", at.start) + 1, most ? most.index + most[0].length : 0);
  const semi = whole.indexOf(";", at.start);
  const sentence = whole.slice(from, semi < 0 ? whole.length : semi);
  const figure = { best: at.best, start: at.start - from };
  const continues = CONTINUES_TALLY_RE.test(sentence);
  const before = sentence.slice(Math.max(0, figure.start - 220), figure.start);
  if (RAISING_TOLL_BEFORE_RE.test(before) && !SOURCE_RAISED_RE.test(before)) {
    return tallyOf(periodPhrases(sentence)[0]?.text ?? null, "cumulative toll", continues);
  }
  // ("tensions had been rising since militiamen opened fire on a demonstration and killed two youths": the figure
  // is the event the period starts with, told inside the "since" clause)
  const told = periodPhrases(sentence).filter(
    (p) =>
      !insideSinceClause(sentence, p, figure.start) &&
      !describesAfter(sentence, p, figure.start) &&
      !inAsideBefore(sentence, p, figure.start) &&
      !inPlaceClauseAfter(sentence, p, figure.start),
  );
  // ("The raids caused a massacre in Tramla, where 5 people have been killed so far": one attack's toll as it stands)
  const soFarOnly = told.length > 0 && told.every((p) => /^(?:so|thus)\s+far$/i.test(p.text));
  const periods = soFarOnly && ONE_ATTACK_RE.test(sentence) ? [] : told;
  const precise =
    ownDates.some(
      (d) => (d.precision === "day" || d.precision === "week" || /\bago\b/i.test(d.text)) && !d.periodBound && !d.reporting && !toldOn(whole, d.start),
    ) ||
    /^\s*(?:today|yesterday)\b/i.test(sentence) ||
    // ("who were killed Friday in Turkish attacks": a weekday the undated page cannot place is a day all the same)
    (ownDates.length === 0 && unplacedWeekday(sentence));
  // ("the second drone strike within 24 hours, following an attack on Thursday that killed three SDF fighters": the
  // figure is that one day's attack, whatever period frames the sentence)
  if (DAYS_ATTACK_BEFORE_RE.test(sentence.slice(0, figure.start))) return { tally: false, period: null, reason: null, continues };
  // ("... on Tuesday as the regime pushed on with a nine-day bombing campaign that has killed hundreds": the
  // campaign's toll, whatever day the sentence's own attack has)
  if (CAMPAIGN_HAS_KILLED_RE.test(before)) return tallyOf(null, "campaign", continues);
  // ("a week-long campaign of U.S.-led strikes ... had killed at least 90", "lost their lives in the fourth phase of
  // the operation": a campaign's span, not one attack)
  const span = LONG_CAMPAIGN_RE.exec(before) ?? CAMPAIGN_PHASE_RE.exec(sentence);
  if (span) return tallyOf(span[0], "campaign", continues);
  // ("In April, 72 people died.": a month's count, told with no attack)
  if (MONTH_COUNT_RE.test(sentence) && !ATTACK_WORD_RE.test(sentence)) return tallyOf(MONTH_COUNT_RE.exec(sentence)![1]!, "period", continues);
  // "nearly 400 people dead in Syria on Saturday": a day's toll over the whole country
  if (figure.best >= 20 && (DAY_IN_SYRIA_RE.test(sentence) || KILLED_IN_SYRIA_RE.test(sentence))) return tallyOf(null, "nationwide", continues);
  // The tests run in this order: the first that decides wins.
  return (
    byPeriod(sentence, figure, periods, precise, continues) ??
    byKiller(sentence, figure.start, precise, continues) ??
    byCount(sentence, figure, precise, continues, prevSentence) ?? { tally: false, period: null, reason: null, continues }
  );
}

// ("..., the Observatory told AFP on Thursday": the day a period's toll was given, not a day of deaths)
const toldOn = (whole: string, at: number) => /\btold\s+(?:(?!that\b)[\w.'-]+\s+){1,3}(?:on\s+)?$/i.test(whole.slice(Math.max(0, at - 50), at));

// ("In the city of Aleppo, which has seen relative calm since the protests began, activists reported that three
// people were killed": a period in a relative clause about the place, closed before the figure)
function inAsideBefore(sentence: string, p: { start: number; end: number }, at: number): boolean {
  if (p.end > at) return false;
  const opened = /,\s*(?:which|where|who)\b[^,]*$/i.test(sentence.slice(0, p.start));
  return opened && sentence.slice(p.end, at).includes(",");
}

// ("two men died in bombing on the town of Daraya, where rebels have been holding out since mid-summer": the period
// is the place's, in a clause that opens after the figure)
function inPlaceClauseAfter(sentence: string, p: { start: number }, at: number): boolean {
  if (p.start < at) return false;
  return /,\s*where\b[^,;]*$/i.test(sentence.slice(at, p.start));
}

const CAMPAIGN_HAS_KILLED_RE = new RegExp(
  String.raw`\b(?:campaign|offensive|onslaught|bombardment|siege|war|conflict|uprising)\s+(?:that|which)\s+(?:has|have)\s+` +
    String.raw`(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed)\s+(?:the\s+lives\s+of\s+)?(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|some\s+)?$`,
  "i",
);
const ONE_ATTACK_RE = /\b(?:the|this|that|a|an)\s+(?:[\w-]+\s+)?(?:massacre|attack|bombing|blast|explosion|air\s*strike|strike|raid|ambush)\b(?!s)/i;
const CAMPAIGN_NOUNS = String.raw`(?:campaign|offensive|onslaught|bombardment|siege|operation|assault)`;
const LONG_CAMPAIGN_RE = new RegExp(
  String.raw`\b(?:(?:\w+-)?(?:day|week|month)s?-?long|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:day|week|month))` +
    String.raw`\s+(?:[\w.-]+\s+){0,2}?${CAMPAIGN_NOUNS}\b`,
  "i",
);
const CAMPAIGN_PHASE_RE = new RegExp(
  String.raw`\bin\s+the\s+(?:first|second|third|fourth|fifth|sixth|latest|current|new)\s+phase\s+of\s+(?:the\s+|its\s+)?${CAMPAIGN_NOUNS}\b`,
  "i",
);
const MONTH_COUNT_RE = new RegExp(
  String.raw`^\s*(In\s+${MONTHS}(?:\s+(?:19|20)\d\d)?),\s+(?:[\w-]+\s+){0,3}(?:died|were\s+killed|lost\s+their\s+lives)\b[^,;]*$`,
  "i",
);

const SINCE_MONTH_OR_YEAR_RE = new RegExp(String.raw`^since\s+(?:${MONTHS}|(?:19|20)\d\d)\b`, "i");

function insideSinceClause(sentence: string, p: { text: string; end: number }, at: number): boolean {
  const between = sentence.slice(p.end, at);
  // ("the number of victims since the start of the year 2025 ... has reached 558": a period, no clause)
  if (/^since\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\b/i.test(p.text)) return false;
  // ("since January these hazards have killed 113 people": a month or a year starts the period, no clause)
  if (SINCE_MONTH_OR_YEAR_RE.test(p.text)) return false;
  // ("Clashes since December have killed 460": the period's phrase, then the main verb; not a clause of its own)
  if (/^\s*(?:have|has|had|were|was|are|is|killed|left|claimed|took)\b/i.test(between)) return false;
  return /^since\b/i.test(p.text) && p.end <= at && !/[,;:]/.test(between) && /\s[a-z]+ed\b/i.test(between);
}

const DAYS_ATTACK_BEFORE_RE = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|bombing|raid|ambush|blast|explosion)\s+on\s+` +
    String.raw`(?:${WEEKDAY}|\d{1,2}\s+${MONTHS}|${MONTHS}\s+\d{1,2})\s+(?:that|which)\s+(?:killed|left)\s+$`,
  "i",
);
const MOST_OF_THEM_WHERE_RE = /\b(?:most|many|the\s+majority)\s+of\s+them\s+in\s+[^,.;]{1,50},\s*where\s+$/i;
const KILLED_ON_WEEKDAY_RE = new RegExp(String.raw`\b(?:killed|died|dead|slain|martyred)\s+(?:on\s+)?(?:${WEEKDAY})\b`);
// ("On Thursday, eight people died in bombings of the town": the clause opens on the day an undated page cannot place)
const ON_WEEKDAY_LEAD_RE = new RegExp(String.raw`^\s*(?:(?:early|late)\s+)?on\s+(?:${WEEKDAY})\b`, "i");
const unplacedWeekday = (clause: string) => KILLED_ON_WEEKDAY_RE.test(clause) || ON_WEEKDAY_LEAD_RE.test(clause);
// ("Up to 70 people were killed in Syria on 26/9/2013": a full date too)
// ("more than 60 people lost their lives in Syria as thousands of demonstrators poured onto the streets": the country's day)
const KILLED_IN_SYRIA_RE =
  /\b(?:killed|died|dead|lost\s+their\s+lives|martyred)\s+(?:in|across)\s+Syria(?!['’]s)(?=\s*(?:[,.;]|$)|\s+(?:as|on|during|since|yesterday|today|when)\b)/;
const DAY_IN_SYRIA_RE = new RegExp(
  String.raw`\b(?:killed|dead|died|deaths|martyred)\s+(?:in|across|throughout)\s+Syria\s+(?:on\s+(?:${WEEKDAY}|` +
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+${MONTHS}|${MONTHS}\s+\d{1,2})|yesterday|today)\b`,
  "i",
);
// "... on the towns of Kafrayya and al-Fou'aa, which have been besieged since March 2015": a state of the place
const STATE_SINCE_BEFORE_RE = /\b(?:which|who|that)\b[^.;]{0,80}\b(?:has|have|had)\s+been\s+[a-z]+(?:ed|en)(?:\s+[a-z]+)?\s+$/i;
const describesAfter = (sentence: string, p: { text: string; start: number }, at: number) =>
  p.start > at && /^since\b/i.test(p.text) && STATE_SINCE_BEFORE_RE.test(sentence.slice(at, p.start));

function tallyOf(period: string | null, reason: string, continues: boolean): TallyDecision {
  return { tally: true, period, reason, continues };
}

/** A period named in the sentence, unless it only dates one attack (a running toll, a year-ish date). */
function byPeriod(
  sentence: string,
  figure: { best: number; start: number },
  periods: ReturnType<typeof periodPhrases>,
  precise: boolean,
  continues: boolean,
): TallyDecision | null {
  if (precise && periods.length > 0 && periods.every((p) => RUNNING_TOLL_PERIOD_RE.test(p.text))) {
    return { tally: false, period: null, reason: null, continues };
  }
  // "Last year, a similar bombing killed 17" / "Earlier this year, an ambush killed 10": one attack dated
  // to a year, not a tally. Only a bare year-ish period with a single attack as the killer is exempt.
  const yearOnly = periods.length > 0 && periods.every((p) => YEARISH_PERIOD_RE.test(p.text));
  // "Last month, regime shelling killed 12": a weapon or an armed force as the killer of a modest number
  const singleCause = SINGLE_CAUSE_RE.test(sentence) && figure.best < 100;
  // "Last month, gunmen shot dead a politician and her driver": a handful of dead in a month is one attack
  // ("Last month coalition warplanes shelled houses in al-Fadel village, killing 25 civilians": one place's attack)
  const onePlace = ONE_NAMED_PLACE_RE.test(sentence);
  if (
    yearOnly &&
    (SINGLE_EVENT_RE.test(sentence) || singleCause || onePlace || figure.best <= 10) &&
    !MANY_ATTACKS_RE.test(sentence) &&
    !MONITOR_COUNT_RE.test(sentence)
  ) {
    return { tally: false, period: null, reason: null, continues };
  }
  if (periods.length > 0 && !(precise && periods.every((p) => /^since\b/i.test(p.text) && !/\b(?:then|start|beginning|outbreak|onset)\b/i.test(p.text)))) {
    return tallyOf(periods[0]!.text, "period", continues);
  }
  const short = SHORT_PERIOD_RE.exec(sentence);
  const startsIt = short !== null && insideSinceClause(sentence, { text: short[0], end: short.index + short[0].length }, figure.start);
  // ("killed in a raid by helicopters, the second within 24 hours on the city": how often, not how long the count ran)
  const nth = short !== null && NTH_BEFORE_RE.test(sentence.slice(Math.max(0, short.index - 40), short.index));
  if (short && !startsIt && !nth && !(ONE_FIGHT_RE.test(sentence) && !SEPARATE_ATTACKS_RE.test(sentence))) return tallyOf(short[0], "period", continues);
  return null;
}

/** Many places, the war, weeks of fighting, the whole country, a campaign or a side's losses as what the figure covers. */
function byKiller(sentence: string, figureAt: number, precise: boolean, continues: boolean): TallyDecision | null {
  const onePlace = RAIDS_ON_ONE_PLACE_RE.test(sentence);
  const several = precise ? MANY_PLACES_RE.test(sentence) : SEVERAL_PLACES_RE.test(sentence);
  if (several && !SINGLE_EVENT_RE.test(sentence) && !onePlace) return tallyOf(null, "several places", continues);
  if (ACROSS_GOVERNORATES_RE.test(sentence) && !SINGLE_EVENT_RE.test(sentence)) return tallyOf(null, "several places", continues);
  if (joinsGovernorates(sentence) && PLURAL_STRIKES_RE.test(sentence) && !SINGLE_EVENT_RE.test(sentence)) {
    return tallyOf(null, "several places", continues);
  }
  if (SEPARATE_ATTACKS_COUNTED_RE.test(sentence)) return tallyOf(null, "several attacks", continues);
  if (warIsKiller(sentence)) return tallyOf(null, "war toll", continues);
  const fp = FIGHTING_PERIOD_RE.exec(sentence);
  if (fp) return tallyOf(fp[0], "period", continues);
  const nw = NATIONWIDE_RE.exec(sentence);
  // ("the deadliest attack across the country since 2019" only frames a superlative)
  // ("... were killed nationwide, most of them in Hama, where 13 workers were killed in a village": that one
  // attack is told in a clause of its own)
  const ownClause = nw !== null && figureAt > nw.index && /,\s*where\b/i.test(sentence.slice(nw.index, figureAt));
  if (nw && !ownClause && !SUPERLATIVE_BEFORE_RE.test(sentence.slice(Math.max(0, nw.index - 70), nw.index))) return tallyOf(null, "nationwide", continues);
  if (CAMPAIGN_TOLL_RE.test(sentence) || IN_CAMPAIGN_RE.test(sentence) || CAMPAIGN_LEAVING_RE.test(sentence)) return tallyOf(null, "campaign toll", continues);
  if (DAY_TOTAL_RE.test(sentence)) return tallyOf(null, "day total", continues);
  if (SIDE_LOSSES_RE.test(sentence) && !precise) return tallyOf(null, "side losses", continues);
  return null;
}

/** A monitor's running count, many attacks summed, or a figure too large for one attack, with no day to pin it to. */
function byCount(sentence: string, figure: { best: number }, precise: boolean, continues: boolean, prevSentence: string | null): TallyDecision | null {
  if (MONITOR_DOCUMENTED_RE.test(sentence) && !precise && figure.best >= 20 && !SINGLE_EVENT_RE.test(sentence)) {
    return tallyOf(null, "running count", continues);
  }
  // ("has documented the deaths of two children in an IED blast": a few dead of one attack)
  const oneAttack = SINGLE_EVENT_RE.test(sentence) && figure.best < 20;
  if (MONITOR_COUNT_RE.test(sentence) && !precise && !oneAttack) return tallyOf(null, "running count", continues);
  if (MANY_ATTACKS_RE.test(sentence) && !precise && !RAIDS_ON_ONE_PLACE_RE.test(sentence) && !ONE_OF_THE_ATTACKS_RE.test(sentence)) {
    const prevPeriods = prevSentence ? periodPhrases(prevSentence) : [];
    return tallyOf(prevPeriods[0]?.text ?? null, "many attacks", true);
  }
  if (figure.best >= 1000 && !precise) return tallyOf(null, "large figure", continues);
  // "Russia has killed hundreds of civilians": a side's toll over time, in the present perfect, with no day
  if (SIDE_HAS_KILLED_RE.test(sentence) && !precise) return tallyOf(null, "running count", continues);
  return null;
}

// "warplanes carried out 8 raids on the town of Kafr Nabl, killing 6": a night's raids on one town are one attack
export const RAIDS_ON_ONE_PLACE_RE = new RegExp(
  // ("warplanes also struck the town of Talbiseh with three raids, killing one person")
  String.raw`\b(?:struck|hit|targeted|bombed|pounded)\s+the\s+(?:town|village|city|neighbou?rhood)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?` +
    String.raw`\s+with\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+)?(?:raids|strikes|airstrikes|missiles|rockets)\b|` +
    // ("two terrorist attacks struck al-Zahra'a neighborhood in Homs": a twin attack on one place)
    String.raw`\b(?:two|twin|double)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions)\s+(?:struck|hit|rocked|targeted)\s+(?:the\s+)?` +
    String.raw`(?:[\w'’-]+\s+){1,3}?(?:neighbou?rhood|district|square|street)\b|` +
    // ("killed in attacks on the town of Habit")
    // ("in similar attacks on the town of Albu Kamal", but not "in separate attacks on ...")
    String.raw`(?:\b(?:in|by)\s+(?:the\s+)?(?:(?!(?:separate|several|multiple|various|different|numerous|repeated|these|such|those)\b)[\w-]+\s+)?attacks` +
    String.raw`|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w-]+\s+)?(?:raids|strikes|airstrikes))\s+` +
    // ("2 raids carried out on the town", "6 raids on places in the city of Doma")
    String.raw`(?:carried\s+out\s+)?(?:on|targeting|against)\s+(?:(?:areas|places|parts|positions)\s+(?:in|of)\s+)?(?:(?:the\s+)?` +
    // ("'Erbeen: warplanes carried out two air raids on residential areas, killing one citizen")
    String.raw`(?:town|village|city|neighbou?rhood|residential\s+(?:areas|neighbou?rhoods|buildings))` +
    String.raw`(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?!\s*(?:,|and|or)\s+(?:the\s+)?` +
    String.raw`(?:towns?\b|villages?\b|[A-Z]))|(?=\s*[.,;]|\s+(?:on|at|in|killing|targeting|hitting)\b))` +
    // ("the 35 air raids on Raqqa, the Syrian stronghold of IS": a town by its bare name)
    String.raw`|(?!(?:${WEEKDAY}|${MONTH_NAMES})\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*[.;]|,\s+(?:the|a|an)\s|\s+(?:on|at|killing|targeting)\b))`,
);

// ... and in the passive: "Hundreds of civilians have been killed"
const SIDE_HAS_KILLED_RE = new RegExp(
  String.raw`\b(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?killed\s+(?:hundreds|thousands|tens\s+of\s+thousands|scores)\b|` +
    String.raw`\b(?:hundreds|thousands)\s+of\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+killed|died)\b`,
  "i",
);

type TallySince = { date: string; precision: ExtractedTally["sincePrecision"] };

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
  if (!period) return null;
  if (/\b(?:this\s+year|(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year)\b/i.test(period) && pub) {
    return { date: `${pub.slice(0, 4)}-01-01`, precision: "year" };
  }
  // Syria's war began in March 2011: "since the start of the war/conflict/uprising"
  if (/\b(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:civil\s+)?(?:war|conflict|uprising|revolution)\b/i.test(period)) {
    return { date: "2011-03-01", precision: "month" };
  }
  // "in 2021", "in the first half of 2022": that year
  const inYear = /\b((?:19|20)\d\d)\b/.exec(period);
  if (inYear && /^in\b/i.test(period)) return { date: `${inYear[1]}-01-01`, precision: "year" };
  if (/\b(?:last|past)\s+year\b/i.test(period) && pub) return { date: `${Number(pub.slice(0, 4)) - 1}-01-01`, precision: "year" };
  return null;
}

export interface TallyReading {
  tallies: ExtractedTally[];
  /** The death figures that tell attacks rather than tallies. */
  incidentDeaths: CasualtyFigure[];
  /** Several figures of one attack from disagreeing sources. */
  disagree: boolean;
  /** A toll shared out place by place in the sentence ("78 dead, 45 of them in Jableh and 33 in Tartus"). */
  sharedOut?: boolean;
}

/** What a tally figure counts, for its description: "deaths", or "<victims> killed". */
function tallyWhat(who: string): string {
  return /^(?:deaths|dead|fatalities|killed|lives)$/i.test(who.trim()) ? "deaths" : `${who} killed`;
}

/**
 * The sentence's death figures sorted into tallies and attack figures. Sources disagreeing in one sentence
 * ("SRGC said 1,302, while the LCC put the toll at 494") give one figure, classified by its lowest reading.
 * `state` carries the last tally's period start, for "also" and "these attacks" after it.
 */
/**
 * The sentence up to the clause of the next death figure: "A drone strike killed two fighters on Sunday, the
 * third this month, which have now killed seven in total": "in total" and the period belong to the seven.
 */
function ownClauses(full: string, f: CasualtyFigure, deaths: CasualtyFigure[]): string {
  // ("..., which killed a man, it is worth noting that several explosions have hit the area over the past few
  // days": the monitor's aside about other attacks)
  const aside = full.slice(f.end).search(ASIDE_RE);
  // ("a rise in attacks over the past months: gunmen attacked the checkpoint on 22 December, killing two": the
  // attack after the colon is one of the series, told in its own clause)
  const colon = full.lastIndexOf(": ", f.start);
  const from = colon >= 0 && ATTACK_CLAUSE_RE.test(full.slice(colon, f.start)) ? colon + 2 : 0;
  const kept = aside < 0 ? full : full.slice(0, f.end + aside);
  const text = " ".repeat(from) + kept.slice(from); // (blanked, so offsets still hold)
  const next = deaths.find((o) => o.start > f.end && o.start < text.length);
  if (!next) return text;
  // ("killed 15 people on Tuesday as the regime pushed on with a nine-day campaign that has killed hundreds": the
  // next figure's clause is the campaign's, not this one's)
  const between = text.slice(f.end, next.start);
  const cut = between.search(
    /,\s*(?:which|that|who|bringing|raising|taking)\b[^,]*$|\s(?:which|that)\s+(?:has|have|had)\s+(?:[a-z]+\s+)?(?:killed|claimed)\s*$/i,
  );
  // ("11 civilians were killed in the shelling", adding that "the number of those killed since ... has risen to 2743":
  // the source's next statement, with its own toll)
  const added = between.search(/,["”]?\s*(?:adding|and\s+added|noting)\s+that\b/i);
  const at = [cut, added].filter((k) => k >= 0);
  return at.length === 0 ? text : text.slice(0, f.end + Math.min(...at));
}

const ATTACK_CLAUSE_RE = /\b(?:attacked|struck|targeted|bombed|shelled|stormed|ambushed|raided|hit)\b/i;

const ASIDE_RE = new RegExp(
  String.raw`[,;]\s*(?:and\s+)?(?:it\s+is\s+(?:worth\s+(?:noting|mentioning)|noteworthy)|noting\s+that)\b|${MONITOR_NEXT_ITEM_RE.source}`,
  "i",
);

// "raise the toll from the forces' offensive on Daraya to 270", "raising the two-day toll to 127": a campaign's
// or a period's running toll, not one attack's
const CAMPAIGN_WORDS_RE = new RegExp(
  String.raw`\b(?:offensive|campaign|siege|war|conflict|uprising|revolution|operation|battles?|fighting|escalation)\b` +
    String.raw`|(?:\w+-day|days?['’]s?|week['’]s|weekly|overall|total|cumulative|combined|monthly)\s+(?:death\s+)?toll\b`,
  "i",
);

/**
 * "Two more died of their wounds, raising the toll to 14": a raised toll that is neither a campaign's nor a
 * period's, after a sentence or two that tell an attack with fewer dead, revises that attack.
 */
const KILLED_OVER_RE = /^[^.;]{0,90}\b(?:killed|dead|died)\s+(?:since|during|over|throughout|in\s+the\s+(?:past|last))\b/i;
function revisesTollBefore(doc: ArticleDoc, info: SentenceInfo, f: CasualtyFigure): boolean {
  const text = info.s.text;
  if (CAMPAIGN_WORDS_RE.test(text.slice(Math.max(0, f.start - 160), f.start))) return false;
  // (a period after the toll's own clause, "in what it called the worst attack in years", is not the toll's)
  const clauseEnd = text.indexOf(",", f.end);
  if (periodPhrases(text.slice(0, clauseEnd < 0 ? text.length : clauseEnd)).length > 0) return false;
  // ("brings to 48 the number of civilians killed since yesterday", "... during six days of demonstrations")
  if (KILLED_OVER_RE.test(text.slice(f.end, f.end + 140))) return false;
  // ("raises to 177 the number of citizens of the Kurds, Arabs and Armenians ... killed ... since the 20th of January")
  if (periodPhrases(text.slice(f.end)).some((p) => /^since\b/i.test(p.text))) return false;
  for (let k = info.index - 1; k >= Math.max(0, info.index - 2); k--) {
    const p = doc.infos[k]!;
    if (p.s.heading) return false;
    const deaths = p.figures.filter((d) => d.kind === "death");
    if (deaths.length > 0) return deaths.every((d) => d.best < f.best);
  }
  return false;
}

/**
 * "killed across Syria on Friday, four of them in Homs, and two others in Hama": a toll whose places' shares
 * follow it adds them up, and each share is that place's attack.
 */
function placeShares(text: string, deaths: CasualtyFigure[]): { sharedToll: CasualtyFigure | undefined; shares: CasualtyFigure[] } {
  const sharedToll = deaths.find((o) => deaths.some((s) => s.share && s.start > o.end && s.best < o.best)) ?? deaths.find((o) => addsUpTo(text, deaths, o));
  const shares = sharedToll ? deaths.filter((f) => f.start > sharedToll.end && f.best < sharedToll.best) : [];
  return { sharedToll, shares };
}

// ("has risen to 23, with 10 killed in the city of Deir ez-Zur and 13 in the city of Al Mayadin": shares that add up to it;
// "45 were killed, including 20 in Homs and 15 in Idlib": some of its places' shares)
function addsUpTo(text: string, deaths: CasualtyFigure[], toll: CasualtyFigure): boolean {
  const after = deaths.filter((f) => f.start > toll.end);
  const gap = after.length >= 2 ? text.slice(toll.end, after[0]!.start) : "";
  const including = /\bincluding\s+$/i.test(gap);
  if (after.length < 2 || !(including || /\bwith\b/i.test(gap))) return false;
  if (!after.every((f) => f.atPlace || PLACE_AFTER_FIGURE_RE.test(text.slice(f.end, f.end + 80)))) return false;
  const sum = after.reduce((n, f) => n + f.best, 0);
  return after.every((f) => f.best < toll.best) && (sum === toll.best || (including && sum < toll.best));
}

const KILLED_CLAUSE_RE = /^\s+(?:who\s+(?:was|were)\s+)?(?:killed|slain)\b[^,.;]{0,60}?(?=\s+(?:is|was|are|were)\s+(?:also\s+)?among\b)/i;
const AMONG_DEAD_BEFORE_RE = /^\s*(?:[\w'’-]+\s+){0,2}?among\s+(?:all\s+)?(?:the|those)\s+(?:victims|dead|fatalities|killed|martyrs)\s+(?:were|are)\s+$/i;

// "many people, including large numbers of security forces, have lost their lives since 2011": a tally needs a
// figure, and these words are one only for a single attack's dead
const WORDS_NOT_FIGURE_RE = /^(?:a\s+(?:large\s+)?number|(?:large\s+)?numbers|many)\s+of\b/i;

export function readTallies(doc: ArticleDoc, info: SentenceInfo, deaths: CasualtyFigure[], state: { lastTallySince: TallySince | null }): TallyReading {
  const text = info.s.text;
  const prev = doc.infos[info.index - 1];
  const { sharedToll, shares } = placeShares(text, deaths);
  const own = deaths.filter((f) => !shares.includes(f));
  const disagree = figuresDisagree(text, own);
  const lowest = disagree ? Math.min(...own.map((f) => f.best)) : 0;
  const out: TallyReading = { tallies: [], incidentDeaths: [...shares], disagree, sharedOut: shares.length > 0 };
  const placed = own.filter((f) => f.atPlace || PLACE_AFTER_FIGURE_RE.test(text.slice(f.end, f.end + 80)));
  for (const f of own) {
    // "at least 135 civilians were among the dead": a breakdown of a toll told before, not a new figure
    // ("which says a commander killed in the city's Al-Villat neighborhood is among the dead": the same, with its place)
    if (AMONG_DEAD_AFTER_RE.test(text.slice(f.end, f.end + 130).replace(KILLED_CLAUSE_RE, ""))) continue;
    // ("Among all the victims were 13 women, 9 children and 9 men who died under torture": who the dead were)
    if (AMONG_DEAD_BEFORE_RE.test(text.slice(0, f.start))) continue;
    const ownDates = doc.eventDates(info);
    let decision = classifyTally(ownClauses(text, f, deaths), disagree ? { best: lowest, start: f.start } : f, ownDates, prev?.s.text ?? null);
    // (a weekday an undated page cannot place is a day all the same, for an attack on a named place)
    const undatedDay = ownDates.length === 0 && unplacedWeekday(text) && placed.includes(f) && !/:\s*$/.test(text);
    const dayOrWeek = ownDates.some((d) => d.precision === "day" || d.precision === "week") || undatedDay;
    // ("killed 49 in Homs, 13 in the suburbs of Damascus, ... across the country": the country's toll told place
    // by place; each place's figure is that place's)
    const ownPlace = placed.length >= 2 && placed.includes(f);
    if (ownPlace && (decision.reason === "nationwide" || decision.reason === "several places")) decision = { ...decision, tally: false };
    if (!decision.tally && f === sharedToll) decision = tallyOf(null, "shared by place", false);
    if (!decision.tally && isPeriodicReport(doc) && !dayOrWeek) decision = tallyOf(null, "periodic report", decision.continues);
    // (a figure with its own day is one attack's: the model, which sees no dates, is not asked; nor about one
    // of several figures each with its own place, "24 were killed in Idlib, 13 in Hama", which are each place's)
    if (!decision.tally && !dayOrWeek && !ownPlace && learnedTally({ text, start: f.start, end: f.end, best: f.best, heading: info.s.heading })) {
      decision = tallyOf(null, "learned", decision.continues);
    }
    if (!decision.tally) {
      out.incidentDeaths.push(f);
      continue;
    }
    // ("killed 10 civilians on Saturday, bringing to 28 the toll of the offensive": the day's own attack, then the running total)
    const ownAttackFirst = out.incidentDeaths.some((o) => o.start < f.start && !addsDead(text, o));
    if (decision.reason === "cumulative toll" && !ownAttackFirst && revisesTollBefore(doc, info, f)) {
      out.incidentDeaths = [f];
      break;
    }
    // "the killing of 8 more members of the convoy, bringing the toll to 23": the 8 are inside the 23
    if (decision.reason === "cumulative toll")
      out.incidentDeaths = out.incidentDeaths.filter((o) => !(o.start < f.start && o.best < f.best && addsDead(text, o)));
    const manyAttacksBefore =
      decision.reason === "many attacks" && decision.period && prev ? tallySince(prev.s.text, decision.period, doc.datesOf(prev), doc.pub) : null;
    const since = tallySince(text, decision.period, doc.datesOf(info), doc.pub) ?? (decision.continues ? state.lastTallySince : null) ?? manyAttacksBefore;
    if (since) state.lastTallySince = since;
    // A tally per part ("385 members of pro-regime forces and 165 civilians", "four gas-field workers and 11
    // shepherds"), but one of a figure its parts only break down by age and sex ("eight children and a woman",
    // "124,752 men, 17,139 children and 15,278 women"): one population, which labellers count once
    const split = f.breakdown.length === 0 && f.parts.length >= 2 && f.parts[0]!.count.start === f.start;
    const members = split && !f.parts.every((p) => DEMOGRAPHIC_PART_RE.test(p.np.trim())) ? f.parts : [null];
    for (const part of members) {
      const c = part ? part.count : f;
      if (c.vague && WORDS_NOT_FIGURE_RE.test(text.slice(c.start))) continue;
      const what = part ? part.np : (partsTold(f) ?? f.victims ?? "people");
      out.tallies.push({
        count: c.best,
        countLow: c.low,
        countHigh: c.high,
        countVague: c.vague,
        description: `${tallyWhat(what)}${decision.period ? ` (${decision.period})` : ""}`.replace(/\s+/g, " ").trim(),
        since: since?.date ?? null,
        sincePrecision: since?.precision ?? null,
        reportedBy: findReporter(text)?.label ?? null,
        evidence: text,
        evidenceStart: info.s.start,
        evidenceEnd: info.s.end,
      });
    }
  }
  return out;
}

const DEMOGRAPHIC_PART_RE = /^(?:[\w-]+\s+){0,2}?(?:children|child|kids|women|woman|men|man|boys?|girls?|infants?|babies|elderly|minors)$/i;

/** "385 members of pro-regime forces and 165 civilians": a figure's parts with their own counts, for its description. */
function partsTold(f: CasualtyFigure): string | null {
  if (f.parts.length < 2 || f.breakdown.length > 0 || f.parts[0]!.count.start !== f.start) return null;
  return f.parts.map((p) => `${p.count.text.trim()} ${p.np.trim()}`).join(" and ");
}

// "24 were killed in Idlib", "13 in the suburbs of Damascus", "eight each in Hama and Idlib": the figure's own place

// A monitor's monthly or yearly report ("SNHR's monthly report on casualties", "In the month of January,
// Suwayda 24 monitored the killing of 23 people"): its figures add up a period unless one is given a day.
const PERIODIC_REPORT_RE = new RegExp(
  String.raw`\b(?:monthly|annual|yearly|quarterly|weekly|periodic|semi-annual)\s+(?:[\w-]+\s+)?(?:report|toll|tally|statistics|count|` +
    String.raw`death\s+toll)\b|\bin\s+the\s+month\s+of\b|\b(?:report|statistics)\s+(?:on|of|for)\s+(?:the\s+)?(?:month|year|casualties|` +
    String.raw`civilian\s+(?:deaths|casualties))\b|\b` +
    MONTHS +
    String.raw`\s+(?:19|20)\d\d\s+(?:report|toll|death\s+toll|tally|statistics)\b|\bmonthly\s+total\b|` +
    // "324 Civilians Killed Across Syria in April", "3,055 Deaths In September"
    String.raw`\b(?:killed|deaths)\s+(?:(?:across|in|throughout)\s+(?:Syria|the\s+country)\s+)?in\s+` +
    MONTHS +
    String.raw`\b(?![\s,]+\d{1,2}\b)`,
  "i",
);
const periodicReports = new WeakMap<ArticleDoc, boolean>();
function isPeriodicReport(doc: ArticleDoc): boolean {
  let known = periodicReports.get(doc);
  if (known === undefined) {
    known = PERIODIC_REPORT_RE.test(
      doc.infos
        .slice(0, 4)
        .map((i) => i.s.text)
        .join(" "),
    );
    periodicReports.set(doc, known);
  }
  return known;
}
