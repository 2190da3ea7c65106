// Counts in news text: "34", "1,200", "seventeen", "fifty-four", "a dozen", "dozens", "at least 34",
// "more than 20", "between 20 and 25", and people counted in words ("a lieutenant and a commander").
//
// Conventions (documented in the final report and docs):
// - exact number:            best = low = high = n
// - "at least n", "no fewer than n":           best = low = n, high = null
// - "more than n", "over n", "upwards of n":   best = low = n, high = null  (UCDP: a floor, not n+1)
// - "nearly/almost/up to/as many as n":        best = high = n, low = null
// - "about/around/some/approximately n":       best = n, low = high = null ("another n" is exact)
// - ranges "between a and b", "a to b", "a-b", "a or b": best = low = a (ACLED: lowest), high = b
// - vague quantities (ACLED/UCDP conservative floors): "dozens" 12, "tens" 10, "scores" 20, "hundreds" 100,
//   "thousands" 1000, "tens of thousands" 10000, "hundreds of thousands" 100000, "several"/"a few"/
//   "a handful" 3. best = low = that floor, high = null, vague = true.

export type CountQualifier = "exact" | "atLeast" | "moreThan" | "upTo" | "approx" | "range" | "vague";

export interface CountExpr {
  /** The matched text, qualifier included ("at least 34"). */
  text: string;
  start: number;
  end: number;
  best: number;
  low: number | null;
  high: number | null;
  qualifier: CountQualifier;
  /** True for "dozens", "scores", "several": the number is a conventional floor, not a report. */
  vague: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
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
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), "dozen"].sort((a, b) => b.length - a.length).join("|");

/**
 * Parse a run of number words ("fifty-four", "one hundred and twenty", "a dozen", "half a million").
 * Returns null when the words do not form a number.
 */
export function parseNumberWords(input: string): number | null {
  const s = input.toLowerCase().trim();
  if (s === "") return null;
  if (/^half an? million$/.test(s)) return 500_000;
  if (/^an? dozen$/.test(s)) return 12;
  const words = s.split(/[\s-]+/).filter((w) => w !== "and" && w !== "");
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "a" || w === "an") {
      // "a hundred", "a thousand": only valid before a scale word.
      const next = words[i + 1];
      if (next === undefined || !(next in SCALES || next === "dozen")) return null;
      current = 1;
      continue;
    }
    if (w in UNITS) {
      current += UNITS[w]!;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w]!;
      seen = true;
    } else if (w === "dozen") {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in SCALES) {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** Parse digits with thousands separators and an optional scale word ("1,200", "1.5 million"). */
export function parseDigits(input: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million))?$/i.exec(input.trim());
  if (!m) return null;
  const base = Number(m[1]!.replace(/,/g, ""));
  const scale = m[2] ? SCALES[m[2].toLowerCase()]! : 1;
  const n = Math.round(base * scale);
  return Number.isFinite(n) ? n : null;
}

/** Parse one number (digits or words). */
export function parseNumber(input: string): number | null {
  return /\d/.test(input) ? parseDigits(input) : parseNumberWords(input);
}

// One number: digits (with a scale word) or a run of number words.
const NUM_SRC =
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million)\b)?` +
  String.raw`|half an? million|an? (?:dozen|hundred|thousand|million)(?:(?:\s+and\s+|[\s-]+)(?:${NUMBER_WORD}))*` +
  String.raw`|(?:${NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:${NUMBER_WORD}))*`;

const VAGUE: Record<string, number> = {
  "hundreds of thousands": 100_000,
  "tens of thousands": 10_000,
  thousands: 1000,
  hundreds: 100,
  scores: 20,
  dozens: 12,
  tens: 10,
  several: 3,
  "a few": 3,
  "a handful": 3,
  // ("army units killed a number of terrorists": state media's usual toll, read as "several")
  "a number of": 3,
  "a large number of": 3,
  "numbers of": 3,
  "large numbers of": 3,
};
/** First words of vague quantities, to stop noun phrases before another count. */
const VAGUE_FIRST: Record<string, true> = { hundreds: true, thousands: true, scores: true, dozens: true, tens: true, several: true, few: true, handful: true };
const VAGUE_SRC = Object.keys(VAGUE)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, "\\s+"))
  .join("|");

const QUALIFIERS: Array<[RegExp, CountQualifier]> = [
  [/^(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|at\s+a\s+minimum)$/i, "atLeast"],
  [/^(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of)$/i, "moreThan"],
  [/^(?:nearly|almost|up\s+to|as\s+many\s+as|close\s+to|at\s+most|no\s+more\s+than)$/i, "upTo"],
  // ("another 5", "a further 23" are no approximations: exact counts of more dead, read as "exact")
  [/^(?:about|around|some|approximately|roughly|an\s+estimated|estimated|a\s+total\s+of)$/i, "approx"],
];
const QUAL_SRC = [
  String.raw`at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|at\s+a\s+minimum`,
  // ("the death toll has gone up to 23": a toll that rose to exactly 23, not a ceiling)
  String.raw`more\s+than|over|above|upwards\s+of|in\s+excess\s+of|nearly|almost|(?<!\b(?:went|gone|goes)\s)up\s+to|as\s+many\s+as|close\s+to`,
  String.raw`at\s+most|no\s+more\s+than|about|around|some|approximately|roughly|an\s+estimated|estimated`,
  String.raw`a\s+total\s+of|a\s+further|another`,
].join("|");

// A count expression: optional qualifier, then a range, a number, or a vague quantity.
// Group names: q (qualifier), r1/r2 (range ends), n (number), v (vague).
const COUNT_RE = new RegExp(
  String.raw`\b(?:(?<q>${QUAL_SRC})\s+)?(?:` +
    String.raw`(?:between\s+)(?<r1>${NUM_SRC})\s+and\s+(?<r2>${NUM_SRC})` +
    String.raw`|(?<r1b>${NUM_SRC})\s*(?:-|–|to|or)\s*(?<r2b>${NUM_SRC})` +
    `|(?<v>${VAGUE_SRC})` +
    `|(?<n>${NUM_SRC})` +
    String.raw`)(?![\p{L}\d])`,
  "giu",
);

function qualifierOf(q: string | undefined): CountQualifier {
  if (!q) return "exact";
  for (const [re, kind] of QUALIFIERS) if (re.test(q.replace(/\s+/g, " "))) return kind;
  return "exact";
}

function build(text: string, start: number, value: number, qualifier: CountQualifier): CountExpr {
  const end = start + text.length;
  switch (qualifier) {
    case "atLeast":
    case "moreThan":
      return { text, start, end, best: value, low: value, high: null, qualifier, vague: false };
    case "upTo":
      return { text, start, end, best: value, low: null, high: value, qualifier, vague: false };
    case "approx":
      return { text, start, end, best: value, low: null, high: null, qualifier, vague: false };
    default:
      return { text, start, end, best: value, low: value, high: value, qualifier, vague: false };
  }
}

/**
 * Every count expression in `text`, in order, with offsets into `text`. Numbers that are clearly not
 * counts of people (years, times, percentages, ordinal-like "M4") are still returned here; deciding
 * whether a count is about people is the caller's job (see findPersonGroups).
 */
export function findCountExpressions(text: string): CountExpr[] {
  const out: CountExpr[] = [];
  COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const whole = m[0];
    const start = m.index;
    if (whole.trim() === "") {
      COUNT_RE.lastIndex++;
      continue;
    }
    const qualifier = qualifierOf(g.q);
    const r1 = g.r1 ?? g.r1b;
    const r2 = g.r2 ?? g.r2b;
    if (r1 !== undefined && r2 !== undefined) {
      const range = rangeExpr(whole, start, r1, r2, g.r1b !== undefined, qualifier);
      if (range) {
        out.push(range);
        continue;
      }
      // Not a range: re-scan from the second number's position as a single number.
      const n = parseNumber(r1);
      const firstLen = whole.indexOf(r1) + r1.length;
      if (n !== null) out.push(build(whole.slice(0, firstLen), start, n, qualifier));
      COUNT_RE.lastIndex = start + firstLen;
      continue;
    }
    if (g.v !== undefined) {
      // ("recorded the highest numbers of dead, with 31 and 13": a ranking, not a count)
      if (/^numbers/i.test(g.v) && /\b(?:highest|largest|greatest|biggest|lowest)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      const vague = vagueExpr(whole, start, g.v);
      if (vague) out.push(vague);
      continue;
    }
    if (g.n !== undefined) {
      let expr = numberExpr(whole, start, g.n, qualifier);
      if (expr === null || outletName(text, expr)) continue;
      // "15 or more people": a floor told after the number
      const floor = /^\s+or\s+more\b/i.exec(text.slice(expr.end));
      if (floor && expr.qualifier === "exact") expr = build(expr.text + floor[0], expr.start, expr.best, "atLeast");
      out.push(expr);
      // The number may have been trimmed, so resume scanning where the kept text ends.
      COUNT_RE.lastIndex = expr.end;
    }
  }
  return out;
}

// Outlets named "<place> 24" ("Suwayda 24 recorded", "the Daraa 24 network", "Kurdistan 24 reported"), unless a list
// line or a noun of people follows ("Daraa 24, Homs 12"; "Daraa 24 people")
const OUTLET_24_BEFORE_RE = /\b(?:Kurdistan|Suwayda|Sweida|Suwaida|Daraa|Deraa|Ezzor|Ez-Zor|ez-Zor|Zor|France|Houran|Horan)\s+$/;
const NOT_OUTLET_AFTER_RE =
  /^\s*(?:[,;:.)\]]|$|(?:[\w-]+\s+)?(?:people|persons|civilians|children|women|men|soldiers|fighters|members|martyrs|dead|killed|died|others|victims|of)\b)/i;
const outletName = (text: string, e: CountExpr) =>
  e.best === 24 && OUTLET_24_BEFORE_RE.test(text.slice(Math.max(0, e.start - 12), e.start)) && !NOT_OUTLET_AFTER_RE.test(text.slice(e.end, e.end + 40));

/**
 * A matched pair "a-b", "a to b", "between a and b" read as a hyphenated compound ("fifty-four") or a range;
 * null when it is neither, and the caller keeps only the first number.
 */
function rangeExpr(whole: string, start: number, r1: string, r2: string, dashed: boolean, qualifier: CountQualifier): CountExpr | null {
  const a = parseNumber(r1);
  const b = parseNumber(r2);
  if (a === null || b === null) return null;
  // "Thirty-three", "fifty-four": a hyphenated compound number, not the range 30-3
  const compound = dashed && !/\d/.test(whole) && /^\S+-\S+$/.test(whole.slice(whole.indexOf(r1)).trim());
  if (compound && a % 10 === 0 && a >= 20 && a < 100 && b < 10) return build(whole, start, a + b, qualifier);
  // "2019-2020" or "24-7" is not a range of people; require an increasing pair below year-size.
  if (b > a && !(a >= 1900 && a <= 2100)) {
    return { text: whole, start, end: start + whole.length, best: a, low: a, high: b, qualifier: "range", vague: false };
  }
  return null;
}

/** "dozens", "tens of thousands": the conventional floor, flagged vague. */
function vagueExpr(whole: string, start: number, v: string): CountExpr | null {
  const value = VAGUE[v.toLowerCase().replace(/\s+/g, " ")];
  if (value === undefined) return null;
  return { text: whole, start, end: start + whole.length, best: value, low: value, high: null, qualifier: "vague", vague: true };
}

/** One number with its qualifier, trimmed to the words that form a single number; null when none do. */
function numberExpr(whole: string, start: number, n: string, qualifier: CountQualifier): CountExpr | null {
  let numText = n;
  // Trailing "and" belongs to the sentence, not the number ("two and" never matches, but
  // "one hundred and" can): trim words the parser rejects from the right.
  let value = parseNumber(numText);
  while (value === null && /\s/.test(numText)) {
    numText = numText.replace(/(?:\s+and)?[\s-]+\S+$/, "");
    value = parseNumber(numText);
  }
  if (value === null) return null;
  // "two and three" must not read as 5: cut at an "and" not preceded by a scale word.
  const andCut = /^(.*?\b(?!hundred|thousand|million)\w+)\s+and\s+/i.exec(numText);
  if (andCut && !/\d/.test(numText)) {
    const head = andCut[1]!;
    const prev = head
      .split(/[\s-]+/)
      .pop()!
      .toLowerCase();
    if (!(prev in SCALES)) {
      numText = head;
      value = parseNumber(numText);
      if (value === null) return null;
    }
  }
  const prefix = whole.slice(0, whole.length - n.length);
  return build(prefix + numText, start, value, qualifier);
}

/** Parse a whole phrase as one count ("at least 34", "dozens", "between 20 and 25"); null if it is not one. */
export function parseCount(phrase: string): CountExpr | null {
  const trimmed = phrase.trim();
  const found = findCountExpressions(trimmed);
  const first = found[0];
  if (first?.start !== 0 || first.end !== trimmed.length) return null;
  return first;
}

// ---------------------------------------------------------------------------------------------
// People: a count followed by a noun phrase whose head is a person ("34 pro-government fighters and
// soldiers", "seven members of pro-regime forces"), singular people ("a lieutenant ... and a
// commander" = 2), coordination ("two civilians and a child" = 3) and breakdowns ("including two
// civilians": part of the same count).

// Communities, the way reports name victims after a sectarian killing ("eight Alawites were gunned down"),
// and also a modifier ("three Druze fighters").
const COMMUNITIES = "alawites|sunnis|shiites|shias|christians|druze|ismailis|yazidis|turkmen|bedouins|bedouin|arabs|armenians|assyrians";
const COMMUNITY_RE = new RegExp(`^(?:${COMMUNITIES})$`);
const PERSON_PLURAL =
  "people|persons|individuals|civilians|soldiers|fighters|militants|members|militiamen|militias|militia|troops|personnel|" +
  "officers|children|kids|women|men|boys|girls|babies|infants|minors|teenagers|youths|jihadists|rebels|combatants|gunmen|" +
  "policemen|police|guards|loyalists|shepherds|herders|workers|farmers|residents|villagers|students|teachers|doctors|" +
  "nurses|paramedics|medics|rescuers|journalists|recruits|conscripts|servicemen|commanders|leaders|operatives|insurgents|" +
  "generals|colonels|brigadiers|lieutenants|majors|captains|sergeants|pilots|chiefs|" +
  "terrorists|attackers|assailants|victims|syrians|russians|iranians|iraqis|afghans|pakistanis|lebanese|kurds|turks|" +
  "nationals|foreigners|elements|truckers|drivers|staff|employees|volunteers|pilgrims|worshippers|relatives|siblings|" +
  "brothers|sisters|sons|daughters|cousins|nephews|nieces|uncles|aunts|wives|husbands|grandchildren|grandsons|" +
  "granddaughters|family members|forces|cadres|mercenaries|agents|informants|detainees|" +
  "prisoners|inmates|captives|hostages|protesters|demonstrators|passengers|truffle hunters|hunters|bodyguards|" +
  "sheikhs|dignitaries|officials|clerics|engineers|citizens|martyrs|locals|refugees|traders|merchants|fishermen|labourers|" +
  "laborers|smugglers|snipers|cadets|graduates|pedestrians|bystanders|passers-by|guests|mourners|patients|tribesmen|" +
  "defectors|deserters|extremists|islamists|jihadis|politicians|lawyers|pharmacists|imams|preachers|priests|poets|" +
  "writers|bloggers|cameramen|correspondents|businessmen|contractors|elders|notables|councillors|mechanics|vendors|" +
  "shopkeepers|bakers|athletes|footballers|translators|interpreters|service members|servicemembers|herdsmen|peasants|" +
  "schoolboys|schoolgirls|schoolchildren|pupils|" +
  "toddlers|youngsters|adolescents|newborns|pensioners|physicians|surgeons|companions|comrades|colleagues|escorts|aides|" +
  "assistants|followers|associates|bombers|suicide bombers|activists|dissidents|opponents|defenders|suspects|others|" +
  "advisers|advisors|experts|technicians|specialists|instructors|trainers|diplomats|observers|peacekeepers|sailors|airmen|" +
  "marines|paratroopers|commandos|reservists|veterans|guardsmen|gendarmes|conscripts|crew|crewmen|" +
  `${COMMUNITIES}|palestinians|egyptians|jordanians|saudis|tunisians|chechens|israelis|americans|` +
  "custodians|caretakers|butchers|electricians|plumbers|carpenters|builders|welders|barbers|cooks|clerks|porters|" +
  "judges|magistrates|mayors|mukhtars|academics|lecturers|" +
  "accountants|managers|directors|professors|researchers|scientists|artists|actors|monks|nuns|collaborators|governors|" +
  "ministers|deputies|prosecutors|brokers|elements|" +
  "killings|murders|deaths|dead|fatalities|casualties|lives|killed|wounded|injured";

const PERSON_SINGULAR =
  "person|individual|civilian|soldier|fighter|militant|member|militiaman|trooper|officer|child|kid|woman|man|boy|girl|" +
  "baby|infant|minor|teenager|youth|jihadist|rebel|combatant|gunman|policeman|policewoman|guard|loyalist|shepherd|herder|" +
  "worker|farmer|resident|villager|student|teacher|doctor|nurse|paramedic|medic|rescuer|journalist|reporter|photographer|" +
  "recruit|conscript|serviceman|commander|leader|chief|operative|insurgent|attacker|assailant|lieutenant|colonel|" +
  "general|brigadier|major|captain|sergeant|corporal|private|sheikh|mukhtar|dignitary|official|cleric|engineer|driver|" +
  "trucker|volunteer|activist|judge|mayor|detainee|prisoner|hostage|protester|passenger|hunter|bodyguard|emir|" +
  "wife|husband|son|daughter|mother|father|brother|sister|relative|national|foreigner|employee|pilot|citizen|martyr|" +
  "local|refugee|trader|merchant|fisherman|labourer|laborer|smuggler|sniper|cadet|pedestrian|bystander|passer-by|" +
  "guest|patient|tribesman|defector|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|uncle|aunt|" +
  "politician|lawyer|pharmacist|dentist|imam|preacher|priest|poet|writer|blogger|cameraman|correspondent|businessman|" +
  "contractor|elder|notable|councillor|councilor|paramedic|mechanic|taxi driver|vendor|shopkeeper|baker|tailor|" +
  "athlete|footballer|singer|translator|interpreter|fixer|guide|herdsman|peasant|schoolboy|schoolgirl|schoolchild|pupil|toddler|" +
  "youngster|adolescent|newborn|pensioner|physician|surgeon|companion|comrade|colleague|escort|aide|assistant|bomber|" +
  "adviser|advisor|expert|technician|specialist|instructor|trainer|diplomat|observer|peacekeeper|sailor|airman|marine|" +
  "paratrooper|commando|reservist|veteran|guardsman|gendarme|crewman|demonstrator|protestor|worshipper|pilgrim|mourner|shopper|" +
  "inmate|captive|victim|suspect|custodian|caretaker|janitor|butcher|electrician|plumber|carpenter|builder|welder|barber|" +
  "cook|clerk|porter|accountant|manager|director|headmaster|professor|researcher|scientist|artist|actor|coach|referee|" +
  // ("an SDF element": translated Arabic's word for a member of a force)
  "monk|nun|collaborator|informant|governor|minister|deputy|prosecutor|broker|element";

/** The head nouns that name a death or casualty themselves ("500,000 deaths", "34 dead"). */
export const DEATH_HEAD_RE = /^(?:deaths|dead|fatalities|killed|lives|killings|murders|martyrs)$/i;
export const INJURY_HEAD_RE = /^(?:wounded|injured)$/i;

// Words that end a noun phrase: verbs, auxiliaries, adjunct prepositions, relatives, conjunctions.
const NP_STOP = new Set(
  (
    "were was is are been being be have has had will would who whom which that when while after before during in at on " +
    "near by as since following amid with without including among into from to for across around outside inside " +
    "killed died dead wounded injured slain executed massacred murdered lost perished gunned shot reportedly also all " +
    "allegedly later and or but than said says according if because whose where"
  ).split(" "),
);
// Prepositions that may continue the NP ("members of the Daesh group", "militias loyal to the regime").
const NP_CONTINUE = new Set(["of", "loyal", "affiliated", "belonging", "working", "serving", "backed", "supported"]);

const PLURAL_SET = new Set(PERSON_PLURAL.split("|"));
const CASUALTY_HEADS = new Set(["killed", "dead", "wounded", "injured"]);
const SINGULAR_SET = new Set(PERSON_SINGULAR.split("|"));

export interface PersonGroup {
  count: CountExpr;
  /** Total people in this group: the count, plus coordinated members ("and a child"). */
  total: number;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** Head noun ("soldiers"), null for a bare number followed by a trigger ("34 killed"). */
  head: string | null;
  /** Start of the group (the count) and end of the whole noun phrase incl. coordinated members. */
  start: number;
  end: number;
  /** Each coordinated member on its own (for tallies and for attacker/victim splits). */
  parts: PersonPart[];
  /** "including two civilians", "among them a child": part of the count, never added. */
  breakdown: PersonPart[];
}

export interface PersonPart {
  count: CountExpr;
  head: string | null;
  /** The noun phrase after the number ("members of the Daesh terrorist group"). */
  np: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\d][\p{L}\d'’.-]*|\([^)]{0,60}\)|[^\s]/uy;

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** Word tokens from `pos`, at most `max`, skipping whitespace. */
function tokensFrom(text: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max && p < text.length) {
    while (p < text.length && /\s/.test(text[p]!)) p++;
    if (p >= text.length) break;
    WORD_RE.lastIndex = p;
    const m = WORD_RE.exec(text);
    if (!m) break;
    let t = m[0];
    // A word-final period is sentence punctuation, not part of the word (keep "U.S.").
    if (t.length > 1 && t.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: p, end: p + t.length });
    p += t.length;
  }
  return out;
}

/** One person by kinship: the words every kin pattern of the extractor shares. */
export const KIN_NOUNS = "father|mother|brother|sister|son|daughter|wife|husband|grandfather|grandmother|grandson|granddaughter|uncle|aunt|cousin|nephew|niece";
const KIN_AFTER_POSSESSIVE_RE = new RegExp(String.raw`^(?:${KIN_NOUNS}|child|children|wives|sons|daughters|brothers|sisters|cousins)$`, "i");

function bareWord(w: string): string {
  return w.toLowerCase().replace(/['’]s?$/, "");
}

/**
 * Read the noun phrase after a count: up to 6 modifier words, a person head, then "of ..." tails.
 * Returns the head and where the phrase ends, or null when no person head follows.
 */
function readNounPhrase(text: string, pos: number, singular: boolean): { head: string; headEnd: number; end: number } | null {
  const toks = tokensFrom(text, pos, 16);
  const headIdx = findHead(toks, singular);
  if (headIdx < 0) return null;
  const head = toks[headIdx]!;
  // possessive head ("fighters’ lives"): the NP ends at the head, unless kin follow ("her uncle's wife": the wife)
  if (/['’]s?$/.test(head.text)) {
    const kin = toks[headIdx + 1];
    if (kin && KIN_AFTER_POSSESSIVE_RE.test(kin.text)) return { head: bareWord(kin.text), headEnd: kin.end, end: kin.end };
    return { head: bareWord(head.text), headEnd: head.end, end: head.end };
  }
  let end = head.end;
  let i = headIdx + 1;
  const other = coordinatedHead(toks, i);
  if (other >= 0) {
    end = toks[other]!.end;
    i = other + 1;
  }
  return { head: bareWord(head.text), headEnd: head.end, end: tailEnd(text, toks, i, end) };
}

const AGE_PIECES_RE = /^(?:\d{1,3} (?:years?|months?)-old|\d{1,3}-(?:years?|months?) old)$/i;

/** Index of the person head among the first 7 tokens; -1 when punctuation, a stop word or a late casualty word comes first. */
function findHead(toks: Tok[], singular: boolean): number {
  const set = singular ? SINGULAR_SET : PLURAL_SET;
  for (let i = 0; i < toks.length && i < 7; i++) {
    const tk = toks[i]!;
    const w = bareWord(tk.text);
    // ("a 12 year-old boy", "a 12-year old boy": an age written in two pieces is an adjective too)
    if (AGE_PIECES_RE.test(`${tk.text} ${toks[i + 1]?.text ?? ""}`)) {
      i++;
      continue;
    }
    // punctuation ends the search; an age ("a 10-year-old boy") is an adjective
    if (!/^[\p{L}]/u.test(tk.text) && !tk.text.startsWith("(") && !/^\d{1,3}-(?:years?|months?|weeks?|days?)-old$/i.test(tk.text)) return -1;
    // "family members", "truffle hunters": two-word heads
    const next = toks[i + 1];
    if (next && set.has(`${w} ${bareWord(next.text)}`)) return i + 1;
    // "34 killed", "20 dead": a casualty word is a head only right after the number
    if (i > 0 && CASUALTY_HEADS.has(w)) return -1;
    // "a local politician", "two government forces soldiers": a head-like modifier followed by a person noun
    const modifier = /^(?:local|national|foreigner|forces|police|militia|security)$/.test(w) || COMMUNITY_RE.test(w);
    if (set.has(w) && modifier && next && set.has(bareWord(next.text))) continue;
    // "a girl child", "a woman doctor": a person noun as a modifier of the next one
    if (singular && set.has(w) && next && set.has(bareWord(next.text))) continue;
    if (set.has(w)) return i;
    // ("killing 17 civilian and wounding 68 others": a translated page's singular after a count, ending the phrase)
    if (
      !singular &&
      i === 0 &&
      SINGULAR_SET.has(w) &&
      (!next || /^(?:and|or|were|had|have|killed|dead|died|in|on)$/i.test(next.text) || /^[,.;]/.test(next.text))
    ) {
      return i;
    }
    // acronyms ("IS fighters", "SDF members") are modifiers, never the verb "is"
    const acronym = /^[A-Z]{2,}$/.test(tk.text);
    // "25 government and allied fighters", "Syrian and Iranian troops": two modifiers of one head
    if (i > 0 && w === "and" && next && /^[\p{L}]/u.test(next.text) && !NP_STOP.has(bareWord(next.text)) && !/^(?:a|an|another)$/i.test(next.text)) continue;
    if (!acronym && (NP_STOP.has(w) || w === "of")) return -1;
  }
  return -1;
}

/**
 * Head coordination without a second number ("fighters and soldiers", "troops or militiamen"): the index of
 * the second plural head when token `i` is "and"/"or"/"&", else -1. A number or article there starts a new member.
 */
function coordinatedHead(toks: Tok[], i: number): number {
  const a = toks[i];
  if (!a || !/^(?:and|or|&)$/i.test(a.text)) return -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 4); k++) {
    const w = bareWord(toks[k]!.text);
    if (PLURAL_SET.has(w) && !DEATH_HEAD_RE.test(w) && !INJURY_HEAD_RE.test(w)) return k;
    if (NP_STOP.has(w) || !/^[\p{L}]/u.test(toks[k]!.text) || parseNumberWords(w) !== null || w in VAGUE_FIRST || /^(?:a|an|another)$/i.test(w)) break;
  }
  return -1;
}

/**
 * Where the noun phrase ends, reading from token `i` with the phrase so far ending at `end`:
 * "from both sides", and "of"/"loyal to" tails ("members of the Daesh terrorist group").
 */
function tailEnd(text: string, toks: Tok[], i: number, end: number): number {
  let inTail = false;
  let tailWords = 0;
  while (i < toks.length) {
    const tk = toks[i]!;
    const w = tk.text.toLowerCase();
    // "fighters from both sides", "soldiers on each side": part of the noun phrase
    if (/^(?:from|on|of)$/.test(w)) {
      const side = /^\s+(?:both|each|either|all|the\s+two)\s+sides?\b/i.exec(text.slice(tk.end, tk.end + 20));
      if (side) {
        end = tk.end + side[0].length;
        while (i < toks.length && toks[i]!.start < end) i++;
        continue;
      }
    }
    if (!inTail) {
      if (!NP_CONTINUE.has(w)) break;
      inTail = true;
      tailWords = 0;
      i++;
      // "loyal to", "affiliated with", "backed by", "belonging to", "working in"
      const nx = toks[i];
      if (nx && /^(?:to|with|by|in|for)$/i.test(nx.text)) i++;
      continue;
    }
    if (tk.text.startsWith("(")) {
      end = tk.end;
      i++;
      continue;
    }
    if (!/^[\p{L}\d]/u.test(tk.text) || NP_STOP.has(w) || tailWords >= 7) break;
    end = tk.end;
    tailWords++;
    i++;
    // A further "of" continues the tail with a fresh word budget ("members of the army of ...").
    const nx = toks[i];
    if (nx && nx.text.toLowerCase() === "of") {
      i++;
      tailWords = 0;
    }
  }
  return end;
}

// A singular person introduced by an article: "a lieutenant", "an officer", "one child", "another soldier".
// Possessives introduce one person too, inside a list: "a woman and her child", "the man and his son".
const SINGULAR_INTRO_RE = /\b(?:a|an|one|another|his|her|their)\s+/iy;

const KILLING_BEFORE_RE = /(?:\bkill(?:ed|ing|s)?|\bassassinat(?:ed|ing|es)|\bdeath\s+of|\bmartyrdom\s+of|\bshot\s+dead)\s+$/i;
const ONE_OF_RE = /one\s+of\s+(?:the|its|their|his|her|our)\s+(?:(?:two|three|four|five|\d+)\s+)?/iy;
const BARE_KIN_RE = new RegExp(String.raw`(?:${KIN_NOUNS})\b(?!\s+of\b)`, "iy");
// "six children, a teacher, and the mother of a student": one person named by whose kin she is
// ("eight children and the mother of three of them")
const THE_KIN_OF_RE = new RegExp(
  String.raw`the\s+(?:${KIN_NOUNS})\s+of\s+` + String.raw`(?:(?:a|an|the|his|her|their)\s+[a-z]+|(?:two|three|four|five|six|seven|\d+)\s+of\s+them)\b`,
  "iy",
);

const SHARE_OF_SIDE_RE = new RegExp(
  String.raw`^(?:[A-Z][\w-]*\s+){0,3}(?:assailants|attackers|gunmen|militants|terrorists|insurgents|jihadists|mercenaries|infiltrators` +
    String.raw`|fighters|soldiers|troops|militiamen|members)\b`,
);

/** Read one member at `pos`: a counted plural NP or an "a/an/one + singular" NP. */
function readMember(text: string, pos: number, counts: CountExpr[]): PersonPart | null {
  let p = pos;
  while (p < text.length && /\s/.test(text[p]!)) p++;
  const c = counts.find((x) => x.start === p);
  if (c && !(c.best === 1 && /^(?:a|an|one)$/i.test(c.text))) {
    // "of" after vague counts: "dozens of soldiers"; a possessive after any count: "41 of its soldiers"
    let after = c.end;
    const ofm = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(after, after + 12));
    // ("two of the group's fighters", "three of the army's soldiers")
    const ofPoss = /^\s+of\s+(?:its|their|his|her|our|(?:the\s+)?[\w-]+['’]s?)\s+(?:own\s+)?/i.exec(text.slice(after, after + 30));
    // "killed nine of the assailants", "two of the ISIS militants were killed": a share of a side named by
    // its role or its fighters
    const ofAttackers = ofm && SHARE_OF_SIDE_RE.test(text.slice(after + ofm[0].length));
    if (ofm && (c.vague || ofAttackers || /^an? (?:dozen|hundred|thousand)/i.test(c.text))) after += ofm[0].length;
    else if (ofPoss) after += ofPoss[0].length;
    const np = readNounPhrase(text, after, c.best === 1);
    if (np) return { count: c, head: np.head, np: text.slice(after, np.end).trim(), start: c.start, end: np.end };
    return null;
  }
  // "a father and his three children", "a woman and her two daughters": a possessive before a count
  const poss = /(?:his|her|their)\s+/iy;
  poss.lastIndex = p;
  const pm = poss.exec(text);
  if (pm) {
    const pc = counts.find((x) => x.start === p + pm[0].length);
    if (pc && !(pc.best === 1 && /^(?:a|an|one)$/i.test(pc.text))) {
      const np = readNounPhrase(text, pc.end, pc.best === 1);
      if (np) return { count: pc, head: np.head, np: text.slice(pc.end, np.end).trim(), start: p, end: np.end };
    }
  }
  // "his mother, father and sister" (kin after the first share its possessive), "the mother of a student": one
  // person each, named by kinship
  for (const re of [BARE_KIN_RE, THE_KIN_OF_RE]) {
    re.lastIndex = p;
    const kin = re.exec(text);
    if (!kin) continue;
    const one: CountExpr = { text: kin[0], start: p, end: p + kin[0].length, best: 1, low: 1, high: 1, qualifier: "exact", vague: false };
    return { count: one, head: kin[0].toLowerCase(), np: kin[0], start: p, end: p + kin[0].length };
  }
  // "killed one of the members", "led to the death of one of the two members": one person of a group named
  ONE_OF_RE.lastIndex = p;
  const oneOf = ONE_OF_RE.exec(text);
  // (as the object of a killing only: "One of the ISIS terrorists killed on Saturday was a Belgian" describes the dead)
  if (oneOf && KILLING_BEFORE_RE.test(text.slice(Math.max(0, p - 30), p))) {
    const np = readNounPhrase(text, p + oneOf[0].length, false);
    if (np) {
      const one: CountExpr = { text: "one", start: p, end: p + 3, best: 1, low: 1, high: 1, qualifier: "exact", vague: false };
      return { count: one, head: np.head, np: text.slice(p + oneOf[0].length, np.end).trim(), start: p, end: np.end };
    }
  }
  SINGULAR_INTRO_RE.lastIndex = p;
  const m = SINGULAR_INTRO_RE.exec(text);
  if (m) {
    const np = readNounPhrase(text, p + m[0].length, true);
    if (np) {
      const one: CountExpr = { text: m[0].trim(), start: p, end: p + m[0].trimEnd().length, best: 1, low: 1, high: 1, qualifier: "exact", vague: false };
      return { count: one, head: np.head, np: text.slice(p + m[0].length, np.end).trim(), start: p, end: np.end };
    }
  }
  return null;
}

// "and", "as well as": a further member. A bare comma only joins when the list ends with "and"
// ("two soldiers, three civilians and a child"); see findPersonGroups.
const COORD_RE = /^\s*(?:,\s*)?(?:and|as well as|plus|along with)\s+/i;
const COMMA_RE = /^\s*,\s+/;
const NAMING_APPOSITIVE_RE = /^\s*,\s*(?:known\s+as|called|named|dubbed|referred\s+to\s+as)\s+[^,;.]{1,40}(?=,)/i;
// ("three soldiers, one of them an officer, were killed": the officer is one of the three)
const BREAKDOWN_RE = new RegExp(
  String.raw`^\s*(?:,|:|\(|—|–|-)?\s*(?:including|among them|among whom|of whom|of which|mostly|mainly|` +
    String.raw`(?:one|two|three|four|five|\d+)\s+of\s+(?:them|whom))\s+(?:at\s+least\s+)?`,
  "i",
);
const BREAKDOWN_COORD_RE = /^\s*(?:and|as well as|plus)\s+/i;
const POSTFIX_BREAKDOWN_RE = /^(\s*,\s*)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[\w-]+\s+among\s+(?:them|whom)(?=\s*,)/i;
// An apposition list after a total: "seventeen, seven pro-government militiamen and nine members of ..."
const APPOSITION_RE = /^\s*(?:,|:|—|–)\s*/;

/**
 * Every group of people counted in `text`: "at least 34 pro-government fighters and soldiers",
 * "a lieutenant of the Syrian regime and a commander of the NDF" (2), "two civilians and a child" (3),
 * with breakdowns ("including two civilians") kept apart. Bare counts not followed by a person noun
 * are not returned here (the caller links "34 killed" style counts itself).
 */
export function findPersonGroups(text: string, counts: CountExpr[] = findCountExpressions(text)): PersonGroup[] {
  const groups: PersonGroup[] = [];
  const consumed = new Set<number>();
  for (const s of candidateStarts(text, counts)) {
    if (consumed.has(s) || groups.some((g) => s >= g.start && s < g.end)) continue;
    const first = readMember(text, s, counts);
    if (!first) continue;
    const draft: GroupDraft = { parts: [first], breakdown: [], end: first.end };
    readRestatement(text, draft, counts);
    // apposition after a bare total is handled by the caller; here: coordination and breakdowns
    for (let guard = 0; guard < 8; guard++) if (!extendGroup(text, draft, counts)) break;
    breakdownAmongThem(text, draft);
    for (const p of [...draft.parts, ...draft.breakdown]) consumed.add(p.start);
    groups.push(summarise(draft.parts, draft.breakdown, draft.end));
  }
  return groups;
}

/** A group being read: its added members, its breakdown, and where it ends so far. */
interface GroupDraft {
  parts: PersonPart[];
  breakdown: PersonPart[];
  end: number;
}

/** "61 civilians, 23 children and 9 women among them": the members after the first are its breakdown. */
function breakdownAmongThem(text: string, g: GroupDraft): void {
  const [first, ...rest] = g.parts;
  const among = /^\s*among\s+(?:them|whom)\b/i.exec(text.slice(g.end, g.end + 20));
  // ("23, 3 children and 2 women among them, were killed": the breakdown of a bare count told before)
  if (!first || !among || /\d\s*,\s*$/.test(text.slice(Math.max(0, first.start - 6), first.start))) return;
  if (rest.length === 0) return;
  if (rest.reduce((n, p) => n + p.count.best, 0) > first.count.best) return;
  g.breakdown.push(...rest);
  g.parts = [first];
  // ("13 civilians, two children and three women among them, were killed": the verb comes after the aside)
  g.end += among[0].length;
}

/** Where a group may start, in order: every count, and every article or possessive that may introduce one person. */
function candidateStarts(text: string, counts: CountExpr[]): number[] {
  const starts = new Set<number>(counts.map((c) => c.start));
  // "his mother was injured": a possessive introduces one person too
  const artRe = /\b(?:a|an|one|another|his|her|their)\s+/gi;
  let am: RegExpExecArray | null;
  while ((am = artRe.exec(text)) !== null) starts.add(am.index);
  return [...starts].sort((a, b) => a - b);
}

/**
 * "Three civilians, a man and his two sons": an apposition whose members add up to the first member's
 * count restates it, so it becomes the breakdown rather than adding to the total.
 */
function readRestatement(text: string, g: GroupDraft, counts: CountExpr[]): void {
  const first = g.parts[0]!;
  if (first.count.best < 2 || first.count.vague) return;
  const listed = readApposition(text, first.end, counts);
  if (listed.length >= 2 && listed.reduce((n, x) => n + x.count.best, 0) === first.count.best && !listed.some((x) => otherAge(first.head, x.head))) {
    g.breakdown.push(...listed);
    g.end = listed[listed.length - 1]!.end;
  }
}

// "two children, a woman and a man": children are no woman and man, so the list adds people (four) however its
// numbers happen to add up
const AGE_KIND: ReadonlyArray<[RegExp, string]> = [
  [/^(?:child(?:ren)?|kids?|boys?|girls?|infants?|bab(?:y|ies)|minors?|toddlers?)$/, "child"],
  [/^(?:wom[ae]n)$/, "woman"],
  [/^(?:m[ae]n)$/, "man"],
];
const ageKind = (head: string | null) => AGE_KIND.find(([re]) => head !== null && re.test(head.toLowerCase()))?.[1] ?? null;
const otherAge = (a: string | null, b: string | null) => ageKind(a) !== null && ageKind(b) !== null && ageKind(a) !== ageKind(b);

/** One step past the group's end: a breakdown, a coordinated member or a comma list; false when nothing more joins. */
function extendGroup(text: string, g: GroupDraft, counts: CountExpr[]): boolean {
  const rest = text.slice(g.end, g.end + 40);
  const bm = BREAKDOWN_RE.exec(rest);
  if (bm) {
    readBreakdown(text, g, g.end + bm[0].length, counts);
    return true;
  }
  // "Nine civilians, a child among them, and one policeman": a breakdown after the members it counts
  const after = POSTFIX_BREAKDOWN_RE.exec(rest);
  if (after) {
    const member = readMember(text, g.end + after[1]!.length, counts);
    if (member) g.breakdown.push(member);
    g.end += after[0].length;
    return true;
  }
  // "10 members of the Kurdish forces, known as the Asayish, and six civilians": a name in passing
  const named = NAMING_APPOSITIVE_RE.exec(text.slice(g.end, g.end + 80));
  const at = named && COORD_RE.test(text.slice(g.end + named[0].length, g.end + named[0].length + 20)) ? g.end + named[0].length : g.end;
  const cm = COORD_RE.exec(text.slice(at, at + 40));
  // ("killed a further nine people, and another six people ... were killed in Maasaran": a clause of its own)
  if (cm && /^\s*,/.test(cm[0]) && /^(?:another|a\s+further|further)\s/i.test(text.slice(at + cm[0].length))) return false;
  if (cm) {
    const member = readMember(text, at + cm[0].length, counts);
    if (!member) return false;
    g.parts.push(member);
    g.end = member.end;
    return true;
  }
  return readCommaList(text, g, counts);
}

/** The members after "including", "among them": part of the count, joined by "and" but not by a comma. */
function readBreakdown(text: string, g: GroupDraft, pos: number, counts: CountExpr[]): void {
  let member = readMember(text, pos, counts);
  while (member) {
    g.breakdown.push(member);
    g.end = member.end;
    // "including a child, and one policeman": a comma before "and" closes the breakdown
    const cm = BREAKDOWN_COORD_RE.exec(text.slice(member.end, member.end + 20));
    if (!cm) break;
    member = readMember(text, member.end + cm[0].length, counts);
  }
}

/** Members separated by commas, kept only when "and" closes the list, so a comma alone never joins two counts. */
function readCommaList(text: string, g: GroupDraft, counts: CountExpr[]): boolean {
  const tentative: PersonPart[] = [];
  let tEnd = g.end;
  for (let k = 0; k < 6; k++) {
    const comma = COMMA_RE.exec(text.slice(tEnd, tEnd + 6));
    if (!comma) break;
    const member = readMember(text, tEnd + comma[0].length, counts);
    if (!member) break;
    tentative.push(member);
    tEnd = member.end;
  }
  const closing = tentative.length > 0 ? COORD_RE.exec(text.slice(tEnd, tEnd + 20)) : null;
  const last = closing ? readMember(text, tEnd + closing[0].length, counts) : null;
  if (!last || !closing) return false;
  // "among them 3 women and a man, his wife and 5 of their children": a list after a breakdown goes on with it
  const afterBreakdown = g.breakdown.length > 0 && g.breakdown[g.breakdown.length - 1]!.end === g.end;
  (afterBreakdown ? g.breakdown : g.parts).push(...tentative, last);
  g.end = last.end;
  return true;
}

function summarise(parts: PersonPart[], breakdown: PersonPart[], end: number): PersonGroup {
  const first = parts[0]!;
  let total = 0;
  let low: number | null = 0;
  let high: number | null = 0;
  let vague = false;
  for (const p of parts) {
    total += p.count.best;
    low = low === null || p.count.low === null ? null : low + p.count.low;
    high = high === null || p.count.high === null ? null : high + p.count.high;
    vague = vague || p.count.vague;
  }
  // "dozens of people, 14 children among them": the named part is a floor for a vague total
  const named = breakdown.reduce((n, p) => n + (p.count.vague ? 0 : p.count.best), 0);
  if (vague && named > total) {
    total = named;
    low = named;
  }
  return { count: first.count, total, low, high, vague, head: first.head, start: first.start, end, parts, breakdown };
}

/**
 * A list after a total, "seventeen, seven pro-government militiamen and nine members of the Daesh group":
 * returns the listed groups when `pos` (the end of the total) is followed by such an apposition.
 */
export function readApposition(text: string, pos: number, counts: CountExpr[]): PersonPart[] {
  const m = APPOSITION_RE.exec(text.slice(pos, pos + 4));
  if (!m) return [];
  const out: PersonPart[] = [];
  let p = pos + m[0].length;
  let member = readMember(text, p, counts);
  while (member) {
    out.push(member);
    p = member.end;
    // "three civilians, a man, his wife and their son": a comma list closed by "and"
    const cm = COORD_RE.exec(text.slice(p, p + 20)) ?? COMMA_RE.exec(text.slice(p, p + 20));
    if (!cm) break;
    member = readMember(text, p + cm[0].length, counts);
  }
  return out.length >= 2 ? out : [];
}
