// What kind of attack an event was, and whether civilians were among its dead, from the words of the
// sentences that tell it (docs/labelling.md defines each kind).
import type { EventType } from "../incidents/vocab";

const words = (...parts: string[]) => new RegExp(String.raw`\b(?:${parts.join("|")})`, "i");

/** The kinds, most specific first: a car bomb is an explosive, an air strike may be called an attack. */
const EVENT_TYPE_RULES: ReadonlyArray<readonly [EventType, RegExp]> = [
  [
    "suicide-car-bomb",
    words(
      String.raw`suicide\s+(?:bomb(?:er|ing)s?|attack(?:er)?s?|car|truck|vest|belt)`,
      String.raw`(?:car|truck|vehicle|motorbike|motorcycle|fuel\s+tanker|tanker)[- ]bomb(?:s|ing|ings)?`,
      String.raw`booby[- ]trapped\s+(?:car|vehicle|truck|motorbike|motorcycle|pickup)`,
      String.raw`(?:vehicle|car)[- ]borne|VBIEDs?`,
      String.raw`(?:car|truck|vehicle|motorbike|motorcycle)\s+(?:laden|packed|rigged|loaded)\s+with\s+explosives`,
      String.raw`explosives?[- ]laden|bomb[- ]laden|blew\s+(?:himself|herself|themselves)\s+up`,
    ),
  ],
  [
    "ied-landmine",
    words(
      String.raw`IEDs?|improvised\s+explosive|explosive\s+devices?|roadside\s+bombs?|land\s*mines?|mines?\b|minefields?`,
      String.raw`unexploded|war\s+remnants?|remnants?\s+of\s+(?:the\s+)?war|ordnance|sticky\s+bombs?|magnetic\s+bombs?`,
      String.raw`bombs?\s+(?:planted|placed|attached|hidden)|planted\s+(?:a\s+)?(?:bomb|explosive)|booby[- ]traps?`,
    ),
  ],
  [
    "air-drone-strike",
    words(
      String.raw`air\s*strikes?|airstrikes?|air\s*raids?|warplanes?|war\s*planes?|fighter\s+jets?|jets|helicopters?`,
      // (not "the Air Force Intelligence", a security branch whose men are shot and shoot)
      String.raw`barrel\s*bombs?|drones?|UAVs?|aircraft|aerial|air\s*-?\s*force(?!\s+(?:intelligence|security))|bombers?`,
      String.raw`(?:russian|syrian|israeli|turkish|coalition|american|u\.?s\.?|jordanian)\s+(?:missile\s+)?strikes?`,
      // ("the raids killed three civilians", "died in raids on Talbiseh": translated Arabic for air raids; "raided" is a ground raid)
      String.raw`(?<!\b(?:army|security|ground|military|police|SDF|commando|house|dawn)\s+)raids?\b` +
        String.raw`(?!\s+(?:on|against|into)\s+(?:the\s+)?(?:houses?|homes?)\b)` +
        String.raw`(?![^.;]{0,30}\b(?:forces|troops|army|security|SDF|police|gunmen|soldiers)\b)`,
    ),
  ],
  ["shelling", words(String.raw`shell(?:s|ed|ing)?|mortars?|artillery|rockets?|missiles?|grads?|bombardment|howitzers?|tank\s+(?:fire|shells?)|cannons?`)],
  [
    "execution-abduction",
    words(
      String.raw`execut(?:ed|ion|ions|ing)|beheaded|crucified|summar(?:y|ily)\s+(?:killed|killing|executed)|abduct(?:ed|ion|ions)`,
      String.raw`kidnapp?(?:ed|ing|ings)|tortur(?:e|ed)|bod(?:y|ies)\s+(?:were\s+|was\s+)?(?:found|discovered|dumped)|found\s+dead|in\s+detention`,
    ),
  ],
  // "killed in clashes with tribal gunmen": a fight, whoever the other side's words name
  ["armed-clash", words(String.raw`clash(?:es|ed)?\s+(?:with|between|among)|fierce\s+(?:fighting|battles)|(?:traded|exchanged)\s+fire`)],
  [
    "ambush-raid",
    words(
      String.raw`ambush(?:ed|es)?|gunmen|gunman|gunfire|gunshots?|gunned\s+down|shot\s+dead`,
      String.raw`shot\s+(?:an?|one|the)\s+(?:[\w-]+\s+){1,6}?dead|shot\s+and\s+killed|shooting|opened\s+fire|assassinat(?:ed|ion|ions)`,
      String.raw`snipers?|raided|stormed|stabbed|motorcycle\s+gunmen|fired\s+(?:on|at)|machine[- ]guns?|attacked\s+(?:a|the|an)\s+`,
    ),
  ],
  [
    "armed-clash",
    words(
      String.raw`clash(?:es|ed)?|fighting|battles?|offensive|repell?(?:ed|ing)|repuls(?:ed|ing)|confrontations?|exchange\s+of\s+fire|firefight`,
      // an attack the attacked side stopped: "foiled an infiltration attempt", "thwarted an attack"
      String.raw`(?:foil|thwart)(?:ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attack|attempt|assault|advance|incursion)|infiltration\s+attempts?`,
    ),
  ],
];

/**
 * Weaker words, read only when no sentence of the event names the kind by the rules above: a blast with no
 * vehicle or strike named is a planted bomb, a shooting an attack, a body dumped or a death under torture an
 * execution.
 */
const WEAK_EVENT_TYPE_RULES: ReadonlyArray<readonly [EventType, RegExp]> = [
  ["ied-landmine", words(String.raw`explosions?|blasts?|explosives?|bomb(?:s|ing|ings)?\b`)],
  ["ambush-raid", words(String.raw`shot\b(?!\s+down)|shooters?|(?:vehicle|car|patrol)\s+was\s+attacked`)],
  ["execution-abduction", words(String.raw`under\s+torture|body\s+of\s+(?:[\w-]+\s+){1,6}?(?:was|were)\s+(?:found|discovered|dumped)`)],
];

/**
 * The kind of attack the nearest sentence that names one says (the evidence first, then the other statements,
 * then the context), by the most specific rule that sentence matches.
 */
export function eventTypeOf(sentences: readonly string[]): EventType {
  for (const rules of [EVENT_TYPE_RULES, WEAK_EVENT_TYPE_RULES]) for (const s of sentences) for (const [kind, re] of rules) if (re.test(s)) return kind;
  return "other";
}

const CIVILIAN_RE = words(
  String.raw`civilians?|children|child|kids?|infants?|bab(?:y|ies)|toddlers?|women|woman|girls?|boys?|elderly|residents?|villagers?`,
  String.raw`farmers?|shepherds?|truffle|workers?|labou?rers?|passengers?|worshippers?|students?|pupils?|teachers?|doctors?|nurses?`,
  String.raw`paramedics?|journalists?|displaced|refugees?|families|family|brothers?|sisters?|father|mother|sons?|daughters?|wife|husband`,
  String.raw`relatives?|fishermen|traders?|shopkeepers?|drivers?|volunteers?|rescuers?|aid\s+workers?|(?:a|one)\s+(?:man|person)`,
  String.raw`citizens?|hunters|mourners|shoppers|pedestrians|bystanders|patients|pilgrims`,
);
const COMBATANT_RE = words(
  String.raw`soldiers?|troops?|fighters?|militants?|militiamen|militias?|members\s+of|officers?|jihadists?|rebels?|gunmen`,
  String.raw`policemen|police|guards?|personnel|servicemen|recruits?|conscripts?|insurgents?|terrorists?|commanders?|combatants?`,
);

/**
 * Were civilians among the dead? The counted victims and their breakdown ("including four children")
 * decide; a sentence that calls the dead civilians does too, unless its victims are named as fighters.
 */
export function civiliansAmongDead(victims: readonly string[], sentence: string, told: readonly string[] = [sentence]): boolean {
  const named = victims.join(" ; ");
  if (CIVILIAN_RE.test(named)) return true;
  if (COMBATANT_RE.test(named)) return /\bcivilians?\b/i.test(sentence) && /\b(?:including|among\s+them|and)\b[^.;]{0,40}\bcivilians?\b/i.test(sentence);
  if (/\bcivilians?\b/i.test(sentence)) return true;
  // "people" killed where people live, shop or pray ("a shell hit the market, killing 19 people") plainly
  // shows civilians; at a base or a checkpoint it does not
  const text = told.join(" ");
  return !COMBATANT_RE.test(text) && CIVILIAN_SETTING_RE.test(text) && !MILITARY_SETTING_RE.test(text);
}

const CIVILIAN_SETTING_RE = words(
  String.raw`markets?|church|mosques?|schools?|hospitals?|residential|neighbou?rhoods?|homes?|houses?|bakery|farmland|fields`,
  String.raw`bus\s+(?:station|garage|stop)|squares?|streets?|village(?:rs)?|camps?\s+for\s+(?:the\s+)?displaced|displaced|funeral|wedding`,
);
const MILITARY_SETTING_RE = words(
  String.raw`bases?|checkpoints?|barracks|positions?|headquarters|outposts?|convoys?|military|front(?:line)?s?|airport|depots?`,
);
