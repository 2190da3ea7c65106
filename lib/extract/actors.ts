// Actors: who attacked, who was hit, who claimed it and who gave the figure.
//
// Each actor mention keeps the words as written (`text`) and a normalised label, so the dashboard can
// group "Daesh", "ISIS" and "the jihadists" together while the evidence shows what the article said.

export const ACTOR = {
  IS: "Islamic State",
  GOV: "Syrian government forces",
  SDF: "Syrian Democratic Forces",
  RUSSIA: "Russian forces",
  TURKEY: "Turkish forces",
  TURKISH_BACKED: "Turkish-backed factions",
  IRAN: "Iranian-backed militias",
  HEZBOLLAH: "Hezbollah",
  COALITION: "US-led coalition",
  HTS: "Hayat Tahrir al-Sham",
  REBELS: "Syrian opposition",
  CIVILIANS: "Civilians",
  ISRAEL: "Israel",
  GUNMEN: "Unidentified gunmen",
  FORMER_REGIME: "Former regime remnants",
  TRIBAL: "Bedouin tribal fighters",
  DRUZE: "Druze factions",
} as const;
export type ActorLabel = (typeof ACTOR)[keyof typeof ACTOR];

export interface ActorMention {
  label: ActorLabel;
  text: string;
  start: number;
  end: number;
}

// Order matters only for readability; overlapping matches keep the longest.
// Case-sensitive patterns (acronyms) are kept apart from case-insensitive ones.
const PATTERNS: Array<[ActorLabel, RegExp]> = [
  [
    ACTOR.TURKISH_BACKED,
    new RegExp(
      String.raw`\b(?:Turkish|Turkey|Ankara)[- ](?:backed|supported|affiliated)\s+(?:\w+\s+){0,2}?(?:factions?|fighters|rebels|groups?|mi` +
        String.raw`litias?|militants|gunmen|mercenaries|forces|opposition)|\bpro-(?:Turkish|Turkey|Ankara)\s+(?:\w+\s+){0,1}?(?:factions?|` +
        String.raw`fighters|groups?|militias?|militants|gunmen|mercenaries)|\bTurkey['’]s\s+mercenaries\b|\bSyrian National Army\b|\bSNA\b`,
      "gi",
    ),
  ],
  [
    ACTOR.IRAN,
    new RegExp(
      [
        String.raw`\b(?:Iranian|Iran)[- ](?:backed|supported|affiliated|aligned)\s+(?:\w+\s+){0,2}?(?:militias?|militiamen|fighters|forces|groups?)`,
        String.raw`\bpro-Iran(?:ian)?\s+(?:\w+\s+){0,1}?(?:militias?|militiamen|fighters|forces|groups?)`,
        String.raw`\bIranian\s+(?:forces|militias?|fighters|troops|positions)|\bIRGC\b|\bRevolutionary Guards?\b|\bFatemiyoun\b|\bZainabiyoun\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [ACTOR.HEZBOLLAH, /\bHez?b[ou]llah\b/gi],
  [
    ACTOR.IS,
    new RegExp(
      String.raw`\b(?:the\s+)?(?:so-called\s+)?Islamic State(?:\s+(?:group|organi[sz]ation|militants|fighters|jihadists|cells?|in\s+Iraq\s` +
        String.raw`+and\s+(?:the\s+Levant|Syria)))?|\bDa['’]?esh(?:\s+(?:group|terrorist\s+group|militants|fighters|cells?|members|jihadist` +
        String.raw`s|terrorists))?|\b(?:the\s+)?jihadists?(?:\s+(?:group|cells?|militants|fighters|organi[sz]ation))?|\bjihadist\s+(?:cells` +
        String.raw`?|militants|fighters|group|remnants)|\bIS\s+remnants\b|\b(?:the|this)\s+(?:terrorist|extremist|jihadist)\s+(?:group|orga` +
        String.raw`ni[sz]ation)\b`,
      "gi",
    ),
  ],
  [ACTOR.IS, /\b(?:IS|ISIS|ISIL)\b(?:\s+(?:group|militants|fighters|jihadists|cells?|members|remnants|gunmen|terrorists))?/g],
  [ACTOR.HTS, /\bHay['’]?at Tahrir al-Sham\b|\bTahrir al-Sham\b|\bHTS\b|\b(?:al-)?Nusra Front\b|\bJabhat (?:al-)?Nusra\b|\bJabhat Fateh al-Sham\b/gi],
  [
    ACTOR.SDF,
    new RegExp(
      [
        String.raw`\bSyrian Democratic Forces\b|\b(?:SDF|DSF|FDS|YPG|YPJ)\b(?:\s+(?:forces|fighters))?`,
        String.raw`\bKurdish[- ]led\s+(?:\w+\s+){0,1}?(?:forces|fighters|groups?|alliance|militias?|administration)`,
        String.raw`\bKurdish\s+(?:forces|fighters|militias?|militiamen|troops)|\bPeople['’]s Protection Units\b|\bAsayish\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    ACTOR.RUSSIA,
    new RegExp(
      String.raw`\bRussian\s+(?:\w+\s+){0,1}?(?:forces|army|troops|soldiers|military|planes|jets|warplanes|aircraft|air\s+force|airstrike` +
        String.raw`s?|air\s+strikes?|strikes?|raids?|bombers|helicopters|police|contractors|mercenaries)|\bRussia\b`,
      "gi",
    ),
  ],
  [
    ACTOR.TURKEY,
    new RegExp(
      String.raw`\bTurkish\s+(?:\w+\s+){0,1}?(?:forces|army|troops|soldiers|military|drones?|jets|warplanes|aircraft|airstrikes?|air\s+st` +
        // ("the Turkish occupation bombed": Kurdish outlets' name for the Turkish army; "Turkish border guards")
        String.raw`rikes?|strikes?|artillery|shelling|bombardment|raids?|guards?|gendarmerie|Jandarma)|\bTurkish\s+occupation(?!\s+of)` +
        String.raw`(?:\s+(?:army|forces|state))?|\bTurkey\b|\bAnkara\b`,
      "gi",
    ),
  ],
  [ACTOR.ISRAEL, /\bIsrael(?:i\s+(?:\w+\s+){0,1}?(?:strikes?|airstrikes|forces|army|military|jets|warplanes|aircraft|drones?|missiles?|raids?))?\b|\bIDF\b/gi],
  [
    ACTOR.COALITION,
    new RegExp(
      String.raw`\b(?:US|U\.S\.|American|Washington)[- ]led\s+(?:\w+\s+){0,1}?coalition\b|\b(?:international|anti-(?:IS|ISIS|jihadist|Dae` +
        String.raw`sh))\s+coalition\b|\bcoalition\s+(?:forces|aircraft|jets|warplanes|planes|strikes|airstrikes|air\s+strikes|air\s+raids` +
        String.raw`|raids|drones?|bombing|troops)|\b(?:US|U\.S\.|American)\s` +
        String.raw`+(?:\w+\s+){0,1}?(?:forces|troops|soldiers|military|strikes|airstrikes|drones?|jets|warplanes|special\s+forces|helicopte` +
        String.raw`rs)`,
      "gi",
    ),
  ],
  [
    // after December 2024: the fallen government's armed holdouts, never the government's forces
    ACTOR.FORMER_REGIME,
    new RegExp(
      String.raw`\b(?:remnants|loyalists|holdouts|cells|gunmen|militias?|elements|forces|officers|fighters)\s+of\s+(?:the\s+)?(?:former|ousted|` +
        String.raw`deposed|fallen|toppled|old|previous|defunct)\s+(?:Assad\s+)?regime\b|\b(?:former|ousted|deposed|fallen|toppled)\s+(?:Assad\s+)?` +
        String.raw`regime(?:['’]s)?\s+(?:remnants|loyalists|forces|militias?|elements|officers|fighters|gunmen|cells)\b|\bregime\s+remnants\b` +
        String.raw`|\bformer\s+Assad\s+(?:forces|loyalists|officers|soldiers)\b|\b(?:the\s+)?former\s+forces\s+of\s+(?:deposed\s+|ousted\s+)?` +
        String.raw`(?:leader\s+|president\s+)?Bashar\s+al-Assad\b|\b(?:gunmen|militias?|fighters|men|elements)\s+loyal\s+to\s+(?:the\s+)?` +
        String.raw`(?:former|ousted|deposed|fallen|toppled)\s+(?:Assad\s+)?(?:regime|government|president)\b`,
      "gi",
    ),
  ],
  [
    ACTOR.GOV,
    new RegExp(
      String.raw`\b(?:pro-(?:regime|government|Assad|Damascus)|regime[- ](?:backed|affiliated|loyal))\s+(?:\w+\s+){0,1}?(?:forces|fighter` +
        String.raw`s|soldiers|troops|militias?|militiamen|gunmen|members)|\bpro-(?:regime|government|Assad)\b|\b(?:Syrian\s+)?regime(?:['’]` +
        String.raw`s)?(?:\s+(?:forces|soldiers|troops|army|militias?))?|\b(?:Syrian\s+)?government(?:['’]s)?\s+(?:forces|troops|soldiers|lo` +
        String.raw`yalists|positions|army|militias?)|\b(?:Syrian\s+)?(?:government|regime)(?:['’]s)?\s+(?:(?:air|artillery|rocket|missile|m` +
        String.raw`ortar)\s+)?(?:air\s*strikes?|airstrikes?|strikes?|warplanes|jets|aircraft|helicopters|artillery|shelling|bombardment|pla` +
        String.raw`nes|barrel\s+bombs|raids?|fire|shells)|\bSyrian\s+(?:helicopters|aircraft|planes|artillery|air\s*strikes|airstrikes|bomb` +
        String.raw`ardment|shelling)\b|\bgovernment\s+loyalists\b|\bloyalists\b|\bSyrian Arab Army\b|\bSAA\b|\bSyrian\s+(?:army|troops|sold` +
        String.raw`iers|military|forces|armed\s+forces|air\s+force|warplanes|jets)\b|\bNational Defen[cs]e Forces?\b|\bNDF\b|\b(?:Assad|al-` +
        String.raw`Assad|Asad|al-Asad)(?:['’]s)?\s+(?:forces|regime|troops|army|government)|\bmilitias?\s+loyal\s+to\s+the\s+(?:regime|gove` +
        String.raw`rnment)|\b(?:Fourth|4th)\s+Division\b|\bsecurity\s+forces\b|\bsoldiers\b|\bthe\s+army\b|\b(?:Assad|al-Assad|re` +
        String.raw`gime|army|government)(?:['’]s)?\s+(?:shells|shellfire|shelling|warplanes|helicopters|artillery|jets|aircraft|barrel\s+bombs|rock` +
        String.raw`ets|missiles|tanks|snipers?|air\s*force|militias?|militiamen)\b|\bbarrel[- ]bombs?\b` +
        // state media's "army units killed 9 terrorists", "Syrian fighter jets bombed ..."
        String.raw`|(?<!\b(?:Free\s+Syrian|National|Islam)\s)\b(?:army|military)\s+units?\b|\bSyrian\s+fighter\s+jets\b`,
      "gi",
    ),
  ],
  [
    ACTOR.REBELS,
    new RegExp(
      [
        String.raw`\b(?:Syrian\s+)?(?:rebels?|rebel\s+(?:groups?|factions?|fighters|forces|coalition))\b`,
        String.raw`\bopposition\s+(?:fighters|factions?|forces|groups?)\b|\bFree Syrian Army\b|\bSyrian Free Army\b|\bFSA\b`,
        String.raw`\bIslamist[- ]led\s+rebel(?:\s+groups?)?\b|\bJaish al-Islam\b|\bAhrar al-Sham\b|\bFaylaq al-Rahman\b|\bJaish al-Izza\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    ACTOR.CIVILIANS,
    new RegExp(
      [
        String.raw`\bcivilians?\b|\bshepherds?\b|\bfarmers?\b|\bchildren\b|\bwomen\b|\bresidents\b|\bvillagers\b`,
        String.raw`\btruffle\s+(?:hunters|gatherers|pickers)\b|\bworkers\b|\bpassengers\b|\bfamil(?:y|ies)\b`,
      ].join("|"),
      "gi",
    ),
  ],
  // Suwayda's fighting of 2025 and the east's tribes: sides named by community, not "unidentified"
  [
    ACTOR.TRIBAL,
    new RegExp(
      String.raw`\b(?:Bedouin|Arab)\s+(?:tribal\s+|clan\s+)?(?:gunmen|fighters|militias?|militiamen|forces|tribesmen|tribes|clans)\b` +
        String.raw`|\btribal\s+(?:gunmen|fighters|militias?|militiamen|forces)\b|\btribesmen\b`,
      "gi",
    ),
  ],
  [ACTOR.DRUZE, /\bDruze\s+(?:gunmen|fighters|militias?|militiamen|factions?|groups?)\b|\bMen\s+of\s+Dignity\b|\bRijal\s+al-Karama\b/gi],
  [ACTOR.GUNMEN, /\b(?:unidentified|unknown|masked)\s+(?:gunmen|assailants|attackers)\b|\bgunmen\b/gi],
];

/** Every actor mention in `text`, longest match first where they overlap, in text order. */
export function findActors(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const [label, re] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const t = m[0].trim();
      if (t === "") {
        re.lastIndex++;
        continue;
      }
      found.push({ label, text: t, start: m.index, end: m.index + t.length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: ActorMention[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  // "jihadists of Hayat Tahrir al-Sham", "militants from the Nusra Front": a generic word the name after it
  // makes precise takes that name's label
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    const generic = GENERIC_ACTOR_RE.test(a.text) && /^\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start));
    // ("air strikes by regime ally Russia": the ally named, not the side it is allied to)
    const ally = /^['’]?s?\s+(?:ally|allies|backer|partner)\s+$/i.test(text.slice(a.end, b.start));
    if (a.label !== b.label && (generic || ally)) {
      kept[k] = { ...a, label: b.label, end: b.end, text: text.slice(a.start, b.end) };
      kept.splice(k + 1, 1);
    }
  }
  return kept;
}

const GENERIC_ACTOR_RE = /^(?:the\s+)?(?:jihadists?|militants?|fighters|gunmen|rebels|insurgents|forces|troops)$/i;

/** The normalised label for a phrase ("Daesh" → "Islamic State"), or null. */
export function normalizeActor(phrase: string): ActorLabel | null {
  const m = findActors(phrase);
  return m[0]?.label ?? null;
}

// ---- sources of figures and claims ----------------------------------------------------------------

const SOURCES: Array<[string, RegExp]> = [
  [
    "Syrian Observatory for Human Rights",
    new RegExp(
      [
        String.raw`\bSyrian Observatory(?: for Human Rights)?\b|\bSOHR\b|\b(?:the\s+)?Observatory\b`,
        String.raw`\b(?:Britain|UK|London)-based\s+(?:\w+\s+){0,2}?(?:monitor|observatory|group|organi[sz]ation|agency)\b`,
        String.raw`\b(?:war|rights)\s+monitor\b|\bhuman rights organi[sz]ation\b`,
      ].join("|"),
      "gi",
    ),
  ],
  ["SANA", /\bSANA\b|\b(?:Syrian\s+)?state\s+(?:news\s+agency|media|television|TV)\b|\bSyrian Arab News Agency\b/gi],
  ["Amaq", /\bAmaq\b/gi],
  ["Deir Ezzor 24", /\bDeir\s*(?:ez|Ez)?[- ]?zor\s*24\b/gi],
  ["AFP", /\bAFP\b|\bAgence France-Presse\b/g],
  ["Reuters", /\bReuters\b/g],
  ["Associated Press", /\bAssociated Press\b|\bAP\b/g],
  ["Syrian Network for Human Rights", /\bSyrian Network for Human Rights\b|\bSNHR\b/gi],
  ["White Helmets", /\bWhite Helmets\b|\bSyria Civil Defen[cs]e\b/gi],
  ["Syrian Defence Ministry", /\b(?:Syrian\s+)?(?:Defen[cs]e|Interior)\s+Ministry\b|\bministry\s+of\s+(?:defen[cs]e|interior)\b/gi],
  ["SDF", /\bSDF\s+(?:said|statement|spokesman|media\s+office)\b/g],
  ["Russian Defence Ministry", /\bRussian\s+(?:Defen[cs]e\s+Ministry|military|Reconciliation Center)\b/gi],
];

const ATTRIBUTION_RE = new RegExp(
  String.raw`\baccording\s+to\b|\b(?:said|says|say|reported|reports|stated|announced|documented|recorded|counted|told|confirmed|added` +
    String.raw`|put\s+the\s+(?:death\s+)?toll|said\s+in\s+a\s+statement)\b`,
  "i",
);

/** The source of a figure in a sentence ("according to the Syrian Observatory", "SANA said"). */
export function findReporter(text: string): { label: string; text: string; start: number; end: number } | null {
  if (!ATTRIBUTION_RE.test(text) && !/\bObservatory\b|\bSOHR\b|\bmonitor\b/i.test(text)) return null;
  let best: { label: string; text: string; start: number; end: number } | null = null;
  for (const [label, re] of SOURCES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (best === null || m.index < best.start)) best = { label, text: m[0], start: m.index, end: m.index + m[0].length };
  }
  if (best) return best;
  // "according to <Capitalised Name>"
  const acc = /\baccording\s+to\s+((?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s*){1,6})/u.exec(text);
  if (acc) return { label: acc[1]!.trim(), text: acc[1]!.trim(), start: acc.index, end: acc.index + acc[0].length };
  return null;
}

const CLAIM_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`claimed\s+responsibility`,
      String.raw`claimed\s+(?:the|an?|these|those|both)\s+(?:\w+\s+){0,2}?(?:attacks?|ambush|assault|bombings?|killings?|operation)`,
      String.raw`claims?\s+(?:deadly\s+)?(?:\w+\s+){0,2}?(?:attacks?|ambush|assault|bombings?)|responsibility\s+was\s+claimed\s+by`,
      String.raw`(?:attack|ambush|assault|bombing)\s+(?:was\s+)?claimed\s+by`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

/** Who claimed the attack in `text`, if anyone. */
export function findClaim(text: string): ActorMention | null {
  const m = CLAIM_RE.exec(text);
  if (!m) return null;
  const actors = findActors(text).filter((a) => a.label !== ACTOR.CIVILIANS);
  if (/claimed\s+by$/i.test(m[0]) || /responsibility\s+was\s+claimed\s+by/i.test(m[0])) {
    return actors.find((a) => a.start >= m.index + m[0].length) ?? null;
  }
  // the claimant is the nearest actor before the verb
  const before = actors.filter((a) => a.end <= m.index);
  return before[before.length - 1] ?? null;
}
