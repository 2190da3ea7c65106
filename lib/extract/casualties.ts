// Casualty statements inside one sentence: which counted people were killed, which wounded.
//
// A count is a casualty figure only when a death (or injury) word is linked to it:
// - passive, after the noun phrase: "seven members of pro-regime forces were killed", "34 dead";
// - active, before the count: "killed 54 soldiers", "killing three people", "claimed the lives of at least
//   385", "the deaths of four civilians", "the killing of a lieutenant ... and a commander";
// - a toll: "the death toll rose to 20", "put the number of deaths in this crossfire at seventeen, seven
//   pro-government militiamen and nine members of the Daesh group" (the list after the total is its
//   breakdown);
// - "claims 7 pro-regime fighters' lives".
// Numbers that are not people ("2019", "88,000 kilometres", "M4", "100%") never link: they have no
// person head, and bare numbers must sit right next to the death word.
import {
  DEATH_HEAD_RE,
  INJURY_HEAD_RE,
  findCountExpressions,
  findPersonGroups,
  parseCount,
  parseNumberWords,
  readApposition,
  type CountExpr,
  type PersonGroup,
  type PersonPart,
  KIN_NOUNS,
} from "./numbers";
import { PLACE_AFTER_FIGURE_RE } from "./patterns";

export type LinkKind = "death" | "injury";

export interface CasualtyFigure {
  kind: LinkKind;
  best: number;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** Offsets within the sentence of the counted phrase. */
  start: number;
  end: number;
  /** Offset of the death/injury word (for date and clause decisions). */
  triggerAt: number;
  /** The counted people, each listed member apart ("seven pro-government militiamen", "nine members of ..."). */
  parts: PersonPart[];
  /** "including two civilians": part of the count, not added. */
  breakdown: PersonPart[];
  /** The phrase naming the victims ("members of pro-regime forces"), or null for a bare number. */
  victims: string | null;
  /** A share of a total told in an earlier sentence: "seven of them died in ...", "killed the other three". */
  share?: boolean;
  /** "eight each in Hama and Idlib": the count again, for the place named at these offsets. */
  atPlace?: boolean;
}

// Cheap prefilter: a sentence without any of these cannot hold a casualty figure.
// "41 victims had been documented": translated copy's word for the dead, by the verb monitors use of them
const VICTIMS_DOCUMENTED = String.raw`victims\s+(?:had|have|has)\s+been\s+(?:documented|recorded|registered|counted)\b`;
export const CASUALTY_HINT_RE = new RegExp(
  [
    String.raw`kill|dead|death|died|dies\b|lives|life\b|lost\b|slain|slay|slew|execut|massacr|gunned|shot|perish|wound|injur|toll|liquidat`,
    String.raw`fatalit|murder|slaughter|martyr|hurt|suffocat|asphyxiat|neutrali[sz]|eliminat|assassinat|bodies|corpses|stabb|behead|crucif`,
    String.raw`butcher|lynch|hanged|\bheads?\s+of|\bthroats?\s+of`,
    String.raw`body\s+of|(?:his|her|['’]s)\s+body\s+(?:was|had|has)\b|\bfell\s+in\b|\bfell\s+(?:as\s+)?(?:martyrs|victims|dead|today|yesterday)\b`,
    String.raw`\b(?:cut|mowed)\s+down\s+by\b|\b(?:left|leav(?:e|es|ing))\s+(?:\S+\s+){1,3}victims\b`,
    String.raw`\b${VICTIMS_DOCUMENTED}`,
  ].join("|"),
  "i",
);

const DEATH_ACTIVE_BEFORE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`kill(?:ed|ing|s)?|execut(?:ed|ing|es?)|massacr(?:ed|ing|es?)|slaughter(?:ed|ing|s)?|slew|slay(?:ing|s)?|murder(?:ed|ing|s)?`,
      String.raw`behead(?:ed|ing|s)?|crucif(?:ied|ying|ies)|butcher(?:ed|ing|s)?|lynch(?:ed|ing|es)?|(?:stabb|beat|tortur|burn)(?:ed|en|t|ing)?\s+to\s+death`,
      // ("cut off the heads of three civilians", "slit the throats of four shepherds", "cut off the head of an elderly
      // man": beheadings told in words)
      String.raw`(?:cut(?:ting|s)?\s+off|severed|severing)\s+the\s+heads?\s+of|slit(?:ting|s)?\s+the\s+throats?\s+of`,
      String.raw`martyr(?:ed|ing|s)|assassinat(?:ed|ing|es?)|neutrali[sz](?:ed|ing|es?)|eliminat(?:ed|ing|es?)|liquidat(?:ed|ing|es?)`,
      String.raw`(?:found|discovered|recovered|retrieved|pulled\s+out)\s+(?:the\s+)?bodies\s+of`,
      String.raw`gunn(?:ed|ing)\s+down|shot\s+dead|shooting\s+dead|(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?)|cost(?:ing|s)?)\s+the\s+lives?\s+of`,
      String.raw`(?:resulted|resulting|result)\s+in\s+the\s+deaths?\s+of|deaths?\s+of|martyrdom\s+of|killings?\s+of|murders?\s+of`,
      String.raw`executions?\s+of|massacre\s+of|slaughter\s+of`,
      String.raw`bodies\s+of|(?:resulted|resulting)\s+in`,
    ].join("|") +
    // ("killed only one person", "killed just two": a small toll stressed)
    // ("killing himself and three children": the bomber's victims)
    String.raw`)\s+(?:(?:himself|herself|themselves)\s+(?:and|along\s+with)\s+)?` +
    String.raw`(?:(?:the|a\s+total\s+of|an\s+estimated|some|all|another|only|just|merely)\s+)?$`,
  "i",
);
const INJURY_ACTIVE_BEFORE_RE =
  /\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es?)|injuries\s+to|maim(?:ed|ing)?|hurt(?:ing)?)\s+(?:(?:the|a\s+total\s+of|an\s+estimated|some|another)\s+)?$/i;
// "the death toll rose to", "put the number of deaths in this crossfire at", "killed toll of"
const TOLL_BEFORE_RE = new RegExp(
  // ("the wounded toll rises to two": the injured's, not the dead's)
  // ("the Observatory put the dead at four")
  String.raw`\b(?:death\s+tolls?|(?<!\b(?:wounded|injury|injured|injuries)\s+)toll|(?:put|puts|putting|placed|places|placing)\s+the\s+dead|` +
    String.raw`number\s+of\s+(?:[\w-]+\s+){1,10}?(?:who|that)\s+(?:(?:were|have\s+been|had\s+been)\s+killed|(?:h` +
    // ("the number of people documented by the Observatory as killed in a massacre ... has risen to")
    String.raw`ave\s+|had\s+)?died)|number\s+of\s+(?:people|persons|civilians|those)\s+(?:[\w-]+\s+){1,10}?as\s+(?:killed|dead)|` +
    String.raw`number\s+of\s+(?:killed\s+[\w-]+|deaths|dead|fatalities|victims|martyrs|those\s+killed|people\s+killed|dead\s+peopl` +
    String.raw`e|(?:people|persons|civilians|those)\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?killed)|fatalities|deaths)\b(?:(?!\b` +
    String.raw`(?:at|to|reached)\s+(?:\d|least\b))[^.;!?]){0,400}?\b(?:at|to|of|reached|hit|is|was|stood\s+at|stands\s+at|rose\s+to|cli` +
    // ("Death tolls given by activists run from 217 to 260")
    String.raw`mbed\s+to|increased\s+to|jumped\s+to|(?:rose|risen|climbed|increased|jumped)|(?:runs?|ranges?|ranging|var(?:y|ies))\s+from)\s+$`,
  "i",
);
// The wounded's word, then only words that lead to their count: "the injury of", "the number of injured at"
/**
 * A toll of the dead leads to the count at the end of `before` ("the death toll rose to"), unless the wounded's own
 * word leads to it ("the deaths of six and the injury of") or the toll counts the dead and the wounded together.
 */
const deathTollBefore = (before: string) => TOLL_BEFORE_RE.test(before) && !INJURED_JUST_BEFORE_RE.test(before) && !COMBINED_TOLL_BEFORE_RE.test(before);

// ("the number of people killed and injured by the explosions rises to 20": the dead and the wounded together)
const COMBINED_TOLL_BEFORE_RE = new RegExp(
  String.raw`\b(?:number|toll)\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|casualties)\s+(?:and|or)\s+(?:injured|wounded|injuries)\b` +
    String.raw`(?![^.;]*\b(?:deaths?|dead|killed)\b)[^.;]*$`,
  "i",
);
const INJURED_JUST_BEFORE_RE = new RegExp(
  String.raw`\b(?:injur\w*|wound\w*|hurt)(?:\s+(?:of|to|at|was|were|is|has|have|had|been|stood|stands|reached|rose|risen|climbed|increased|` +
    String.raw`jumped|estimated|put|placed|between|the|number|toll|total|figure|some|about|around|nearly|almost|over))*\s*$`,
  "i",
);
// "lost more than 11,000 fighters": a side's losses (combatants only: "lost two sons" is left alone).
const LOST_BEFORE_RE = /\b(?:lost|loses|lose|losing)\s+(?:(?:a\s+total\s+of|an\s+estimated|some)\s+)?$/i;
const COMBATANT_HEAD_RE = new RegExp(
  String.raw`^(?:fighters?|soldiers?|troops|members?|militiam[ae]n|personnel|officers?|men|combatants?|recruits?|conscripts?` +
    String.raw`|servicem[ae]n|commanders?|jihadists?|militants?|rebels?)$`,
  "i",
);
// ("took two lives", "claimed 30 victims")
const LIVES_AFTER_RE = /^\s+(?:li(?:fe|ves)|victims)\b/i;
const VICTIMS_LEFT_BEFORE_RE = /\b(?:left|leav(?:e|es|ing))\s+$/i;
const VICTIMS_DOCUMENTED_AFTER_RE = new RegExp(String.raw`^\s+${VICTIMS_DOCUMENTED}`, "i");
/** "the explosion left 5 victims", "41 victims had been documented": victims who are the dead. */
const victimsDead = (before: string, after: string) =>
  VICTIMS_DOCUMENTED_AFTER_RE.test(after) || (VICTIMS_LEFT_BEFORE_RE.test(before) && /^\s+victims\b/i.test(after));
const LIVES_BEFORE_RE = /\b(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?)|cost(?:ing|s)?)\s+$/i;

// ("was summarily executed", "were brutally killed": any manner adverb, not one that says it did not happen)
const MANNER_ADVERB = String.raw`(?!(?:nearly|almost|narrowly|barely|hardly)\b)[a-z]{3,}ly`;
// After the noun phrase: optional parenthetical or appositive, auxiliaries, then the death word.
const AUX_WORDS = [
  "who|that|were|was|have|has|had|been|are|is|being|reportedly|also|all|allegedly|later|subsequently|now|since|already|likewise|similarly",
  "then|apparently|found|discovered|both|initially|likely|believed|to|be|among|those|the|ones|reported|said|residents|left|confirmed|may|might",
  // ("More than 100 members ... are estimated to have been killed")
  "estimated|thought|feared|presumed",
  MANNER_ADVERB,
].join("|");
const AUX = String.raw`(?:(?:${AUX_WORDS})\s+){0,5}`;
const PAREN = String.raw`(?:\s*\([^)]{0,80}\))?(?:\s*,[^,.;]{1,90},)?(?:\s*[—–-][^—–.;]{1,60}[—–-])?`;
const DEATH_AFTER_RE = new RegExp(
  String.raw`^${PAREN}\s*,?\s*${AUX}` +
    // ("109 people have been documented as killed"; "nine Alawites were dragged off a bus and killed")
    String.raw`(?:(?:documented|recorded|registered|listed|confirmed|counted)\s+as\s+)?` +
    String.raw`(?:(?!wounded|injured|hurt)[a-z]+ed(?:\s+[\w'-]+){0,4}?\s+and\s+(?:then\s+|later\s+)?(?=killed|executed|shot\s+dead|murdered|slaughtered))?` +
    String.raw`(killed|dead|died|slain|executed|massacred|murdered|gunned\s+down|shot\s+dead|(?:cut|mowed)\s+down(?=\s+by\s)` +
    String.raw`|lost\s+(?:their|his|her)\s+li(?:ves|fe)|met\s+(?:their|his|her)\s+deaths?|perished|martyred|were\s+martyred|killed|assassinated` +
    String.raw`|suffocated|asphyxiated|burn(?:ed|t)\s+to\s+death|neutrali[sz]ed|eliminated|slaughtered|beheaded|crucified|butchered|lynched` +
    String.raw`|hanged|(?:stabbed|beaten|tortured|crushed|starved|hacked|bludgeoned|stoned|shot|put)\s+to\s+death|fatally\s+(?:shot|stabbed|wounded|injured)` +
    String.raw`|succumbed\s+to\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)` +
    // "220 people fell today in Taramseh", "twelve fell as martyrs": translated Arabic for the dead
    String.raw`|fell(?=\s+(?:as\s+)?(?:martyrs|victims|dead|today|yesterday)\b)` +
    // "three of our fighters attained martyrdom", "18 civilians got martyred"
    String.raw`|(?:attained|achieved|gained)\s+martyrdom|got\s+(?:killed|martyred|slain)|ended\s+up\s+(?:dead|being\s+killed))\b`,
  "i",
);
const INJURY_AFTER_RE = new RegExp(String.raw`^${PAREN}\s*,?\s*${AUX}(wounded|injured|hurt|maimed)\b`, "i");
// Bare number right before a casualty word: "34 killed", "5 dead, 10 wounded"
// ("dozens more were wounded", "three others were killed": "more"/"others" after the count)
const BARE_DEATH_AFTER_RE = new RegExp(
  // ("with at least four reported killed and 17 hurt", as the injury pattern below reads "17 reported hurt")
  String.raw`^\s+(?:(?:were|are|was|have\s+been|had\s+been|has\s+been|have|had|has|reportedly|reported|more|others?|also)\s+)*` +
    String.raw`(killed|dead|died|slain|martyred|executed|assassinated|suffocated|neutrali[sz]ed)\b`,
  "i",
);
const BARE_INJURY_AFTER_RE = /^\s+(?:(?:were|are|have\s+been|had\s+been|reportedly|reported|others?|more)\s+)*(wounded|injured|hurt)\b/i;
// "of its members", "of their commanders": a group named by its possessor
const POSSESSED_GROUP = String.raw`(?:its|their|his|her|our)\s+[a-z]`;
const ONE_OF_GROUP_AFTER_RE = new RegExp(String.raw`^\s+of\s+(?:them|those|the\s+[a-z]|${POSSESSED_GROUP})`, "i");
// What may follow a bare count after an active verb: "killing 20 and wounding", "killed 5 in Daraa"
const BARE_END_RE = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`$|[,.;:)!?]|of\s+(?:them|whom|those|the\s+(?:soldiers|fighters|troops|passengers|workers|guards|men))\b` +
        String.raw`|of\s+${POSSESSED_GROUP}|and\b|in\b|at\b|on\b`,
      String.raw`near\b|during\b|when\b|while\b|after\b|including\b|across\b|inside\b|outside\b|overnight\b|yesterday\b|today\b|others?\b|more\b`,
      String.raw`early\b|late\b|last\b|this\b|earlier\b|according\b|as\b|since\b|but\b|with\b|by\b|before\b`,
    ].join("|") +
    String.raw`)`,
  "i",
);
const ELLIPSIS_BEFORE_RE = /(?:,|;|:|\s[-–—]|\band|\bwhile|\bwith|\bincluding)\s+(?:another\s+)?$/i;
// (an aside may come first: "and seven, a girl among them, in the town of Tal Hawash", "and two others, a child among them, in")
// ("one during army raids in Damascus", "one by gunfire in the central city of Homs": how, then where)
const ELLIPSIS_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:more|others?))?(?:\s*,[^,.;]{1,40},|\s*\([^)]{1,40}\))?\s+(?:more\s+|others?\s+|each\s+)?` +
    String.raw`(?:(?:during|by|from|under)\s+(?:[a-z]+\s+){1,3})?(?:in|at|near)\s+` +
    // ("and four in al-Bara": a name with a lower-case article; "13 in the suburbs of the capital Damascus")
    String.raw`(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:town\s+of\s+|city\s+of\s+|village\s+of\s+)?(?:(?:al|el|as|ash|ad|ar|at|az)-)?[A-Z]` +
    // ("Five were killed on Thursday and another 2 on Friday": the day is the elided figure's own)
    String.raw`|^\s+(?:more\s+|others?\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
);
// Bare numbers that are dates, sizes or years, never people
const NOT_PEOPLE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`%|percent|per\s+cent|km|kilomet|kilo|miles?|met(?:er|re)s?|years?|months?|weeks?|days?|hours?|minutes?|times|a\.m|p\.m|am\b|pm\b`,
      String.raw`tons?|tonnes?|dollars?|\$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|locations|targets|sites|positions|vehicles`,
      String.raw`rockets|missiles|shells|strikes|raids|attacks|villages|towns`,
    ].join("|") +
    String.raw`)`,
  "i",
);
// (whole month names only: "martyring five civilians" is not "March five")
// ("On 25 March 5 civilians": the day came first)
const MONTH_BEFORE_RE = new RegExp(
  String.raw`(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?` +
    String.raw`|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$`,
  "i",
);

// "two children aged 5 and 10", "aged between 4 and 11": ages, not people
const AGE_BEFORE_RE = /\b(?:aged|ages(?:\s+of)?|age\s+of)\s+(?:between\s+)?(?:\d{1,2}\s*(?:,|and|to|-|–)\s*)*$/i;

// "a 10-year-old boy": an age, not a count
const AGE_AFTER_RE = /^\s*-?\s*(?:years?|months?|weeks?|days?)[-\s]+old\b/i;

// "two 13-year-olds were killed", "a 12-year-old was shot": an age used as the noun itself
const AGE_NOUN_RE = /\b\d{1,2}[-\s]year[-\s]olds\b|\b\d{1,2}-year-old(?=\s+(?:was|who|died|and|had|has|is)\b|\s*[,.;)])/gi;

function isYearLike(c: CountExpr): boolean {
  return c.qualifier === "exact" && /^(?:19|20)\d\d$/.test(c.text.trim());
}

// Figures of speech with a death word and a number: "I'm dying a thousand deaths a day", "killing two birds with one stone".
const IDIOM_RE = /\b(?:(?:die|dies|died|dying)\s+a\s+thousand\s+deaths|kill(?:s|ed|ing)?\s+two\s+birds)\b/gi;
const TITLE_CASE_CASUALTY_RE = /(?<=\b(?:[A-Z][\w'’-]*|Being|is|of)\s)(?:Slaughtered|Killed|Martyrs?|Massacred|Dead|Murdered)\b/g;

// Sentences about words or pictures, not about an attack: a definition ("By the word massacre, SNHR means an
// incident in which five people were killed") or what a video or photo shows.
const NOT_AN_EVENT_RE = new RegExp(
  String.raw`^\W*By\s+(?:the\s+)?(?:word|term)\b|\b(?:means|is\s+defined\s+as|refers\s+to)\s+(?:an?\s+)?(?:incident|attack|event|case)\s+in\s+which\b` +
    String.raw`|^\W*In\s+the\s+(?:images?|video|footage|photos?|pictures?)\b` +
    String.raw`|\b(?:video|footage|photos?|pictures?|images?)\b[^.;]{0,60}?\b(?:shows?|showed|showing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:bodies|corpses|dead)\b`,
  "i",
);

/** All casualty figures in one sentence, in order. */
export function findCasualtyFigures(raw: string): CasualtyFigure[] {
  if (!CASUALTY_HINT_RE.test(raw) || NOT_AN_EVENT_RE.test(raw)) return [];
  // Quotation marks around unit names ('members of the "Islamic State"') break noun phrases, and a
  // casualty word in a name's title case ("Raqqa is Being Slaughtered Silently", "Martyrs Brigade") is no
  // death; blanking both keeps every offset.
  const sentence = raw
    .replace(/["“”[\]]/g, " ") // ("Five of our [comrades]": an editor's insertion)
    .replace(/\bU\.S\.(?=\s+[a-z])/g, "USA ") // ("two U.S. service members": the abbreviation's stops end no phrase)
    .replace(/(?<=\b[A-Z]{2,})\/(?=[A-Z]{2,}\b)/g, "-") // ("5 PKK/YPG members": one name, as Turkish media write it)
    .replace(/(?<=\s)\/\s*\d[\d,]*\s*\/(?=\s)/g, (m) => m.replace(/\//g, " ")) // ("killed / 3 / soldiers": Arabic copy's number marks)
    // ("killing (9) mercenaries": the same marks as brackets; not an age after a name, "Rojin (4) were")
    .replace(/(?<=\b[a-z]+\s)\(\d[\d,]*\)(?=\s)/g, (m) => ` ${m.slice(1, -1)} `)
    .replace(AGE_NOUN_RE, (m) => (/olds$/i.test(m) ? "youngsters" : "youngster").padEnd(m.length)) // ("two 13-year-olds": people, not an age)
    .replace(TITLE_CASE_CASUALTY_RE, (m) => " ".repeat(m.length))
    .replace(IDIOM_RE, (m) => " ".repeat(m.length));
  const counts = findCountExpressions(sentence).filter(
    (c) =>
      !isYearLike(c) &&
      !AGE_BEFORE_RE.test(sentence.slice(Math.max(0, c.start - 30), c.start)) &&
      !AGE_AFTER_RE.test(sentence.slice(c.end, c.end + 14)) &&
      !POPULATION_BEFORE_RE.test(sentence.slice(Math.max(0, c.start - 40), c.start)) &&
      // ("according to several rights groups", "according to two security sources": who says so, not who died)
      !/\baccording\s+to\s+$/i.test(sentence.slice(Math.max(0, c.start - 16), c.start)) &&
      // ("On 25 March five civilians were killed": a day of the month)
      !DAY_OF_MONTH_AFTER_RE.test(sentence.slice(c.end, c.end + 12)),
  );
  const groups = findPersonGroups(sentence, counts).flatMap(splitAtCasualtyWords);
  const used = new Set<number>(); // count starts already used
  const out: CasualtyFigure[] = [];
  for (const g of groups) {
    const f = oneNamedPerson(sentence, groupFigure(sentence, g)) ?? elidedGroup(sentence, g, out);
    if (!f) continue;
    for (const p of [...f.parts, ...f.breakdown]) used.add(p.count.start);
    out.push(f);
  }
  out.push(...bareFigures(sentence, counts, used, out));
  out.push(...anotherFigures(sentence, out));
  alongWithFigures(sentence, groups, out);
  out.push(...activeAnotherFigures(sentence, out));
  out.push(...pronounFigures(sentence, out));
  out.push(...singlePersonFigures(sentence, out));
  out.push(...shareFigures(sentence, out));
  out.push(...ordinalShareFigures(sentence, out));
  out.push(...placedShareFigures(sentence, out));
  out.push(...elidedPlacedFigures(sentence, out));
  out.push(...invertedTollFigures(sentence, out));
  out.sort((a, b) => a.start - b.start);
  // "besides the two minors, the other two dead were women": who the dead told before were, not more dead
  for (const f of out)
    if (/\bthe\s+other\s+$/i.test(sentence.slice(Math.max(0, f.start - 10), f.start)) && DESCRIBES_AFTER_RE.test(sentence.slice(f.end))) f.share = true;
  return withoutExplainedFigures(
    sentence,
    withoutPartitives(sentence, out).map((f) => withCompanions(sentence, withLeader(sentence, f))),
  )
    .filter((f) => !SUPERSEDED_BEFORE_RE.test(sentence.slice(Math.max(0, f.start - 160), f.start)) && !unrealised(sentence, f) && !revisedLater(sentence, f))
    .filter((f) => !negated(sentence, f))
    .flatMap((f) => [f, ...eachPlaceFigure(sentence, f)]);
}

// "eight each in Hama and Idlib": the count holds for the second place too
const EACH_IN_AFTER_RE = /^\s+each\s+(?:in|at)\s+(?:the\s+)?[^,.;]{2,40}?\s+and\s+(?:in\s+)?(?:the\s+)?(?=[A-Z])/;
// ("nine in Homs and Aleppo each": the same, "each" after the places)
const IN_EACH_AFTER_RE = /^\s+(?:in|at)\s+(?:the\s+)?[^,.;]{2,40}?\s+and\s+(?:in\s+)?(?:the\s+)?(?=[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s+each\b)/u;

/** The second place's figure of "N each in A and B", set on B's name so each place keeps its own clause. */
function eachPlaceFigure(sentence: string, f: CasualtyFigure): CasualtyFigure[] {
  const after = sentence.slice(f.end);
  const m = f.kind === "death" ? (EACH_IN_AFTER_RE.exec(after) ?? IN_EACH_AFTER_RE.exec(after)) : null;
  if (!m) return [];
  const start = f.end + m[0].length;
  const end = start + /^[\p{L}'’-]+/u.exec(sentence.slice(start))![0].length;
  return [{ ...f, start, end, triggerAt: start, parts: [], breakdown: [], atPlace: true }];
}

// "SANA at first reported a death toll of 25 ..., and later raised the toll to 30": the first count is superseded
const AT_FIRST_BEFORE_RE = /\b(?:at\s+first|initially|first)\s+(?:reported|put|gave|said|announced)\b[^.;]{0,40}$/i;
const REVISED_LATER_AFTER_RE = /\b(?:later|then|subsequently)\s+(?:raised|revised|updated|increased|lowered|put|brought)\b[^.;]{0,40}?\bto\s+\d/i;
const revisedLater = (sentence: string, f: CasualtyFigure) =>
  AT_FIRST_BEFORE_RE.test(sentence.slice(Math.max(0, f.start - 80), f.start)) && REVISED_LATER_AFTER_RE.test(sentence.slice(f.end));

const ONE_SUBJECT_BEFORE_RE = /(?:^|[,;:]\s*|\b(?:and|that|while|whereas|but)\s+)$/i;
const ONE_DIED_AFTER_RE = /^\s+(?:(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead)|died)\b/i;
const DAY_OF_MONTH_AFTER_RE = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// "tried to kill a person", "an attempt to assassinate an officer": no one died of it
const ATTEMPT_BEFORE_RE = new RegExp(
  String.raw`\b(?:tried|tries|trying|attempted|attempts?|attempting|failed|plotted|plotting|planned|planning|sought|intended)(?:\s+[a-z]+){0,2}` +
    String.raw`\s+to\s+(?:kill|assassinate|murder|execute|eliminate|liquidate|shoot)\s+$`,
  "i",
);
// "the toll was likely to rise above 100 and possibly to 200": a forecast, not a count
const FORECAST_BEFORE_RE = /\b(?:likely|expected|feared|set|could|may|might|would)\s+(?:to\s+)?(?:rise|climb|increase|reach|go\s+up)\b[^.;]{0,40}$/i;

/**
 * "Sheikh Basheer al-Huwaidi, a leader of the tribe and a member of the council, was assassinated": single
 * members set after a name describe that one person.
 */
function oneNamedPerson(sentence: string, f: CasualtyFigure | null): CasualtyFigure | null {
  if (!f || f.parts.length < 2 || !f.parts.every((p) => p.count.best === 1) || !NAME_COMMA_BEFORE_RE.test(sentence.slice(0, f.start))) return f;
  return { ...f, best: 1, low: 1, high: 1, parts: f.parts.slice(0, 1) };
}

/** A death the text says was only attempted, or a toll it only forecasts. */
function unrealised(sentence: string, f: CasualtyFigure): boolean {
  if (f.kind !== "death") return false;
  return (
    ATTEMPT_BEFORE_RE.test(sentence.slice(Math.max(0, f.start - 60), f.start)) || FORECAST_BEFORE_RE.test(sentence.slice(Math.max(0, f.start - 80), f.start))
  );
}

// "not one military man was killed", "no soldier died": a count of nobody
const NEGATED_BEFORE_RE =
  /\b(?:(?:no|not\s+(?:a\s+single|a|any)|none\s+of(?:\s+(?:the|their|its))?)\s+(?!(?:fewer|less|more|longer|sooner)\b)(?:[\w-]+\s+){0,2}|not\s+)$/i;
const NEGATED_RE = /^(?:no|none)\s+(?!(?:fewer|less|more|longer|sooner)\b)/i;
const negated = (sentence: string, f: CasualtyFigure) =>
  NEGATED_BEFORE_RE.test(sentence.slice(Math.max(0, f.start - 40), f.start)) || NEGATED_RE.test(sentence.slice(f.start, f.end));

// "the country of 23 million", "a city of 300,000 people": how many live there
const POPULATION_BEFORE_RE =
  /\b(?:country|nation|population|city|town|province|governorate|region|home)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;

// "raising its earlier toll of 26", "up from 29", "a previous count of 9": a figure the text says is out of date.
const SUPERSEDED_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:up|down)\s+from|(?:an?|the|its|their|his|her)\s+(?:earlier|previous|initial|preliminary|first|former|old)\s+(?:death\s+)?` +
    // ("The first death toll announced was ten": the same, as a clause)
    String.raw`(?:toll|figure|count|tally|estimate|number)(?:\s+of|(?:\s+(?:announced|given|reported|released|issued))?\s+(?:was|stood\s+at))?` +
    // "The toll, initially put at six, rose ...": the first figure the text itself replaces
    String.raw`|\b(?:initially|originally|first|earlier)\s+(?:put|given|reported|estimated|set|placed)\s+(?:at|as)` +
    // "Earlier, the number of people killed in Homs had stood at seven", "The initial count of casualties had
    // been four killed": a count the text says is past
    String.raw`|\b(?:[Ee]arlier|[Pp]reviously|[Ii]nitially)\b[^.;]{0,90}\bhad\s+(?:stood|been\s+(?:put|given|estimated|set))\s+at` +
    String.raw`|\b(?:initial|earlier|previous|preliminary|first)\s+(?:count|toll|tally|figure)\b[^.;]{0,40}\bhad\s+been` +
    // "An earlier toll given by the director had referred to the fall of at least 20 dead"
    String.raw`|\b(?:[Aa]n|[Tt]he)\s+(?:earlier|previous|initial|first)\s+(?:count|toll|tally|figure)\b[^.;]{0,90}` +
    String.raw`\bhad\s+(?:referred|pointed|spoken|mentioned|given|put|said)\b[^.;]{0,30})` +
    String.raw`\s+(?:(?:at\s+least|some|about|around)\s+)?$`,
  "i",
);

/**
 * "Five soldiers were killed and the bodies of two of them are missing": "two of them" counts the five again,
 * as a share followed by "and the rest" does.
 */
function withoutPartitives(sentence: string, figs: CasualtyFigure[]): CasualtyFigure[] {
  // ("122 bodies were discovered ... two dozen died from sniper fire and the rest were executed": a share)
  const partitive = (f: CasualtyFigure) =>
    /^\s*of\s+(?:them|whom|those|these|the\s+dead|the\s+victims)\b/i.test(sentence.slice(f.end, f.end + 24)) ||
    /^[^.;]{0,50}?\band\s+the\s+(?:rest|remainder|others)\b/i.test(sentence.slice(f.end, f.end + 80));
  // "five people from one family, including three children, were killed": the three are among the five
  // (but "45 were killed, including 20 in Homs, 15 in Idlib and 10 in Daraa": a toll shared out by place, whose parts are the attacks)
  const placed = (f: CasualtyFigure) => PLACE_AFTER_FIGURE_RE.test(sentence.slice(f.end, f.end + 80));
  const byPlace = (f: CasualtyFigure) => placed(f) && figs.some((o) => o.start > f.start && o.kind === "death" && placed(o));
  const breakdownOf = (f: CasualtyFigure, o: CasualtyFigure) => o.best >= f.best && INCLUDING_BEFORE_RE.test(sentence.slice(o.end, f.start)) && !byPlace(f);
  return figs.filter(
    (f) =>
      (f.share || !figs.some((o) => o !== f && o.start < f.start && o.kind === f.kind && (partitive(f) || breakdownOf(f, o)))) &&
      !aboutSomeOfThem(sentence, f, figs),
  );
}

// "10 people, including six women (one of the women was killed together with her daughter), were killed": a
// bracket that opens on some of the dead just counted tells who they were, not more dead
// (not "(42 of them in Zamalka, 39 in Daraya)": the dead shared out by place)
const SOME_OF_THEM_RE = /^\(\s*(?:one|two|three|four|five|\d+)\s+of\s+(?:them|whom|those|these|the\s+[\w-]+)\s+(?:was|were|had|died)\b/i;
function aboutSomeOfThem(sentence: string, f: CasualtyFigure, figs: CasualtyFigure[]): boolean {
  const open = sentence.lastIndexOf("(", f.start);
  if (open < 0 || sentence.lastIndexOf(")", f.start) > open || !SOME_OF_THEM_RE.test(sentence.slice(open))) return false;
  return figs.some((o) => o.kind === "death" && o.end <= open);
}
// ("rose to 23 (among them 10 children, 6 women and 7 men)": the same in brackets; "10 civilians including three")
const INCLUDING_BEFORE_RE = /^(?:[^.;,(]{0,90}(?:,|\(|\s[-–—]))?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+)?$/i;

/** "10 dead and 56 wounded" is two figures, not one group of 66: a list stops at a casualty word of another kind. */
function splitAtCasualtyWords(g: PersonGroup): PersonGroup[] {
  const kindOf = (np: string) => (DEATH_HEAD_RE.test(np.trim()) ? "death" : INJURY_HEAD_RE.test(np.trim()) ? "injury" : null);
  const kinds = g.parts.map((p) => kindOf(p.np));
  if (g.parts.length < 2 || kinds.every((k) => k === kinds[0])) return [g];
  return g.parts.map((p) => ({
    ...g,
    total: p.count.best,
    low: p.count.low,
    high: p.count.high,
    vague: p.count.vague,
    start: p.count.start,
    end: p.end,
    head: p.np.trim(),
    parts: [p],
    breakdown: [],
  }));
}

function figureFrom(g: PersonGroup, kind: LinkKind, triggerAt: number): CasualtyFigure {
  const victims = g.parts.map((p) => p.np).join(" and ");
  return {
    kind,
    best: g.total,
    low: g.low,
    high: g.high,
    vague: g.vague,
    start: g.start,
    end: g.end,
    triggerAt,
    parts: g.parts,
    breakdown: g.breakdown,
    victims,
  };
}

/** A counted group of people linked to a death or injury word, or null. */
function groupFigure(sentence: string, whole: PersonGroup): CasualtyFigure | null {
  const g = withoutWoundedTail(sentence, whole);
  const before = sentence.slice(Math.max(0, g.start - 90), g.start);
  if (g.count.qualifier === "exact" && MONTH_BEFORE_RE.test(before)) return null; // "on March 6 soldiers ..." is a date
  // ("three of its fighters, Hozan Qamishlo, Gule Halab and Amed Afrin, were killed": the names are the three)
  // ("five soldiers, the army said, were killed", "9 other civilians who had been held by the terrorists were shot
  // dead": an aside or a relative clause before the verb)
  const after = sentence
    .slice(g.end, g.end + 140)
    .replace(NAMES_APPOSITIVE_RE, (m) => " ".repeat(m.length))
    .replace(ASIDE_BEFORE_VERB_RE, (m) => " ".repeat(m.length));
  const head = g.head ?? "";
  const companion = companionBefore(sentence, g);
  const link = linkOfGroup(sentence, g, before, after, head) ?? (companion === null ? null : activeLinkBefore(sentence, companion, g.start));
  if (!link) return null;
  // "the deaths of" etc. with "casualties" head is ambiguous; keep only explicit people
  if (/^casualties$/i.test(head) && !DEATH_ACTIVE_BEFORE_RE.test(before)) return null;
  const f = figureFrom(g, link.kind, link.triggerAt);
  const plusOne = (n: number | null) => (n === null ? null : n + 1);
  return companion === null ? f : { ...f, best: f.best + 1, low: plusOne(f.low), high: plusOne(f.high) };
}

const VERB_RE = /\b(?:was|were|is|are|has|have|had|been|killed|injured|wounded|died|said|says)\b/i;
const NUMBER_WORD_RE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|some|many|both)\b/i;

// "killed three soldiers and seven others were wounded": the last members of the list have a verb of their own
// ("... and 10 others were reported wounded", "and 20 others were reportedly injured")
const OWN_INJURY_AFTER_RE =
  /^\s*(?:(?:have|has|had|were|was|are)\s+)?(?:(?:been|also|reportedly|reported|said\s+to\s+have\s+been)\s+){0,2}(?:wounded|injured|hurt)\b/i;

function withoutWoundedTail(sentence: string, g: PersonGroup): PersonGroup {
  const cut = g.parts.findIndex((p, k) => k > 0 && OWN_INJURY_AFTER_RE.test(sentence.slice(p.end, p.end + 40)));
  if (cut < 1) return g;
  const parts = g.parts.slice(0, cut);
  const sum = (f: (p: PersonGroup["parts"][number]) => number | null) => (parts.every((p) => f(p) !== null) ? parts.reduce((a, p) => a + f(p)!, 0) : null);
  return { ...g, parts, total: sum((p) => p.count.best)!, low: sum((p) => p.count.low), high: sum((p) => p.count.high), end: parts[cut - 1]!.end };
}

/**
 * "the martyrdom of correspondent Delishan Ibish and 14 other civilians", "Hassan Khaleh and two others were
 * killed": one person named before "and N other(s)" is one more dead. Where that person's phrase starts, or null.
 */
function companionBefore(sentence: string, g: PersonGroup): number | null {
  // ("killing the pilot and three other soldiers": "other" says the pilot is one of them too)
  // ("Zuhair al-Darawsheh and his son were killed": the kin counted, and the man named before them)
  const kin = /^(?:his|her)$/i.test(g.count.text.trim()) && KIN_HEAD_RE.test(g.head ?? "");
  // ("media activist Abdul Rahman al-Hariri and a person with him were killed")
  const withHim =
    /^(?:a|an|one)$/i.test(g.count.text.trim()) && /^\s+(?:who\s+was\s+)?(?:with|accompanying)\s+(?:him|her)\b/i.test(sentence.slice(g.end, g.end + 30));
  if (!kin && !withHim && !/^\s+(?:others?\b|other\s+[a-z])/i.test(sentence.slice(g.count.end, g.count.end + 10))) return null;
  const before = sentence.slice(Math.max(0, g.start - 120), g.start);
  // ("killing Khaled Tassah, 16, and two other people": the named one's age set off by commas)
  const m = /([^,.;:\d()]{2,100}?)(?:,\s*\d{1,2},)?\s+and\s+$/.exec(before);
  if (!m || NUMBER_WORD_RE.test(m[1]!) || VERB_RE.test(m[1]!) || !(/\p{Lu}/u.test(m[1]!) || COMPANION_ROLE_RE.test(m[1]!))) return null;
  // ("... in the town of Salqin in the Idlib countryside and 27 others in Harasta": a place, not a person)
  if (PLACE_END_RE.test(m[1]!)) return null;
  return g.start - before.length + m.index;
}

// ("he had been executed together with his wife": the one dead and the kin no count names)
const KIN = `${KIN_NOUNS}|child`;
const KIN_TOGETHER_RE = new RegExp(
  String.raw`^[^,.;]{0,50}?\b(?:killed|slain|executed|murdered|martyred|assassinated|shot\s+dead)\s*,?\s+(?:along|together)\s+with\s+` +
    String.raw`(?:his|her)\s+(?:${KIN})\b(?!\s+(?:and|of)\b)`,
  "i",
);
const KIN_HEAD_RE = new RegExp(`^(?:${KIN})$`, "i");

const PLACE_END_RE = new RegExp(
  String.raw`\b(?:countryside|province|governorate|city|town|village|area|district|region|neighbou?rhood|camp|desert)\s*$` +
    String.raw`|\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$`,
);

/** The death word before a named companion ("led to the martyrdom of <companion> and 14 other civilians"). */
function activeLinkBefore(sentence: string, from: number, to: number): { kind: LinkKind; triggerAt: number } | null {
  for (let i = from; i < to; i++) {
    if (sentence[i] !== " ") continue;
    if (DEATH_ACTIVE_BEFORE_RE.test(sentence.slice(Math.max(0, i - 90), i + 1))) return { kind: "death", triggerAt: i };
  }
  return null;
}

function linkOfGroup(sentence: string, g: PersonGroup, before: string, after: string, head: string): { kind: LinkKind; triggerAt: number } | null {
  if (DEATH_HEAD_RE.test(head) && !/lives/i.test(head)) return COMBINED_AFTER_RE.test(after) ? null : { kind: "death", triggerAt: g.start };
  // ("One martyr also fell to sniper fire", "one death and many injured"; not "the funeral of a martyr")
  if (/^(?:martyr|death)$/i.test(head) && /^one\b/i.test(sentence.slice(g.start, g.end)) && !/\bof\s+$/i.test(before)) {
    return { kind: "death", triggerAt: g.start };
  }
  if (INJURY_HEAD_RE.test(head)) return { kind: "injury", triggerAt: g.start };
  // "claims 7 pro-regime fighters' lives"
  if (/['’]s?$/.test(sentence.slice(g.start, g.end)) && /^\s*lives\b/i.test(after) && LIVES_BEFORE_RE.test(before))
    return { kind: "death", triggerAt: g.start };
  // "the army has lost more than 1,000 soldiers"
  if (LOST_BEFORE_RE.test(before) && COMBATANT_HEAD_RE.test(head)) return { kind: "death", triggerAt: Math.max(0, g.start - 1) };
  if (DEATH_ACTIVE_BEFORE_RE.test(before)) return { kind: "death", triggerAt: Math.max(0, g.start - 1) };
  // ("the deaths of 12 soldiers and injuries to 17 others": the wounded's own word comes after the toll's)
  if (INJURY_ACTIVE_BEFORE_RE.test(before)) return { kind: "injury", triggerAt: Math.max(0, g.start - 1) };
  // ("the deaths of six civilians and the injury of nine others", "put the number of injured at three")
  if (deathTollBefore(before)) {
    return { kind: "death", triggerAt: Math.max(0, g.start - 1) };
  }
  // "the two men's bodies were discovered"
  if (/['’]s?$/.test(sentence.slice(g.start, g.end)) && BODIES_FOUND_AFTER_RE.test(after)) return { kind: "death", triggerAt: g.end };
  // "took away ten men and then shot them in the street": the people taken are the dead
  const them = TAKEN_BEFORE_RE.test(before) ? KILLED_THEM_AFTER_RE.exec(after) : null;
  if (them) return { kind: "death", triggerAt: g.end + them.index + them[0].length - them[1]!.length };
  return linkAfterGroup(g, after);
}

const TAKEN_BEFORE_RE = /\b(?:took(?:\s+away)?|abducted|kidnapped|seized|detained|arrested|rounded\s+up|dragged(?:\s+out)?|lined\s+up)\s+(?:the\s+)?$/i;
const KILLED_THEM_AFTER_RE =
  /^[^.;]{0,60}?\b(?:and|before)\s+(?:then\s+|later\s+)?((?:shot|killed|executed|murdered|slaughtered|shooting|killing|executing)\s+(?:all\s+of\s+)?them)\b/i;

/** The death or injury word after the counted people: "seven soldiers were killed", "140 members of X and police were killed". */
function linkAfterGroup(g: PersonGroup, after: string): { kind: LinkKind; triggerAt: number } | null {
  const d = DEATH_AFTER_RE.exec(after) ?? DEATH_AFTER_TAIL_RE.exec(after);
  // "nearly 40 civilians killed or injured": the dead and the wounded together, no count of the dead
  if (d && COMBINED_AFTER_RE.test(after.slice(d.index + d[0].length))) return null;
  const inj = INJURY_AFTER_RE.exec(after);
  // "an NDF sniper shot dead a woman", "three gunmen killed two farmers": a verb in the active voice
  // (no auxiliary) with an object after it; the counted people are the attackers, not the dead.
  const active =
    d !== null &&
    ACTIVE_VERB_RE.test(d[1] ?? "") &&
    !/\b(?:were|was|have|has|had|been|are|is|being|be)\s/i.test(d[0]) &&
    OBJECT_AFTER_RE.test(after.slice(d[0].length));
  const word = d ? (d[1] ?? d[2] ?? "") : "";
  if (d && !active && (!inj || d.index + d[0].length <= inj[0].length)) return { kind: "death", triggerAt: g.end + d[0].length - word.length };
  if (inj) return { kind: "injury", triggerAt: g.end + inj[0].length - inj[1]!.length };
  return null;
}

// ("left 6 people dead and wounded the other 4": the wounding has its own object, so the 6 are the dead)
const WOUNDED_OBJECT =
  String.raw`(?:the\s+other|others|another|at\s+least|more\s+than|about|nearly|\d|one|two|three|four|five|six|seven|eight|nine|ten` + String.raw`|dozens)\b`;
const COMBINED_AFTER_RE = new RegExp(String.raw`^\s*(?:and|or|and\/or)\s+(?:injured|wounded|hurt|maimed)\b(?!\s+${WOUNDED_OBJECT})`, "i");

// ("killed 19 people ... on the outskirts of Saraqeb, and a further 23 people, including 10 children, in the town of
// Ehsim": the verb of the figure before, elided)
const ELIDED_GROUP_BEFORE_RE = /(?:,|;)\s*(?:and\s+|while\s+)?$/i;

function elidedGroup(sentence: string, g: PersonGroup, found: CasualtyFigure[]): CasualtyFigure | null {
  const prev = found.filter((f) => f.kind === "death" && f.end <= g.start).pop();
  if (!prev || !/^(?:a\s+further|another)\b/i.test(sentence.slice(g.start, g.end))) return null;
  if (!ELIDED_GROUP_BEFORE_RE.test(sentence.slice(Math.max(0, g.start - 30), g.start))) return null;
  if (!ELLIPSIS_AFTER_RE.test(sentence.slice(g.end, g.end + 100).replace(/^,/, ""))) return null;
  return figureFrom(g, "death", g.start);
}

/**
 * Bare counts: "34 killed" is a group already; here "killing 20 and wounding 30", "the toll rose to 20",
 * and totals followed by their breakdown ("at seventeen, seven militiamen and nine members of ...").
 */
function bareFigures(sentence: string, counts: CountExpr[], used: Set<number>, found: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const all = () => [...found, ...out];
  for (const c of counts) {
    if (used.has(c.start) || all().some((f) => c.start >= f.start && c.start < f.end)) continue;
    const link = bareLink(sentence, c, all());
    if (!link) continue;
    // (a bare "one" is no figure, unless it shares out the one before: "- one in Damascus and one in Homs")
    // ("killing one of them": one of the people just named)
    // ("killed one of its members": one of a group named by its possessor)
    const oneOfThem = /^one$/i.test(c.text) && ONE_OF_GROUP_AFTER_RE.test(sentence.slice(c.end, c.end + 16));
    const oneLife = LIVES_AFTER_RE.test(sentence.slice(c.end, c.end + 10));
    // ("..., and that one was killed by gunfire in Daraa": "one" as a clause's subject)
    const oneSubject = /^one$/i.test(c.text) && ONE_SUBJECT_BEFORE_RE.test(sentence.slice(0, c.start)) && ONE_DIED_AFTER_RE.test(sentence.slice(c.end));
    if (c.best === 1 && /^(?:a|an|one)$/i.test(c.text) && !sharesOut(sentence, c) && !oneOfThem && !oneLife && !oneSubject) continue;
    const listed = readApposition(sentence, c.end, counts);
    const end = listed.length > 0 ? listed[listed.length - 1]!.end : c.end;
    for (const p of listed) used.add(p.count.start);
    // drop groups the apposition re-read ("seven pro-government militiamen and nine members")
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start >= c.end && found[k]!.end <= end) found.splice(k, 1);
    const victims = listed.length > 0 ? listed.map((p) => p.np).join(" and ") : null;
    out.push({
      kind: link.kind,
      best: c.best,
      low: c.low,
      high: c.high,
      vague: c.vague,
      start: c.start,
      end,
      triggerAt: link.triggerAt,
      parts: listed,
      breakdown: [],
      victims,
    });
  }
  return out;
}

const sharesOut = (sentence: string, c: CountExpr) =>
  ELLIPSIS_BEFORE_RE.test(sentence.slice(Math.max(0, c.start - 90), c.start)) && ELLIPSIS_AFTER_RE.test(sentence.slice(c.end, c.end + 60));

// "it rose to 10 -including a woman- the number of people killed": the toll named after its figure
const RISE_TO_BEFORE_RE = /\b(?:rose|risen|rises|climbed|increased|jumped|reached)\s+to\s+$/i;
const TOLL_AFTER_RE = /^[^.;]{0,70}?\bthe\s+(?:number|toll)\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|martyrs|victims|fatalities)\b/i;
const tollNamedAfter = (before: string, after: string) => RISE_TO_BEFORE_RE.test(before) && TOLL_AFTER_RE.test(after);

function bareLink(sentence: string, c: CountExpr, found: CasualtyFigure[]): { kind: LinkKind; triggerAt: number } | null {
  const before = sentence.slice(Math.max(0, c.start - 90), c.start);
  const after = sentence.slice(c.end, c.end + 60);
  if (NOT_PEOPLE_AFTER_RE.test(after) || MONTH_BEFORE_RE.test(before)) return null;
  const toll = deathTollBefore(sentence.slice(Math.max(0, c.start - 480), c.start)) || tollNamedAfter(before, sentence.slice(c.end, c.end + 120));
  if ((DEATH_ACTIVE_BEFORE_RE.test(before) || toll) && (BARE_END_RE.test(after) || toll)) return { kind: "death", triggerAt: c.start };
  if (INJURY_ACTIVE_BEFORE_RE.test(before) && BARE_END_RE.test(after)) return { kind: "injury", triggerAt: c.start };
  // "the blast took one life", "claimed two lives"
  if (!c.vague && LIVES_AFTER_RE.test(after) && LIVES_BEFORE_RE.test(before)) return { kind: "death", triggerAt: c.start };
  if (!c.vague && victimsDead(before, after)) return { kind: "death", triggerAt: c.start };
  // ("arrested a number of young men, seven of whom they executed in the field": the share of the people taken)
  const whom = c.best > 1 ? OF_WHOM_KILLED_AFTER_RE.exec(after) : null;
  if (whom) return { kind: "death", triggerAt: c.end + whom[0].length - whom[1]!.length };
  const d = BARE_DEATH_AFTER_RE.exec(after);
  // ("leave 27 dead and wounded": the dead and the wounded together, no count of the dead)
  if (d && COMBINED_AFTER_RE.test(after.slice(d[0].length))) return null;
  if (d) return { kind: "death", triggerAt: c.end + d[0].length - d[1]!.length };
  // "found 39 bodies", "39 bodies were discovered"
  // ("six more bodies were also found", "five other corpses were recovered")
  const bodies = after.replace(/^\s+(?:more|other|further)\b/i, "");
  const recorded = !c.vague && BODIES_RECORDED_AFTER_RE.test(bodies);
  if (/^\s+(?:bodies|corpses)\b/i.test(bodies) && (FOUND_BEFORE_RE.test(before) || BODIES_FOUND_AFTER_RE.test(bodies) || recorded)) {
    return { kind: "death", triggerAt: c.end };
  }
  const i = BARE_INJURY_AFTER_RE.exec(after);
  if (i) return { kind: "injury", triggerAt: c.end + i[0].length - i[1]!.length };
  // ("killed 10 people whom we were able to identify, plus three others whose identities ...": more of the same dead)
  const prevFig = found.filter((f) => f.end <= c.start).pop();
  if (prevFig && /\bplus\s+$/i.test(before) && /^\s+(?:others|more)\b/i.test(after)) return { kind: prevFig.kind, triggerAt: c.start };
  // "57 people were killed in Homs and 87 in Sayyida Zeinab": an elided repetition of the figure before
  if (ELLIPSIS_BEFORE_RE.test(before) && ELLIPSIS_AFTER_RE.test(after)) {
    // ("at least 56 killed today, 44 in Homs": a smaller figure after a toll that names no place is its part)
    // ("45 were killed, including 20 in Homs, 15 in Idlib ...": a part told with its place, in a list by place)
    const placedPart = /\bincluding\s+$/i.test(before);
    const partOf = prevFig && c.best < prevFig.best && !placedPart && !/\b(?:in|at|near|on)\s/i.test(sentence.slice(prevFig.end, c.start));
    if (prevFig && !partOf) return { kind: prevFig.kind, triggerAt: c.start };
  }
  return null;
}

const OF_WHOM_KILLED_AFTER_RE = new RegExp(
  String.raw`^\s+of\s+whom\s+(?:they\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:later\s+|then\s+|subsequently\s+)?` +
    String.raw`(executed|killed|shot\s+dead|murdered|slaughtered|died)\b`,
  "i",
);

/** One person counted by a word ("another", "him"): a figure of 1. */
function onePerson(kind: LinkKind, start: number, end: number, word: string, triggerAt: number, victims: string | null = null): CasualtyFigure {
  const one: CountExpr = { text: word, start, end: start + word.length, best: 1, low: 1, high: 1, qualifier: "exact", vague: false };
  return {
    kind,
    best: 1,
    low: 1,
    high: 1,
    vague: false,
    start,
    end,
    triggerAt,
    parts: [{ count: one, head: null, np: word, start, end: start + word.length }],
    breakdown: [],
    victims,
  };
}

const inside = (found: CasualtyFigure[], at: number) => found.some((f) => at >= f.start && at < f.end);

// "at least seven of them died in air strikes around Ras al-Ain", "shelling on Qamishli killed the other three"
const SMALL_COUNT = String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const SHARE_RE = new RegExp(
  String.raw`(?<![\w-])(?:at\s+least\s+)?(${SMALL_COUNT})\s+of\s+(?:them|those(?:\s+killed)?|the\s+dead|the\s+victims)\s+` +
    String.raw`(?:had\s+|have\s+)?(?:died|were\s+killed|perished)\b` +
    String.raw`|\b(?:killed|killing)\s+the\s+(?:other|remaining)\s+(${SMALL_COUNT})\b` +
    // "Of these, 44 fell in Homs"
    String.raw`|\b[Oo]f\s+(?:these|them|those|whom|the\s+dead)\s*,\s*(?:at\s+least\s+)?(${SMALL_COUNT})\s+(?:fell|died|were\s+killed)\s+(?:in|at|near)\b`,
  "gi",
);

// "bringing to 28 the civilian death toll", "This raises to 143, including 26 children, the number of civilians killed"
const INVERTED_TOLL_RE = new RegExp(
  String.raw`\b(?:rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)?)\s+to\s+` +
    String.raw`((?:about|around|nearly|some|almost|over|at\s+least|more\s+than)\s+)?` +
    String.raw`(\d[\d,]*)(?:\s*,[^,.;]{1,80},)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+){0,3}?` +
    // ("raises to 177 the number of Syrian citizens of the Kurds and Arabs, among them 29 children, who have been killed")
    String.raw`(?:[^.;]{0,120}?\bwho\s+(?:have|has|had)\s+been\s+)?` +
    String.raw`(?:killed|dead|deaths|martyrs|fatalities|victims)|number\s+of\s+(?:killed|dead)\b)`,
  "gi",
);

/** A toll told with its figure before the toll's name, when no other figure covers it. */
function invertedTollFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const m of sentence.matchAll(INVERTED_TOLL_RE)) {
    const phrase = (m[1] ?? "") + m[2]!;
    const start = m.index + m[0].indexOf(phrase);
    const parsed = parseCount(phrase);
    if (!parsed || inside(found, start)) continue;
    const count: CountExpr = { ...parsed, start, end: start + phrase.length };
    const part = { count, head: null, np: phrase, start, end: count.end };
    const f = { kind: "death" as const, best: count.best, low: count.low, high: count.high, vague: false, start, end: count.end, triggerAt: m.index };
    out.push({ ...f, parts: [part], breakdown: [], victims: null });
  }
  return out;
}

// "one in Aleppo province, a second in Damascus province and a third in Busra al-Sham": one dead a place
const ORDINAL_SHARE_RE = /(?:,|\band)\s+(?:a|the)\s+(second|third|fourth|fifth)\s+(?=(?:in|at|near)\s)/gi;

function ordinalShareFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const one = found.find((f) => f.kind === "death" && /^one$/i.test(sentence.slice(f.start, f.end)) && /^\s+(?:in|at|near)\s/i.test(sentence.slice(f.end)));
  if (!one) return [];
  return [...sentence.slice(one.end).matchAll(ORDINAL_SHARE_RE)].map((m) => {
    const start = one.end + m.index + m[0].lastIndexOf(m[1]!);
    return onePerson("death", start, start + m[1]!.length, m[1]!, start);
  });
}

const DESCRIBES_AFTER_RE = /^\s*(?:were|was|are|included|comprised)\b/i;

/**
 * Shares of a total told before, when the sentence, or the share's clause, tells no dead of its own ("Nine of
 * them were killed in the raids on Mhimideh; a child and two women were killed in al-Kharita": one clause each).
 */
function shareFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const deaths = found.filter((f) => f.kind === "death");
  return sharesMatched(sentence, SHARE_RE).filter((s) => {
    const from = sentence.lastIndexOf(";", s.start) + 1;
    const next = sentence.indexOf(";", s.end);
    const to = next < 0 ? sentence.length : next;
    return !deaths.some((f) => f.start < to && f.end > from);
  });
}

// "killed across Syria on Friday, four of them in Homs": a place's share of the toll just told is that place's attack
const PLACED_SHARE_RE = new RegExp(
  String.raw`(?<![\w-])(?:at\s+least\s+)?(${SMALL_COUNT})\s+of\s+(?:them|whom|those)\s+(?:(?:were\s+)?(?:killed|martyred)\s+|died\s+|fell\s+)?` +
    String.raw`(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,6}?[A-Z]`,
  "g",
);

// "Seven of them died in Saraqeb and five in Binnish": the next place's dead, their noun and verb left out
const ELIDED_PLACED_AFTER_RE = new RegExp(
  String.raw`^[^.;]{0,50}?\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}` +
    String.raw`(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*,?\s*while\s+)(?:another\s+)?(${SMALL_COUNT})\s+(?:(?:more|others?)\s+)?` +
    String.raw`(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z]`,
  "d",
);
const MONTH_COMMA_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,/;
function elidedPlacedFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const f of found) {
    if (f.kind !== "death") continue;
    const m = ELIDED_PLACED_AFTER_RE.exec(sentence.slice(f.end));
    const count = m ? smallCount(m[1]!, f.end + m.indices![1]![0]) : null;
    // ("killed in August, 2012 in Syria": a date, not a place's dead)
    if (!m || !count || count.best >= 1000 || MONTH_COMMA_RE.test(m[0])) continue;
    if ([...found, ...out].some((g) => g.start <= count.start && g.end > count.start)) continue;
    out.push({ ...f, ...ofCountAlone(count) });
  }
  return out;
}

/** A small count word ("7", "seven") at `start`, read as an exact count, or null. */
function smallCount(word: string, start: number): CountExpr | null {
  const n = /^\d+$/.test(word) ? Number(word) : parseNumberWords(word.toLowerCase());
  return n ? { text: word, start, end: start + word.length, best: n, low: n, high: n, qualifier: "exact", vague: false } : null;
}

/** A figure's counts and span for a count with no noun of its own. */
const ofCountAlone = (count: CountExpr) => ({
  best: count.best,
  low: count.best,
  high: count.best,
  vague: false,
  start: count.start,
  end: count.end,
  parts: [{ count, head: null, np: count.text, start: count.start, end: count.end }],
  breakdown: [],
});

function placedShareFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  return sharesMatched(sentence, PLACED_SHARE_RE).filter((s) => found.some((f) => f.kind === "death" && f.end <= s.start && f.best > s.best));
}

function sharesMatched(sentence: string, re: RegExp): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const m of sentence.matchAll(re)) {
    const word = (m[1] ?? m[2] ?? m[3])!;
    const count = smallCount(word, m.index + m[0].indexOf(word));
    if (!count) continue;
    out.push({
      kind: "death",
      ...ofCountAlone(count),
      triggerAt: m.index,
      victims: null,
      share: true,
    });
  }
  return out;
}

/** "another was wounded", "a third was killed": one more person, told without a noun. */
function anotherFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const am of sentence.matchAll(ANOTHER_RE)) {
    if (inside(found, am.index)) continue;
    const kind: LinkKind = /wound|injur|hurt/i.test(am[1]!) ? "injury" : "death";
    out.push(onePerson(kind, am.index, am.index + am[0].length, "another", am.index + am[0].length - am[1]!.length));
  }
  return out;
}

/**
 * "Hilal al-Assad, a cousin of ..., was slain along with seven of his men": the people named after the
 * verb die too, with the subject (one person for "was", whether or not it was counted): 8.
 */
function alongWithFigures(sentence: string, groups: PersonGroup[], out: CasualtyFigure[]): void {
  for (const aw of sentence.matchAll(ALONG_WITH_RE)) {
    const at = aw.index + aw[0].length;
    const g = groups.find((x) => x.start === at);
    if (!g || out.some((o) => o.start <= g.start && o.end > g.start)) continue;
    const f = out.find((o) => o.kind === "death" && o.triggerAt >= aw.index && o.triggerAt <= at);
    const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
    if (f) {
      [f.best, f.low, f.high, f.parts] = [f.best + g.total, add(f.low, g.low), add(f.high, g.high), [...f.parts, ...g.parts]];
    } else if (/^was$/i.test(aw[1]!)) {
      const verbAt = aw.index + aw[1]!.length + 1;
      out.push({ ...figureFrom(g, "death", verbAt), best: g.total + 1, low: add(g.low, 1), high: add(g.high, 1), breakdown: [], victims: null });
    }
  }
}

/** "killing two shepherds and injuring a third", "wounding another": one more person, after an active verb. */
function activeAnotherFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const am of sentence.matchAll(ACTIVE_ANOTHER_RE)) {
    const start = am.index + am[0].length - am[2]!.length;
    if (inside(found, start)) continue;
    const kind: LinkKind = /wound|injur|hurt/i.test(am[1]!) ? "injury" : "death";
    out.push(onePerson(kind, start, start + am[2]!.length, am[2]!, am.index));
  }
  return out;
}

/** "fired on the vehicle, killing him on the spot", "shot her dead": the one person the sentence is about. */
function pronounFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  if (found.some((f) => f.kind === "death")) return [];
  const out: CasualtyFigure[] = [];
  for (const m of sentence.matchAll(PRONOUN_DEATH_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (inside(found, start)) continue;
    const one = onePerson("death", start, start + m[1]!.length, m[1]!, m.index);
    // ("killing him, his son George and his wife Violette": he and the kin listed after him)
    const kin = KIN_AFTER_PRONOUN_RE.exec(sentence.slice(one.end));
    if (kin) {
      const n = 1 + (kin[0].match(/\b(?:his|her|their)\s/gi) ?? []).length;
      out.push({ ...one, best: n, low: n, high: n, end: one.end + kin[0].length });
    } else out.push(one);
  }
  // (one person told twice, "executed him ..., killing him, his son and his wife": the telling that counts most)
  return out.length > 0 ? [out.reduce((a, b) => (b.best > a.best ? b : a))] : [];
}
const LISTED_KIN = String.raw`(?:his|her|their)\s+(?:${KIN_NOUNS})(?:\s+[A-Z][\w'’-]+){0,2}`;
const KIN_AFTER_PRONOUN_RE = new RegExp(String.raw`^\s*,\s*${LISTED_KIN}(?:\s*,\s*${LISTED_KIN})*\s*,?\s+and\s+${LISTED_KIN}`);

/**
 * One person named or described as the subject of a death: "Hassan Khaleh was killed by an explosive
 * device", "A general in the Air Force Intelligence Directorate was killed", "a man riding a motorcycle
 * was killed by an exploding mine", "A fighter from the Islamic factions died yesterday".
 */
function singlePersonFigures(sentence: string, found: CasualtyFigure[]): CasualtyFigure[] {
  if (found.some((f) => f.kind === "death")) return [];
  const m = SINGLE_DEATH_RE.exec(sentence);
  if (!m) return otherSinglePerson(sentence);
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const word = m[2] ?? m[3] ?? "";
  const one = onePerson("death", start, start + m[1]!.length, m[1]!, m.index + m[0].length - word.length, m[1]!);
  // "an SDF commander and the head of a local council were assassinated": two people; so are two names
  // joined by "and" ("Qasem al-Masri and Bahaa al-Masri were killed")
  const before = sentence.slice(0, m.index + m[0].indexOf(m[1]!));
  // ("Sheikh Basheer al-Huwaidi, a leader of the tribe and a member of the council, was assassinated": one man described)
  const describesName = NAME_COMMA_BEFORE_RE.test(before);
  const two = (SECOND_PERSON_RE.test(m[1]!) && !describesName) || NAME_AND_BEFORE_RE.test(before);
  return [two ? { ...one, best: 2, low: 2, high: 2 } : one];
}

/** One dead named by group 1 of a match; the death word is group 2, at the match's end, or else the match's start. */
function personOf(m: RegExpExecArray, victims: boolean): CasualtyFigure {
  const start = m.index + m[0].indexOf(m[1]!);
  const triggerAt = m[2] ? m.index + m[0].length - m[2].length : m.index;
  return onePerson("death", start, start + m[1]!.length, m[1]!, triggerAt, victims ? m[1]! : null);
}

/** "... and he died on the spot", "the body of <a named man> was found": one dead. */
function otherSinglePerson(sentence: string): CasualtyFigure[] {
  const body = BODY_OF_RE.exec(sentence);
  if (body) return [personOf(body, true)];
  const role = ROLE_OBJECT_RE.exec(sentence);
  if (role) {
    const start = role.index + role[0].length - role[2]!.length;
    const one = onePerson("death", start, start + role[2]!.length, role[2]!, role.index, role[2]!);
    // "killed the head of the local council and his son": two
    const rest = /^[^,.;]{0,60}/.exec(sentence.slice(start + role[2]!.length))![0];
    return [SECOND_PERSON_RE.test(rest) ? { ...one, best: 2, low: 2, high: 2 } : one];
  }
  const named = NAMED_OBJECT_RE.exec(sentence);
  if (named && !ORG_WORD_RE.test(named[3]!)) {
    const start = named.index + named[0].length - named[2]!.length;
    const one = onePerson("death", start, start + named[2]!.length, named[2]!, named.index, named[2]!);
    const rest = sentence.slice(start + named[2]!.length);
    const second = SECOND_PERSON_RE.exec(rest);
    const n = second?.index === 0 ? 2 : 1 + (namesAfter(rest) || companionsAfter(rest));
    return [n > 1 ? { ...one, best: n, low: n, high: n } : one];
  }
  for (const [re, victims] of [
    [SHOT_ONE_DEAD_RE, true],
    [HIS_COMPANION_DEAD_RE, true],
    [HIS_BODY_RE, false],
    [PERSONS_BODY_RE, true],
    [FOUND_BODY_OF_RE, true],
  ] as const) {
    const m = re.exec(sentence);
    if (m) return [personOf(m, victims)];
  }
  const subject = SUBJECT_WAS_KILLED_RE.exec(sentence);
  // ("A man identified as X, who originally came from al-Najiya, was shot dead": a relative clause describes him)
  const killedWord = subject ? /^(?:killed|shot|assassinated)/.test(subject[2]!) : false;
  if (
    subject &&
    !NOT_ONE_PERSON_RE.test(subject[1]!.replace(/,\s*who\s+(?:originally\s+)?(?:came|comes|was|is|hails?|lived|worked)\b[^,]*$/i, "")) &&
    (killedWord || (PERSON_SUBJECT_RE.test(subject[1]!) && !ORG_WORD_RE.test(subject[1]!)))
  ) {
    return [personOf(subject, true)];
  }
  const he = HE_DIED_RE.exec(sentence);
  if (!he) return [];
  const who = he[1] ?? he[2] ?? he[3]!;
  const start = he.index + he[0].search(/\b(?:he|she)\b/i);
  return [onePerson("death", start, start + who.length, who, he.index + he[0].length - 4)];
}

/**
 * "put the number of dead at five, saying that a young man died of his wounds": a smaller figure in a
 * clause explaining a toll ("saying", "adding", "noting" ...) is one of the toll's dead, not more dead.
 */
function withoutExplainedFigures(sentence: string, figures: CasualtyFigure[]): CasualtyFigure[] {
  const out = withoutSplitTotals(sentence, figures);
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.kind !== "death" || !TOLL_BEFORE_RE.test(sentence.slice(Math.max(0, t.start - 260), t.start))) continue;
    for (let j = out.length - 1; j > i; j--) {
      const f = out[j]!;
      if (f.kind === "death" && f.best < t.best && TOLL_EXPLAINED_RE.test(sentence.slice(t.end, f.start))) out.splice(j, 1);
    }
  }
  return out;
}

/**
 * "Seven people were killed, four in Douma and three in Harasta", "Five died: three in Douma and two in
 * Harasta": a total told again place by place is their sum; the parts are the attacks.
 */
function withoutSplitTotals(sentence: string, figures: CasualtyFigure[]): CasualtyFigure[] {
  return figures.filter((t, i) => {
    const later = figures.slice(i + 1).filter((f) => f.kind === "death");
    // ("put the overall toll at 78 dead, 45 of them in Jableh and 33 in Tartus": a toll shared out by place stays)
    if (t.kind !== "death" || later.length < 2 || later[0]!.share) return true;
    const gap = sentence.slice(t.end, later[0]!.start);
    // ("24 were killed in Idlib, ..., five in Beit Jinn, two in Daraa, two in Deir Ezzor and one in Aleppo": a
    // member of a list by place, with its own place, is no total of the members after it)
    if (figures.slice(0, i).some((f) => f.kind === "death") && /^\s+(?:each\s+)?(?:in|at|near)\s/i.test(gap)) return true;
    if (later.reduce((n, f) => n + f.best, 0) === t.best) return !SHARE_OUT_GAP_RE.test(gap);
    // ("rose to 26, where 14 civilians died and 12 IS members were killed, meanwhile two citizens died": the
    // figures the "where" opens add up to the total, whatever follows)
    let sum = 0;
    const parts = later.findIndex((f) => (sum += f.best) >= t.best) + 1;
    return !(parts >= 2 && sum === t.best && WHERE_GAP_RE.test(gap));
  });
}
const SHARE_OUT_GAP_RE = /^[^.;]*?(?:,|:|\s[-–—])\s*$/;
const WHERE_GAP_RE = /^[^.;]*?,\s*(?:where|in\s+which|of\s+whom|of\s+them)\s*$/i;

const COUNT_WORD = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|several|a\s+few|many|some)\b`;
const PASSIVE_DEATH =
  String.raw`(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|later\s+|then\s+|${MANNER_ADVERB}\s+)?` +
  // "was detained by the army and tortured to death", "was kidnapped and then killed": held first, then killed
  String.raw`(?:(?:detained|arrested|kidnapped|abducted|tortured|captured|seized|taken)\b[^,.;]{0,50}?\s+and\s+(?:then\s+|later\s+)?)?` +
  String.raw`(killed|shot\s+dead|assassinated|executed|martyred|slain|gunned\s+down|neutrali[sz]ed|murdered|beheaded|` +
  String.raw`(?:tortured|stabbed|beaten|burn(?:ed|t)|crushed|starved|hacked|bludgeoned|shot)\s+to\s+death)`;
const DIED = String.raw`(?:also\s+|later\s+)?(died|perished|lost\s+(?:his|her|their)\s+li(?:fe|ves)|met\s+(?:his|her|their)\s+deaths?)`;
// After the counted people, a list's last member or a phrase about them before the death word:
// "140 members of the security forces and police were killed", "a general in the Air Force ... was killed".
const DEATH_AFTER_TAIL_RE = new RegExp(
  String.raw`^\s*(?:(?:and|or)\s+(?!${COUNT_WORD})[\w-]+(?:\s+(?!${COUNT_WORD})[\w-]+){0,3}` +
    // ("22 people including civilians were killed": a breakdown with no commas around it)
    String.raw`|(?:in|of|from|with|at|on|aged|including|riding|driving|belonging\s+to|affiliated\s+(?:with|to)|working\s+(?:for|with)|near|inside` +
    // ("A doctor with the Red Crescent told the Region that 3 civilians were killed": the speaker, not one of the dead)
    String.raw`|loyal\s+to` +
    // ("two children who were playing in the house were killed", "two boys herding sheep were killed")
    String.raw`|(?:who|that)\s+(?:were|was)\s+[a-z]{2,}ing|(?!being\b)[a-z]{3,}ing)` +
    String.raw`\s+(?:(?!\b(?:told|said|says|reported|stated|confirmed|added)\b)[^,.;]){1,70}?)` +
    // "five people from one family, including three children, were killed": an aside after the phrase
    String.raw`(?:\s*,[^,.;]{1,60},)?\s+(?:(?:who|that)\s+)?(?:${PASSIVE_DEATH}|${DIED})\b`,
  "i",
);
// "the two men's bodies were discovered", "39 bodies were found"
const BODIES_FOUND_AFTER_RE =
  // ("Thirty bodies without heads were found", "12 bodies bearing signs of torture were recovered": a short description first)
  new RegExp(
    String.raw`^\s*(?:bodies|corpses)\s+(?:(?:without|with|bearing|showing|of|belonging\s+to)\s+(?:[\w'’-]+\s+){1,5}?)?` +
      String.raw`(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:also\s+|later\s+)?(?:found|discovered|recovered|dumped|retrieved|pulled)\b`,
    "i",
  );
// ("85 bodies had been recorded by Sunday evening": a counted toll; "large numbers of bodies had been counted" is none)
const BODIES_RECORDED_AFTER_RE = /^\s*(?:bodies|corpses)\s+(?:were|had\s+been|have\s+been)\s+(?:recorded|counted|documented)\b/i;
// ("found 39 bodies", "the recovery of 15 bodies")
const FOUND_BEFORE_RE = /\b(?:found|discovered|recovered|retrieved|pulled\s+out|(?:recovery|discovery|retrieval)\s+of)\s+(?:the\s+)?$/i;
const PRONOUN_DEATH_RE =
  /\b(?:kill(?:ing|ed)|shot|shooting|gunn(?:ing|ed)\s+down|martyr(?:ing|ed)|assassinat(?:ing|ed)|execut(?:ing|ed)|stabb(?:ing|ed))\s+(him|her)\b/gi;
const PERSON_NOUNS = [
  "man|woman|boy|girl|child|teenager|youth|young\\s+man|elderly\\s+man|civilian|farmer|shepherd|doctor|nurse|journalist|activist|driver",
  "officer|general|colonel|lieutenant|major|captain|sergeant|commander|leader|official|fighter|soldier|member|policeman|guard|citizen",
  "resident|worker|cleric|sheikh|mukhtar|mayor|head|chief|notable|defector|student|teacher|engineer|paramedic|volunteer|militant",
  "jihadist|rebel|militiaman|person|father|mother|son|daughter|brother|sister|trader|merchant|dignitary|preacher|imam",
  "refugee|detainee|prisoner|pilot|smuggler|shopkeeper|baker|lawyer|pharmacist|contractor|herder",
  "artist|filmmaker|politician|poet|writer|singer|photographer|reporter|correspondent|cameraman|judge|spokesman|director|surgeon|professor|businessman",
].join("|");
// One person as the subject of a death, at the start of a clause: "a man riding a motorcycle was killed",
// "Hassan Khaleh was killed".
// A person's name: "Shibli Khalifa", "Mohammed al-Ali", "Al-Laban" (one word only when hyphenated).
const NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|abu|abd|bint|umm)[-\s])?[A-Z][\w'’-]+`;
const PERSON_NAME = String.raw`(?:[A-Z][\w'’]+(?:\s+${NAME_WORD}){1,3}|(?:Al|El|Abu|Abd|Umm)-[A-Z][\w'’-]+)`;
// ("Ali Rida Fouad al-Hajj Hassan, 22, ...": five parts, told with the age; kept apart, as the longer name slows every
// pattern that has to try it)
const NAME_WITH_AGE = String.raw`[A-Z][\w'’]+(?:\s+${NAME_WORD}){1,4}\s*,\s*\d{1,3}\s*,(?:[^,;.]{1,90},)?`;
// "Local activist Ahmed Khalil", "journalist Ali Mahmoud": a lower-case role before the name
// ("Syrian Kurdish political leader Menije Hado", "Kurdish artist and filmmaker Bafi Tyar")
const ROLE_BEFORE_NAME =
  String.raw`(?:(?:[A-Z][a-z]+\s+){0,2}(?:[a-z-]+\s+)?(?:(?:${PERSON_NOUNS})\s+and\s+)?` + String.raw`(?:${PERSON_NOUNS}|young\s+men|brothers|citizens)\s+)?`;
// "Rifa'i, who had been waiting for a bus, was killed on the spot": a name told before, now by surname only
const SURNAME = String.raw`(?!(?:However|Meanwhile|Also|Yesterday|Today|Earlier|Later|Separately|Elsewhere|Moreover|Then|Now|Still)\b)[A-Z][\w'’-]{2,}`;
const SINGLE_DEATH_RE = new RegExp(
  // ("A second former rebel, Mohammed Al-Badran, was likewise shot dead": two modifiers and the name in apposition)
  String.raw`(?:^|[,;:]\s+|\b(?:when|after|as|and|said|says|that)\s+)((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS})\b` +
    String.raw`(?:\s*,\s*${PERSON_NAME}\s*,|\s+[^,.;]{0,70}?)?` +
    // "one of its members was killed": one of a side's people
    String.raw`|[Oo]ne\s+of\s+(?:its|their|his|her|our|the)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:(?:${PERSON_NOUNS})s|men|women|children)\b` +
    String.raw`|${ROLE_BEFORE_NAME}${PERSON_NAME}(?:\s*,[^,;.]{1,90},)?` +
    // ("Ali Hassan, 22, the nephew of the minister, was killed": the age, then who he was)
    String.raw`|${NAME_WITH_AGE}` +
    String.raw`|${SURNAME}\s*,\s*(?:who|whose|a|an|the)\b[^,;.]{1,90},)\s+(?:${PASSIVE_DEATH}|${DIED})\b`,
);
// (a name, not "On Wednesday," or "In Qamishli,")
const NAME_COMMA_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ss]ince|[Ll]ast|[Ff]rom|[Nn]ear)\s)(?!(?:On|In|At|By|Since|Last|From|Near|The|This)\s)${PERSON_NAME}\s*,\s*$`,
);
const ASIDE_BEFORE_VERB_RE = new RegExp(
  String.raw`^(?:\s*,\s*[^,;.\d]{2,40},|\s+[–—]\s+[^–—;.]{2,50}\s+[–—]|\s+(?:who|that)\s+(?:had\s+been|were)\s+[^,;.]{2,60}?)` +
    String.raw`(?=\s+(?:had\s+been|have\s+been|were|died)\s)`,
);
const NAMES_APPOSITIVE_RE = new RegExp(String.raw`^\s*,\s*${PERSON_NAME}(?:\s*,\s*${PERSON_NAME})*\s*,?\s+and\s+${PERSON_NAME}\s*,(?=\s+(?:were|have|had)\b)`);
const NAME_AND_BEFORE_RE = new RegExp(String.raw`(?:^|[,;:]\s+)${PERSON_NAME}\s+and\s+$`);
const SECOND_PERSON_RE = new RegExp(String.raw`\s+and\s+(?:an?|the|his|her|their|one)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS})\b`, "i");
// "gunmen fired on Mohammed al-Rifai ... and he died on the spot"; "the body of Rabih Oreymesh ... was found dumped"
// ("He was killed on the spot": the person the sentence before told of, killed then and there)
const HE_DIED_RE = new RegExp(
  String.raw`\b(?:and|before|where|but)\s+(he|she)\s+(?:later\s+|then\s+|soon\s+)?(?:died|succumbed)\b` +
    String.raw`|(?:^|\b(?:and|but)\s+)(he|she)\s+(?:(?:was|had\s+been)\s+(?:killed|shot\s+dead)|died)\s+(?:on\s+the\s+spot|instantly|immediately)\b` +
    // "He was shot dead by unknown assailants as he left his house": a sentence about the man just introduced
    // ("This morning he was found killed near the shrine")
    String.raw`|(?:^(?:(?:this|that|on|early|late|yesterday|today|later)\b[^,.;]{0,20}?,?\s+)?|\bthat\s+)(he|she)\s+(?:was|had\s+been)\s+` +
    String.raw`(?:also\s+|reportedly\s+)?(?:found\s+)?(?:killed|dead|shot\s+dead|assassinated|executed|shot\s+and\s+killed)\b` +
    // ("He was killed in 2013": a past death told of the man, not this report's)
    String.raw`(?![^.;]{0,30}?\b(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|years?\s+ago)\b)`,
  "i",
);
// "Abou Hadi Abboud, head of the ... group, was killed on Thursday", "A collaborator of Hezbollah, an ally of
// the government, was also killed": a singular subject, told at the clause's start, whose death is the verb
const SUBJECT_WAS_KILLED_RE = new RegExp(
  String.raw`(?:^|\bthat\s+|^(?:On|Late\s+on|Early\s+on)\s+\w+,?\s+)((?:[Aa]n?|[Tt]he|[Oo]ne|[A-Z][\w'’-]+)\b[^.;:!?]{0,160}?),?` +
    String.raw`\s+(?:was|has\s+been)\s+(?:also\s+|reportedly\s+|later\s+|summarily\s+|brutally\s+)?` +
    String.raw`(killed|shot\s+dead|assassinated|shot\s+and\s+killed|executed|beheaded|murdered|slain|stabbed\s+to\s+death|tortured\s+to\s+death)\b`,
);
// ("The plan was executed": only a person is executed or murdered)
const PERSON_SUBJECT_RE = new RegExp(
  String.raw`^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS})\b|[A-Z][\w'’-]+(?:\s+${NAME_WORD}){0,3}\s*(?:,|$))`,
);
// a subject that is not one person: a count, a pair, a clause, nobody
const NOT_ONE_PERSON_RE = /\d|\b(?:and|who|which|before|after|when|since|until|while|because|no\s+one|nobody|none|neither|each|every|it|he|she|this|that)\b/i;
// "shot a military commander from Jaysh al-Ahrar dead": one person between the verb and "dead"
const SHOT_ONE_DEAD_RE = new RegExp(String.raw`\bshot\s+((?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS}))\b[^,.;]{0,60}?\s+dead\b`, "i");
// "His assistant, from the same village, was also killed": someone of the person told before
const HIS_COMPANION_DEAD_RE = new RegExp(
  String.raw`^(?:[^.;]{0,40}?,\s*)?((?:His|Her|Their)\s+(?:[\w-]+\s+)?(?:${PERSON_NOUNS}|assistant|companion|bodyguard|escort|aide|deputy|wife|husband` +
    String.raw`|nephew|cousin|uncle|colleague))(?:\s*,[^,;.]{1,60},)?\s+(?:was|had\s+been|has\s+been)\s+(?:also\s+)?(killed|shot\s+dead|slain)\b`,
);
// "His body was found dumped in Tel Shehab": the person the sentence before told of
const HIS_BODY_RE =
  /^(?:[^.;]{0,40}?,\s*)?(His|Her)\s+body\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+|then\s+)?(found|discovered|recovered|dumped|retrieved)\b/;
const BODY_OF_RE = new RegExp(
  // ("the body of another Iraqi refugee was found": one more dead, of the kind told before)
  String.raw`\b[Tt]he\s+body\s+of\s+(${PERSON_NAME}|(?:an?|one|another)\s+(?:[\w-]+\s+)?(?:${PERSON_NOUNS}))\b[^.;]{0,120}?\b(?:was|had\s+been|has\s+been)\s+` +
    String.raw`(found|discovered|recovered|dumped|retrieved)\b`,
);
// "residents found the body of the young man Salim ...", "came across a body belonging to Muhammad ...": one dead, active
const FOUND_BODY_OF_RE = new RegExp(
  String.raw`\b(?:found|discovered|recovered|retrieved|came\s+across)\s+(?:the\s+|a\s+)?(?:body|corpse)\s+(?:of|belonging\s+to)\s+` +
    String.raw`(${PERSON_NAME}|(?:the|an?|one)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS}))\b`,
);
// "a young man's body was found at al-Muwasat Hospital": one person's, by the possessive
const PERSONS_BODY_RE = new RegExp(
  String.raw`\b((?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+)?(?:${PERSON_NOUNS}))['’]s\s+body\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+|then\s+)?` +
    String.raw`(found|discovered|recovered|dumped|retrieved)\b`,
);
// "gunmen assassinated Sheikh Ahmad al-Masalmeh", "shot dead journalist Ali Mahmoud": one named person, the object
const NAMED_OBJECT_RE = new RegExp(
  String.raw`\b(assassinated|shot\s+dead|gunned\s+down|killed|murdered|executed|beheaded|crucified|stabbed\s+to\s+death)\s+` +
    String.raw`((?:(?:the|a|an)\s+)?${ROLE_BEFORE_NAME}(${PERSON_NAME}))(?![\w'’-])` +
    String.raw`(?!\s+(?:[a-z]+\s+)?(?:fighters|members|militants|soldiers|troops|forces|people|civilians|and\s+\d))`,
);
// "shot dead the mukhtar of the village", "killed the head of the local council": one person by role
const ROLE_OBJECT_RE = new RegExp(
  String.raw`\b(assassinated|shot\s+dead|gunned\s+down|killed|murdered|executed|beheaded|crucified|stabbed\s+to\s+death|killing|assassinating` +
    // "led to the martyrdom of the policeman", "the assassination of the mukhtar"
    String.raw`|(?:martyrdom|killing|assassination|murder)\s+of)\s+` +
    // ("killed the head of the council and his son" is two; "killed the leader and wounded three" one)
    // ("killing the driver and a girl": two, counted below)
    String.raw`(the\s+(?:[a-z-]+\s+){0,2}?(?:${PERSON_NOUNS}))\b(?!['’]s|s\b|\s+(?:and|or)\b(?!\s+(?:wounded|injured|wounding|injuring)\b` +
    String.raw`|\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS})\b))`,
);
// A capitalised phrase that names a side, not a person: "killed Islamic State fighters", "killed Syrian Democratic Forces members"
const ORG_WORD_RE = new RegExp(
  String.raw`\b(?:State|Forces|Army|Front|Division|Brigades?|Council|Government|Regime|Party|Units|Guard|Corps|Movement|Committee|Shura` +
    String.raw`|Sham|Daesh|ISIS|ISIL|Hezbollah|Hizbollah|Qaeda|Coalition|Ministry|Police|Security|Syria|Syrian|Turkish|Russian|Israeli` +
    String.raw`|Iranian|American|Kurdish)\b`,
);
// "Khaldoun and four members of his entourage were killed", "the commander and two of his companions": the
// person named before the count is one of the dead too
const COMPANION_ROLE_RE = new RegExp(String.raw`\b(?:${PERSON_NOUNS}|pilot|co-pilot|correspondent)\b`);
const LEADER_BEFORE_RE = new RegExp(
  String.raw`(?:^|[,;:]\s+|\b(?:killed|killing|assassinated|executed)\s+)` +
    String.raw`(?:${PERSON_NAME}|${NAME_WORD}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(?:${PERSON_NOUNS}))\s+and\s+$`,
);
const COMPANIONS_AFTER_RE = new RegExp(
  String.raw`^\s+(?:of\s+(?:his|her|their)\b|members\s+of\s+(?:his|her|their)\b|(?:of\s+)?(?:his|her|their)\s+` +
    String.raw`|(?:other\s+)?(?:companions|bodyguards|escorts|aides|guards|relatives|sons|brothers))`,
  "i",
);

/** "... and three of his bodyguards" right after a person killed: how many more. */
// ("shot dead Muhammad al-Jondi and Anas al-Qasm", "killed A, B and C"): more people named after the first
// (not a headline's verb: "Gunmen Kill Ahmad Khalil And Wound Two")
const NOT_A_NAME = String.raw`(?!(?:Wound|Injur|Kill|Leav|Destroy|Arrest|Abduct|Kidnap)[a-z]*\b)`;
const NAMES_AFTER_RE = new RegExp(String.raw`^((?:\s*,\s*${NOT_A_NAME}${PERSON_NAME})*)\s*,?\s+and\s+${NOT_A_NAME}${PERSON_NAME}(?![\w'’-])`);

function namesAfter(rest: string): number {
  const m = NAMES_AFTER_RE.exec(rest);
  return m ? 1 + (m[1]!.match(/,/g) ?? []).length : 0;
}

function companionsAfter(rest: string): number {
  const m = /^\s+and\s+/.exec(rest);
  if (!m) return 0;
  const c = findCountExpressions(rest.slice(m[0].length, m[0].length + 60))[0];
  return c && c.start === 0 && COMPANIONS_AFTER_RE.test(rest.slice(m[0].length + c.end, m[0].length + c.end + 40)) ? c.best : 0;
}

// "assassinated a former leader of the group, together with three people who were with him": the others die too
// ("shot dead the leader of a local group affiliated with the Air-Force Intelligence, along with his two escorts")
// ("killed Yousef Omidzadeh, also known as Haj Sadegh, who headed the unit, together with his deputy")
const TOGETHER_WITH_RE = new RegExp(
  String.raw`^(?:\s+of\s+[^,.;]{1,80}?|\s*,\s*(?:also\s+known\s+as|known\s+as|who|whose)\b[^.;]{1,120}?)?` +
    String.raw`(?:\s+(?:instantly|immediately|on\s+the\s+spot))?\s*,?\s*(?:along|together)\s+with\s+`,
  "i",
);
const COMPANION_HEAD_RE =
  /^\s+(?:(?:other\s+)?(?:people|persons|others|men|companions|members|fighters|civilians|soldiers|bodyguards|escorts)|of\s+(?:his|her|their))\b/i;

function withCompanions(sentence: string, f: CasualtyFigure): CasualtyFigure {
  if (f.kind !== "death" || f.best !== 1) return f;
  if (KIN_TOGETHER_RE.test(sentence.slice(f.end, f.end + 120))) return { ...f, best: 2, low: 2, high: 2 };
  const m = TOGETHER_WITH_RE.exec(sentence.slice(f.end, f.end + 160));
  if (!m) return f;
  const rest = sentence.slice(f.end + m[0].length, f.end + m[0].length + 80);
  const c = findCountExpressions(rest)[0];
  if (c?.start === 0 && !c.vague && COMPANION_HEAD_RE.test(rest.slice(c.end))) return { ...f, best: 1 + c.best, low: 1 + c.best, high: 1 + c.best };
  // ("killing her instantly along with her mother, her father and three children": the kin listed)
  const g = /^(?:his|her|their)\s/i.test(rest) ? findPersonGroups(rest)[0] : undefined;
  if (g?.start !== 0 || g.vague) return f;
  return { ...f, best: 1 + g.total, low: 1 + g.total, high: 1 + g.total };
}

function withLeader(sentence: string, f: CasualtyFigure): CasualtyFigure {
  if (f.kind !== "death" || f.parts.length > 1 || (f.best < 2 && f.parts.length === 0)) return f;
  const count = f.parts[0]?.count ?? null;
  if (!count || count.start !== f.start || !COMPANIONS_AFTER_RE.test(sentence.slice(count.end, count.end + 40))) return f;
  const before = LEADER_BEFORE_RE.exec(sentence.slice(Math.max(0, f.start - 80), f.start));
  if (!before || ORG_WORD_RE.test(before[0])) return f;
  const plus = (n: number | null) => (n === null ? null : n + 1);
  return { ...f, best: f.best + 1, low: plus(f.low), high: plus(f.high) };
}

const TOLL_EXPLAINED_RE = /^[^.;]{0,40}?,\s*(?:saying|adding|noting|explaining|specifying|stating)\b[^.;]*$/i;

const ACTIVE_VERB_RE = /^(?:killed|executed|massacred|murdered|gunned\s+down|shot\s+dead)$/i;
const OBJECT_AFTER_RE = new RegExp(
  String.raw`^\s+(?:a|an|one|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several` +
    String.raw`|at\s+least|more\s+than|no\s+(?:fewer|less)\s+than|nearly|almost|about|around|up\s+to|some|\d[\d,]*)\s`,
  "i",
);
const ALONG_WITH_RE = new RegExp(
  String.raw`\b(was|were|(?:had|has|have)\s+been)\s+(?:(?:reportedly|also)\s+)?` +
    String.raw`(?:killed|slain|executed|murdered|martyred|assassinated|shot\s+dead|gunned\s+down)` +
    String.raw`\s*,?\s+(?:along|together)\s+with\s+`,
  "gi",
);
const ACTIVE_ANOTHER_RE = new RegExp(
  String.raw`\b(kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+(another(?:\s+one)?|one\s+other|a\s+(?:second|third|fourth|fifth))\b(?!\s+(?:` +
    [String.raw`time|attack|person|soldier|civilian|man|woman|child|member|fighter`].join("|") +
    String.raw`))`,
  "gi",
);
const ANOTHER_RE = new RegExp(
  String.raw`\b(?:another|one\s+other|a\s+third|a\s+second)\s+(?:(?:one|person)\s+)?(?:was|were|is)\s+(?:` +
    [String.raw`also\s+|seriously\s+|critically\s+|lightly\s+`].join("|") +
    String.raw`)?(killed|wounded|injured|hurt)\b`,
  "gi",
);

// "• Balyoun town: two children." under "The dead were distributed as follows:": one place's dead in a list.
const LIST_ITEM_RE = /^\s*(?:[-•*·]\s*)?([A-Z][\p{L}'’ .-]{1,40}?)\s*:\s+(\S.{2,160})$/u;
const FAMILY_RE = /^(?:an?\s+)?(?:whole\s+)?family\s+of\s+([a-z]+|\d+)\b/i;

/** The label and the dead of a "<place>: <people>" list line, or null when the line is not one. */
export function listItemFigures(raw: string): { label: string; figures: CasualtyFigure[] } | null {
  const m = LIST_ITEM_RE.exec(raw);
  if (!m || /\b(?:killed|died|dead|wounded|injured)\b/i.test(m[2]!)) return null;
  const restAt = raw.length - m[2]!.length;
  const family = FAMILY_RE.exec(m[2]!);
  if (family) {
    const n = /^\d+$/.test(family[1]!) ? Number(family[1]) : parseNumberWords(family[1]!);
    if (!n) return null;
    const end = restAt + family[0].length;
    const figure: CasualtyFigure = {
      kind: "death",
      best: n,
      low: n,
      high: n,
      vague: false,
      start: restAt,
      end,
      triggerAt: restAt,
      parts: [],
      breakdown: [],
      victims: family[0],
    };
    return { label: m[1]!.trim(), figures: [figure] };
  }
  const groups = findPersonGroups(raw).filter((g) => g.start >= restAt && g.start <= restAt + 12);
  if (groups.length === 0) return null;
  return { label: m[1]!.trim(), figures: [figureFrom(groups[0]!, "death", groups[0]!.start)] };
}
