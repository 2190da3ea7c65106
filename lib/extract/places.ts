/**
 * Gazetteer lookups and place phrases for Syrian conflict reporting.
 *
 * Pure and synchronous: the data (lib/extract/data/*.json, built by tools/data/build-gazetteer.ts and
 * tools/data/build-boundaries.ts) is imported statically and every lookup map is built once at module load.
 *
 * Matching a name (lookupPlace, and every place found in text) goes through three tiers:
 *   1. exact key: accents folded, apostrophes (' ’ ‘ ʼ ` ʿ) dropped, hyphens to spaces, lower case, and one
 *      leading article dropped (al-, ar-, as-, ad-, az-, el-, an-, at-, ash-, ...): "Al-Mayadin" = "Mayadin".
 *   2. phonetic key: every article token dropped and common transliteration variants merged (q/k, ou/u,
 *      ee/i, ay/ei/ai, doubled letters, final -ah/-eh): Mayadeen = Mayadin, Sweida = Al-Suwaidaa = Suwayda,
 *      Raqa = Raqqah, Lataquia = Latakia, Hassakeh = Hasakah, Boukamal = Al-Bukamal.
 *   3. loose: same consonant skeleton AND an edit distance of at most 1 (2 for long names) between the
 *      phonetic keys, and only towards notable places (population >= 10,000, curated or governorate). This
 *      closeness check is what keeps "Al-Bolil" away from Al Bab (whose alternate "Al Balo" has the same
 *      consonants). In running text the loose tier is only tried right after a place cue ("in", "near",
 *      "village of", ...).
 * Ambiguous names pick the curated entry, else the most populous town; governorate entries lose to a town
 * of the same name unless the phrase says "province"/"governorate".
 *
 * Phrases (findLocations) and the precision they get (ACLED: 1 town, 2 near a town / small area, 3 region):
 *   "in X", "at X", bare "X"          1 for a town (2 for an oil field/base/mountain, 3 for a region/governorate)
 *   "the city/town/village of X", "X city"                         1
 *   "near X", "outside X", "N km east of X", "the outskirts of X"   2
 *   "the countryside of X", "X countryside", "rural X"             2 at the town; 3 when X is only a
 *       governorate, and for "Damascus countryside"/"rural Damascus" (= Rif Dimashq governorate)
 *   "the desert of X", "the X desert", "the desert region of X"    2 around a town (Palmyra desert); 3 when X
 *       names a governorate (Homs desert, deserts of Deir Ezzor): the governorate's label point
 *   "X province/governorate", "the province of X", "province X"   3, the governorate
 *   "the X area", "the area/region of X"                            2
 *   "the Badiya of X", "Badiya al-X", "X Badiya"                    2, X's governorate
 *   "between A, B and C"                                            3, lat/lon the mean, province null when
 *       they lie in different governorates, place "between A, B and C" (gazetteer names)
 *   "the Badiya", "the Syrian desert"                               3, province null (spans governorates)
 *   A directional adjective before a governorate name ("eastern Deir ez-Zor", "northern Homs countryside")
 *   means part of the governorate: 3. Exceptions: Aleppo and Damascus, where "eastern Aleppo"/"southern
 *   Damascus" are city districts: 2 at the city.
 *   "Homs" alone, "in Homs", "the city of Homs": the city (1). Only a province word makes it the governorate.
 *
 * Not returned: Syria itself and other countries (not in the gazetteer), names inside longer proper names
 * (a capitalised word glued before, "Bashar al-Assad", "Hayat Tahrir al-Sham", or an organisation word after,
 * "Deir ez-Zor Military Council", "Al Masdar News"), "Damascus" when it means the government
 * ("the Damascus government"), and a few GeoNames names that collide with foreign places or common words
 * (entries with textMatch: false, e.g. Sinjar).
 */
import gazetteerJson from "./data/gazetteer.json";
import centroidsJson from "./data/governorate-centroids.json";
import type { Governorate } from "./types";

export interface GazetteerPlace {
  /** "gn:<geonameid>" for GeoNames, "cur:<slug>" for curated entries, "gov:<slug>" for governorates */
  id: string;
  /** display name, e.g. "Abu Kamal", "Deir ez-Zor", "Jabal al-Bishri" */
  name: string;
  alternateNames: string[];
  /** null only for regions that span several governorates */
  governorate: Governorate | null;
  /** for regions spanning several (the Badiya, Jabal al-Bishri) */
  governorates?: Governorate[];
  lat: number;
  lon: number;
  kind: "populated" | "governorate" | "region" | "mountain" | "desert" | "area";
  /** 0 when unknown */
  population: number;
  /** "GeoNames cities500 (CC BY 4.0)" or the curated source */
  source: string;
  /** false: found by lookupPlace but never picked out of running text on its own (foreign/common-word clash) */
  textMatch?: false;
}

/** How a location was phrased (extra to the contract; useful for ranking and debugging). */
export type LocationCue =
  | "in"
  | "bare"
  | "from"
  | "to"
  | "city"
  | "near"
  | "countryside"
  | "desert"
  | "province"
  | "area"
  | "badiya"
  | "between"
  | "directional";

export interface ResolvedLocation {
  place: string | null;
  placeId: string | null;
  province: Governorate | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  /** the phrase in the text, and its offsets within the text passed in */
  phrase: string;
  start: number;
  end: number;
  /** how the phrase was recognised (not part of the shared contract; may be ignored) */
  cue?: LocationCue;
  /** matched only by its consonant skeleton ("Qussour" ~ "Al Qusayr"): a guess the article's context may overrule */
  loose?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Data

const RAW_PLACES: readonly GazetteerPlace[] = (gazetteerJson as unknown as { places: GazetteerPlace[] }).places;

/**
 * A GeoNames record of a town we also curated ("Tall Tamr" beside our "Tal Tamr", 'Ayn 'Isa beside Ain Issa):
 * same governorate, a shared name, within a few km. Its names go to the curated entry, so that "Tel Tamer" and
 * "Tell Tamr" in one article are one place.
 */
function foldDuplicates(places: readonly GazetteerPlace[]): GazetteerPlace[] {
  const key = (n: string) => n.toLowerCase().replace(/[-'’]/g, " ").replace(/\s+/g, " ").trim();
  const curated = places.filter((p) => p.id.startsWith("cur:")).map((p) => ({ ...p, alternateNames: [...p.alternateNames] }));
  const byId = new Map(curated.map((c) => [c.id, c]));
  const shadowed = new Set<string>();
  for (const p of places) {
    if (!p.id.startsWith("gn:")) continue;
    const names = [p.name, ...p.alternateNames].map(key);
    const twin = curated.find(
      (c) =>
        c.governorate === p.governorate &&
        Math.abs(c.lat - p.lat) < 0.06 &&
        Math.abs(c.lon - p.lon) < 0.06 &&
        [c.name, ...c.alternateNames].some((n) => names.includes(key(n))),
    );
    if (!twin) continue;
    twin.alternateNames.push(p.name, ...p.alternateNames);
    shadowed.add(p.id);
  }
  return places.filter((p) => !shadowed.has(p.id)).map((p) => byId.get(p.id) ?? p);
}

const PLACES: readonly GazetteerPlace[] = foldDuplicates(RAW_PLACES);
const CENTROIDS = (
  centroidsJson as unknown as {
    governorates: Record<Governorate, { label: { lat: number; lon: number } }>;
  }
).governorates;

// ---------------------------------------------------------------------------------------------------------
// Normalisation

const ARTICLES = new Set([
  "al",
  "el",
  "ar",
  "as",
  "ad",
  "az",
  "an",
  "at",
  "ash",
  "ath",
  "adh",
  "az",
  "ed",
  "er",
  "es",
  "et",
  "ez",
  "en",
  "ul",
  "ur",
  "us",
  "uz",
  "ud",
  "un",
  "ut",
  "l",
]);
/** Articles that are also English words: only part of a name when hyphenated or lower case ("as-Suwayda"). */
const ENGLISH_ARTICLES = new Set(["as", "at", "an", "en", "es", "et", "ed", "er", "un", "us", "l"]);

const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;

/** Lower case ASCII-ish: accents folded, apostrophes dropped. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(APOSTROPHES, "")
    .toLowerCase();
}

function words(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Exact key: folded words, one leading article dropped. */
function exactKey(ws: readonly string[]): string {
  const start = ws.length > 1 && ARTICLES.has(ws[0]!) ? 1 : 0;
  return ws.slice(start).join(" ");
}

const phonCache = new Map<string, string>();

/** Phonetic key of one word (see the header), memoised. */
function phonWord(w: string): string {
  let r = phonCache.get(w);
  if (r === undefined) {
    r = phonWordRaw(w);
    if (phonCache.size < 50000) phonCache.set(w, r);
  }
  return r;
}

function phonWordRaw(w: string): string {
  // German transliteration: "Dschisr" = Jisr, "Dscharabulus" = Jarabulus; "Kfar Batna" = Kafr Batna
  let s = w.replace(/dsch/g, "j").replace(/^(?:kfar|kfer|kefr|kafer)$/, "kafr");
  s = s.replace(/ph/g, "f").replace(/ch/g, "sh").replace(/ck/g, "k").replace(/x/g, "ks");
  s = s
    .replace(/qu(?=[aeiouy])/g, "k")
    .replace(/q/g, "k")
    .replace(/c/g, "k");
  s = s.replace(/kh/g, "k").replace(/gh/g, "g").replace(/sh/g, "s").replace(/th/g, "t").replace(/dh/g, "d");
  s = s.replace(/(?:ah|eh|e)$/, "a");
  s = s.replace(/ou|oo|aw|au|ow/g, "u").replace(/ee|ei|ey|ay|ai|ie/g, "i");
  s = s.replace(/o/g, "u").replace(/e/g, "i").replace(/y/g, "i").replace(/w/g, "u");
  s = s.replace(/(.)\1+/g, "$1");
  s = s.replace(/([aiu])h$/, "$1");
  return s;
}

function phonKey(ws: readonly string[]): string {
  const kept = ws.filter((w, i) => !(ARTICLES.has(w) && (i < ws.length - 1 || ws.length > 1)));
  return (kept.length ? kept : ws)
    .map(phonWord)
    .join("")
    .replace(/(.)\1+/g, "$1");
}

function skeleton(phon: string): string {
  return phon.replace(/[aiu]/g, "");
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function looseClose(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const max = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  return levenshtein(a, b, max) <= max;
}

// ---------------------------------------------------------------------------------------------------------
// Lookup maps (built once)

interface Cand {
  place: GazetteerPlace;
  primary: boolean;
}

/** Keys that must never be matched on their own (common words, people, foreign countries). */
const BLOCKED_KEYS = new Set([
  "syria",
  "syrian",
  "iraq",
  "turkey",
  "libya",
  "jordan",
  "lebanon",
  "israel",
  "iran",
  "russia",
  // (foreign fighters' homelands: "most of them from Chechnya, Azerbaijan and Turkey")
  "chechnya",
  "azerbaijan",
  "uzbekistan",
  "tajikistan",
  "dagestan",
  "egypt",
  "tunisia",
  "saudi",
  "the",
  "city",
  "khan",
  "tell",
  "sham",
  "sam",
  "cham",
  "abu",
  "umm",
  "ain",
  "ayn",
  "ras",
  "deir",
  "jabal",
  "jebel",
  "wadi",
  "kafr",
  "bir",
  "qasr",
  "sheikh",
  "shaykh",
  "nazi",
  "sousse",
  "susa",
  "seen",
  "mare",
  "mara",
  "dali",
  "haul",
  "sabbah",
  "damas",
  "hal",
  "hul",
  // the state news agency SANA, not the hamlet As Si'in (alternate name "Saane")
  "sana",
]);
/** Short keys that only count with their article: "al-Bab" yes, "Bab Tuma" / "Bab al-Hawa" no. */
const NEEDS_ARTICLE = new Set(["bab", "rai", "tall", "tal", "dana", "hol", "jala", "hamra", "bab", "karamah", "tamana"]);

const exactMap = new Map<string, Cand[]>();
const phonMap = new Map<string, Cand[]>();
const skelMap = new Map<string, { phon: string; cand: Cand }[]>();
/** normalised governorate spellings -> governorate */
const govExact = new Map<string, Governorate>();
const govPhon = new Map<string, Governorate>();
const GOV_ENTRY = new Map<Governorate, GazetteerPlace>();
let maxSpanWords = 1;
/** First words of every name (exact) and their phonetic forms: a cheap filter before trying spans. */
const FIRST_WORDS = new Set<string>();
const FIRST_PHON = new Set<string>();

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function isNotable(p: GazetteerPlace): boolean {
  return p.population >= 10000 || p.id.startsWith("cur:") || p.kind === "governorate";
}

for (const p of PLACES) {
  if (p.kind === "governorate" && p.governorate) GOV_ENTRY.set(p.governorate, p);
  const names = [p.name, ...p.alternateNames];
  const seenExact = new Set<string>();
  const seenPhon = new Set<string>();
  names.forEach((n, i) => {
    const ws = words(n);
    if (!ws.length) return;
    const ek = exactKey(ws);
    const pk = phonKey(ws);
    if (ek.length < 3 || BLOCKED_KEYS.has(ek)) return;
    maxSpanWords = Math.max(maxSpanWords, ws.length);
    const firstIdx = ws.length > 1 && ARTICLES.has(ws[0]!) ? 1 : 0;
    FIRST_WORDS.add(ws[firstIdx]!);
    FIRST_PHON.add(phonWord(ws[firstIdx]!));
    const cand = { place: p, primary: i === 0 };
    if (!seenExact.has(ek)) {
      seenExact.add(ek);
      push(exactMap, ek, cand);
    }
    if (pk.length >= 3 && !seenPhon.has(pk) && !BLOCKED_KEYS.has(pk)) {
      seenPhon.add(pk);
      push(phonMap, pk, cand);
      if (pk.length >= 4 && isNotable(p)) push(skelMap, skeleton(pk), { phon: pk, cand });
    }
    if (p.kind === "governorate" && p.governorate) {
      govExact.set(ek, p.governorate);
      govExact.set(ws.join(" "), p.governorate);
      if (!govPhon.has(pk)) govPhon.set(pk, p.governorate);
    }
  });
}
maxSpanWords = Math.min(maxSpanWords, 6);

function rank(c: Cand): number {
  const p = c.place;
  let s = p.population;
  if (p.id.startsWith("cur:")) s += 1e7;
  if (p.kind === "governorate") s = -1;
  if (c.primary) s += 0.5;
  return s;
}

function best(cands: readonly Cand[] | undefined, textOnly: boolean): GazetteerPlace | null {
  if (!cands) return null;
  let top: Cand | null = null;
  for (const c of cands) {
    if (textOnly && c.place.textMatch === false) continue;
    if (!top || rank(c) > rank(top)) top = c;
  }
  return top?.place ?? null;
}

type Tier = "exact" | "phon" | "loose";

function lookupWords(ws: readonly string[], opts: { textOnly: boolean; loose: boolean }): { place: GazetteerPlace; tier: Tier } | null {
  const ek = exactKey(ws);
  if (ek.length < 3 || BLOCKED_KEYS.has(ek)) return null;
  if (NEEDS_ARTICLE.has(ek) && !(ws.length > 1 && ARTICLES.has(ws[0]!))) return null;
  const e = best(exactMap.get(ek), opts.textOnly);
  if (e) return { place: e, tier: "exact" };
  const pk = phonKey(ws);
  if (pk.length < 3 || BLOCKED_KEYS.has(pk)) return null;
  const p = best(phonMap.get(pk), opts.textOnly);
  if (p) return { place: p, tier: "phon" };
  if (!opts.loose || pk.length < 4) return null;
  const near = skelMap.get(skeleton(pk));
  if (!near) return null;
  const close = near.filter((x) => looseClose(pk, x.phon)).map((x) => x.cand);
  const l = best(close, opts.textOnly);
  return l ? { place: l, tier: "loose" } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Public lookups

const PROVINCE_WORDS = /\b(?:province|governorate|muhafazah?|muhafazat|gouvernorate)\b/g;

/** Canonical governorate for a spelling ("Deir Ezzor", "Raqa", "Al-Suwaidaa", "Lataquia", "Dayr az Zawr",
 * "Rural Damascus", "Homs province", "the province of Idleb"); null when it is not a governorate name. */
export function normalizeGovernorate(name: string): Governorate | null {
  return normalizeGov(name, true);
}

function normalizeGov(name: string, loose: boolean): Governorate | null {
  let f = fold(name)
    .replace(PROVINCE_WORDS, " ")
    .replace(/^\s*(?:the\s+)?(?:of\s+)?/, " ");
  const ws = words(f);
  if (!ws.length) return null;
  if (ws[0] === "the") ws.shift();
  if (ws[0] === "of") ws.shift();
  if (!ws.length) return null;
  f = ws.join(" ");
  const direct = govExact.get(f) ?? govExact.get(exactKey(ws));
  if (direct) return direct;
  const pk = phonKey(ws);
  const viaPhon = govPhon.get(pk);
  if (viaPhon) return viaPhon;
  if (loose && pk.length >= 4) for (const [k, g] of govPhon) if (looseClose(pk, k)) return g;
  return null;
}

/** The governorate's label point (inside the polygon; see tools/data/build-boundaries.ts). */
export function governorateCentroid(g: Governorate): { lat: number; lon: number } {
  const c = CENTROIDS[g];
  return { lat: c.label.lat, lon: c.label.lon };
}

/** A place the gazetteer lacks, known only by its governorate: the name at the governorate's label point. */
export function unlistedIn(name: string, province: Governorate): ResolvedLocation {
  const { lat, lon } = governorateCentroid(province);
  return { place: name, placeId: null, province, lat, lon, geoPrecision: 3, phrase: name, start: 0, end: 0 };
}

/** The governorate a label names ("Aleppo" in "Aleppo province:", "Daraa:"), or null. */
export function governorateOfLabel(label: string): ResolvedLocation | null {
  const l = resolveLocation(`${label} province`);
  return l?.province && l.geoPrecision === 3 ? l : null;
}

/** Every gazetteer entry (GeoNames towns, curated places, the 14 governorates). */
export function allPlaces(): readonly GazetteerPlace[] {
  return PLACES;
}

const BY_ID = new Map(PLACES.map((p) => [p.id, p] as const));

/** A gazetteer entry by id ("gn:170794", "cur:baghuz", "gov:homs"). */
export function placeById(id: string): GazetteerPlace | null {
  return BY_ID.get(id) ?? null;
}

/**
 * A place of the same name as `loc`'s in one of `govs` (another governorate than `loc`'s): "Al-Hamidiyah"
 * is a town in Tartus and a village in Quneitra; an article about Quneitra means the latter.
 */
export function homonymIn(loc: ResolvedLocation, govs: ReadonlySet<string>): ResolvedLocation | null {
  if (!loc.placeId || loc.province === null || govs.has(loc.province)) return null;
  const p = BY_ID.get(loc.placeId);
  if (!p || p.kind === "governorate") return null;
  const ws = words(p.name);
  const cands = phonMap.get(phonKey(ws));
  const other = cands?.find((c) => c.place.id !== p.id && c.place.kind !== "governorate" && c.place.governorate !== null && govs.has(c.place.governorate));
  if (!other) return null;
  const o = other.place;
  return { ...loc, place: o.name, placeId: o.id, province: o.governorate, lat: o.lat, lon: o.lon };
}

/**
 * Transliteration-tolerant lookup of one name ("Boukamal", "Deir Ezzor", "Palmyra", "Al-Bolil"). A name with a
 * province word ("Homs province") returns the governorate entry. Null when nothing is close enough.
 */
export function lookupPlace(name: string): GazetteerPlace | null {
  const f = fold(name);
  if (PROVINCE_WORDS.test(f)) {
    PROVINCE_WORDS.lastIndex = 0;
    const g = normalizeGovernorate(name);
    if (g) return GOV_ENTRY.get(g) ?? null;
  }
  PROVINCE_WORDS.lastIndex = 0;
  const ws = words(name);
  if (ws[0] === "the") ws.shift();
  if (!ws.length) return null;
  const hit = lookupWords(ws, { textOnly: false, loose: true });
  if (hit) return hit.place;
  // an article glued on without a hyphen: "Almayadin", "al‘Mayadin"
  const glued = /^(?:al|el)(?=[a-z]{4})/.exec(ws[0]!);
  if (glued) return lookupWords([ws[0]!.slice(2), ...ws.slice(1)], { textOnly: false, loose: false })?.place ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Text scanning

interface Tok {
  raw: string;
  /** folded; possessive 's removed */
  w: string;
  /** folded including a possessive "s" ("aleppos"), for names like "Ra's" */
  wFull: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼʻ`][\p{L}\p{M}\p{N}]+)*/gu;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    // ("alSha'ar", "alFerdaws": the article glued to the name, as some transliterations write it)
    const glued = /^(al|el)(\p{Lu}\p{Ll})/u.exec(m[0]);
    if (glued) out.push(token(glued[1]!, m.index!), token(m[0].slice(2), m.index! + 2));
    else out.push(token(m[0], m.index!));
  }
  return out;
}

function token(raw: string, start: number): Tok {
  const possessive = /['’]s$/i.test(raw) && raw.length > 3;
  const full = fold(raw);
  const w = possessive ? fold(raw.slice(0, -2)) : full;
  return { raw, w, wFull: full, start, end: start + raw.length, cap: /^\p{Lu}/u.test(raw), possessive };
}

/** Tokens i and i+1 joined only by spaces or a hyphen. */
function joined(text: string, a: Tok, b: Tok): boolean {
  return /^[ \t\u00a0]*[-‐‑]?[ \t\u00a0]*$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
}

const DIRECTIONS = `(?:${[
  "north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central",
  "north-?eastern|north-?western|south-?eastern|south-?western|far|remote|outer|rural|vast",
  "syrian|northern syrian|eastern syrian|southern syrian|central syrian",
].join("|")})`;
const DIR_WORDS = new Set(
  (
    "north south east west northeast northwest southeast southwest northern southern eastern western central " +
    "northeastern northwestern southeastern southwestern"
  ).split(" "),
);

// "His assistant was killed too": an English pronoun or determiner opening a sentence is not "Hish".
// ("Media sources said ..." is not Madaya either: common words that open a report's sentences.)
const PRONOUNS = new Set(
  "his her hers its their theirs our my your he she they we it this these those who whom which whose media local sources activists".split(" "),
);

/** Capitalised words that may directly precede a place name without being part of a longer proper name. */
const ALLOWED_BEFORE = new Set(
  (
    "in near at of from to into inside outside around toward towards between and or the a on across via through along " +
    "province governorate city town village villages towns countryside desert deserts rural greater area region " +
    "badiya badia besieged embattled north south east west northeast northwest southeast southwest northern " +
    "southern eastern western central northeastern northwestern southeastern southwestern upper lower while " +
    "when after before as since but yet so also including include includes like outside within beyond by"
  ).split(" "),
);

/** Capitalised words after a name that make it an organisation or a person's title rather than a place. */
const ORG_AFTER = new Set(
  (
    "military council councils forces force news university brigade brigades front revolutionary liberation army " +
    "martyrs shield falcons regiment battalion battalions division corps security internal police media network " +
    "center centre observatory post times today agency tribe tribes clan clans club fc sc group hawks lions eagles " +
    "operations command committee committees movement party gathering coordination coordinators press tv radio " +
    "airlines company petroleum"
  ).split(" "),
);

const GOVERNMENT_AFTER = /^\s*(?:government|regime|authorities|administration|leadership|'s\s+(?:government|regime|authorities))\b/i;

interface SpanMatch {
  place: GazetteerPlace;
  i: number; // first token
  j: number; // last token (inclusive)
  tier: Tier;
}

/** The longest gazetteer name starting at token i. */
function matchAt(text: string, toks: Tok[], i: number, allowLoose: boolean): SpanMatch | null {
  const t0 = toks[i]!;
  const isArt = ARTICLES.has(t0.w);
  if ((!t0.cap && !isArt) || PRONOUNS.has(t0.w)) return null;
  if (isArt && !articleOpensName(text, t0, toks[i + 1])) return null;
  if (!allowLoose && !mayStartName(toks, i, isArt)) return null;
  const end = spanEnd(text, toks, i);
  return exactSpanMatch(toks, i, end) ?? (allowLoose ? looseSpanMatch(toks, i, end) : null);
}

/** An article opens a name only glued to a capitalised word, and an English-looking one ("At Homs", "As Syrian") only with a hyphen. */
function articleOpensName(text: string, t0: Tok, t1: Tok | undefined): boolean {
  if (!t1?.cap || !joined(text, t0, t1)) return false;
  const hyphen = /-|‐|‑/.test(text.slice(t0.end, t1.start));
  return !(t0.cap && ENGLISH_ARTICLES.has(t0.w) && !hyphen);
}

/** A cheap filter before trying spans: the first word (after an article) starts some gazetteer name. */
function mayStartName(toks: Tok[], i: number, isArt: boolean): boolean {
  const f = toks[isArt ? i + 1 : i]!;
  return (
    FIRST_WORDS.has(f.w) ||
    FIRST_WORDS.has(f.wFull) ||
    FIRST_PHON.has(phonWord(f.w)) ||
    FIRST_PHON.has(phonWord(f.wFull)) ||
    (isArt && FIRST_WORDS.has(toks[i]!.w))
  );
}

/** The last token a name starting at token i can reach: tokens joined by spaces or hyphens, at most maxSpanWords. */
function spanEnd(text: string, toks: Tok[], i: number): number {
  let end = i;
  while (end + 1 < toks.length && end - i + 1 < maxSpanWords && joined(text, toks[end]!, toks[end + 1]!)) end++;
  return end;
}

function isCapitalisedSpan(span: readonly Tok[]): boolean {
  return span.every((t) => t.cap || ARTICLES.has(t.w));
}

/** The exact or phonetic match of the longest span from token i (up to token end). */
function exactSpanMatch(toks: Tok[], i: number, end: number): SpanMatch | null {
  for (let j = end; j >= i; j--) {
    const span = toks.slice(i, j + 1);
    // every non-article word capitalised, except in exact multi-word keys ("Syrian desert", "Omar oil field")
    const allCap = isCapitalisedSpan(span);
    // ("Hol Camp": a name that needs its article elsewhere is a place when a camp is named after it)
    const camp = j + 1 < toks.length && toks[j + 1]!.w === "camp" && !ARTICLES.has(span[0]!.w);
    for (const v of camp ? [...spanVariants(span), ...spanVariants(span).map((x) => ["al", ...x])] : spanVariants(span)) {
      if (ARTICLES.has(v[v.length - 1]!)) continue;
      const hit = lookupWords(v, { textOnly: true, loose: false });
      if (hit && (hit.tier === "exact" || allCap)) return { place: hit.place, i, j, tier: hit.tier };
    }
  }
  return null;
}

/** The words to look a span up by; a possessive last word is tried without and then with its "s" ("Ra's"). */
function spanVariants(span: readonly Tok[]): string[][] {
  const lt = span[span.length - 1]!;
  const inner = span.slice(0, -1).map((t) => t.wFull);
  return lt.possessive
    ? [
        [...inner, lt.w],
        [...inner, lt.wFull],
      ]
    : [[...inner, lt.w]];
}

/** The loose-tier match of the longest fully capitalised span from token i (up to token end). */
function looseSpanMatch(toks: Tok[], i: number, end: number): SpanMatch | null {
  for (let j = end; j >= i; j--) {
    const span = toks.slice(i, j + 1);
    if (!isCapitalisedSpan(span)) continue;
    const ws = span.map((t) => t.w);
    if (ws.join("").length < 5 || ARTICLES.has(ws[ws.length - 1]!)) continue;
    const hit = lookupWords(ws, { textOnly: true, loose: true });
    if (hit) return { place: hit.place, i, j, tier: hit.tier };
  }
  return null;
}

const LOOSE_TRIGGER = new Set(["in", "near", "of", "at", "outside", "around", "village", "town", "city", "between", "and", "rural"]);

function isTitleCase(toks: Tok[]): boolean {
  let n = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.raw.length < 4 || !/^\p{L}/u.test(t.raw)) continue;
    n++;
    if (t.cap) caps++;
  }
  return n >= 5 && caps / n >= 0.85;
}

const OUTLET_AFTER = /^\s+(?:television|tv|channel|satellite\s+channel|news\s+channel|newspaper|website)\b/i;

/** Part of a longer proper name (person, organisation) rather than a place? */
function rejectByNeighbours(text: string, toks: Tok[], m: SpanMatch, titleCase: boolean): boolean {
  const prev = toks[m.i - 1];
  const next = toks[m.j + 1];
  const lastTok = toks[m.j]!;
  // "the Damascus government"
  if (GOVERNMENT_AFTER.test(text.slice(lastTok.end, lastTok.end + 40)) && m.place.population > 500000) return true;
  // "the Lebanese al-Mayadeen television", "Sham FM radio": an outlet named after a place
  if (OUTLET_AFTER.test(text.slice(lastTok.end, lastTok.end + 30))) return true;
  if (titleCase) return false;
  if (prev && joined(text, prev, toks[m.i]!) && prev.cap && !prev.possessive && !ALLOWED_BEFORE.has(prev.w)) return true;
  if (prev && ARTICLES.has(prev.w) && !prev.cap) {
    // "... Tahrir al-Sham": an article glued before a match that did not include it
    const pp = toks[m.i - 2];
    if (pp?.cap && joined(text, pp, prev) && !ALLOWED_BEFORE.has(pp.w)) return true;
  }
  if (next && joined(text, lastTok, next) && !lastTok.possessive) {
    if (next.cap && ORG_AFTER.has(next.w)) return true;
    // "Bab al-Hawa": the name continues with an article and another capitalised word
    const nn = toks[m.j + 2];
    if (ARTICLES.has(next.w) && nn?.cap && joined(text, next, nn)) return true;
  }
  return false;
}

function locFromPlace(p: GazetteerPlace, precision: 1 | 2 | 3, phrase: string, start: number, end: number, cue: LocationCue): ResolvedLocation {
  return {
    place: p.name,
    placeId: p.id,
    province: p.governorate,
    lat: p.lat,
    lon: p.lon,
    geoPrecision: precision,
    phrase,
    start,
    end,
    cue,
  };
}

function locFromGovernorate(g: Governorate, phrase: string, start: number, end: number, cue: LocationCue): ResolvedLocation {
  const gp = GOV_ENTRY.get(g)!;
  return locFromPlace(gp, 3, phrase, start, end, cue);
}

function defaultPrecision(p: GazetteerPlace): 1 | 2 | 3 {
  switch (p.kind) {
    case "populated":
      return 1;
    case "area":
    case "mountain":
      return 2;
    default:
      return 3;
  }
}

/** The governorate a place name denotes when used as a region ("Homs", "Deir Ezzor", "Rif Dimashq"). */
function governorateNamed(p: GazetteerPlace, spanText: string): Governorate | null {
  if (p.kind === "governorate") return p.governorate;
  if (!p.governorate || p.population === 0) return null;
  const g = normalizeGov(spanText, false);
  if (g && g === p.governorate) return g;
  // a governorate capital written in another spelling ("Ar Raqqah" for Raqqa)
  const gov = p.governorate ? GOV_ENTRY.get(p.governorate) : undefined;
  if (gov && p.population > 0 && fold(p.name) === fold(gov.name)) return p.governorate;
  return null;
}

// Cue patterns on the text before a name (lower case, ends right before it).
const THE = "(?:the\\s+)?";
const DIRS = `(?:${DIRECTIONS}\\s+)*`;
const BEFORE_RULES: { re: RegExp; cue: LocationCue | "dir-only" }[] = [
  // "near the administrative border with Raqqa": a landmark, not where it happened
  {
    re: new RegExp(
      `\\b(?:borders?|boundary|boundaries|frontier|line)\\s+(?:with|of|between)\\s+${THE}` +
        `(?:[a-z'-]+\\s+(?:and|or)\\s+)?(?:(?:province|governorate)\\s+of\\s+)?$`,
    ),
    cue: "to",
  },
  { re: new RegExp(`(?:\\bthe\\s+)?\\b(?:province|governorate)\\s+of\\s+${THE}$`), cue: "province" },
  { re: new RegExp(`(?:\\bthe\\s+)?\\b${DIRS}(?:province|governorate)\\s+${THE}$`), cue: "province" },
  {
    re: new RegExp(`(?:\\bthe\\s+)?\\b${DIRS}(?:deserts?|steppe|desert\\s+(?:region|regions|area|areas|expanses?)|badiy?ah?|badiyat)\\s+(?:of\\s+)?${THE}$`),
    cue: "desert",
  },
  {
    re: new RegExp(
      `(?:\\bthe\\s+)?\\b${DIRS}(?:countryside|countrysides|outskirts|environs|suburbs|surroundings|periphery|hinterland|rural\\s+areas?)` +
        // ("the suburbs of the capital Damascus")
        `\\s+of\\s+${THE}(?:(?:[a-z-]+\\s+){0,3}?(?:city|town)\\s+of\\s+|(?:Syrian\\s+)?capital\\s+)?$`,
    ),
    cue: "countryside",
  },
  { re: /\brural\s+$/, cue: "countryside" },
  {
    re: new RegExp(
      `\\b(?:near|nearby|close\\s+to|outside(?:\\s+of)?|around|next\\s+to|on\\s+the\\s+(?:outskirts|edge|edges)\\s+of` +
        `|(?:(?:some|about|around)\\s+)?(?:(?:\\d+(?:\\.\\d+)?|a\\s+few|several)\\s*(?:km|kilometres|kilometers|miles|mi)\\s+` +
        `(?:\\(\\d+\\s*(?:miles|km)\\)\\s+)?)?(?:to\\s+the\\s+)?` +
        `(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\\s+of)` +
        `\\s+${THE}(?:(?:city|town|village|villages|towns|area|areas)\\s+of\\s+)?$`,
    ),
    cue: "near",
  },
  { re: new RegExp(`(?:\\bthe\\s+)?\\b${DIRS}(?:area|areas|region|vicinity|sector|zone|district|sub-?district|pocket|enclave)\\s+of\\s+${THE}$`), cue: "area" },
  { re: /(?:\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?)?\b(?:city|town|village|hamlet|neighbou?rhood|township|locality)\s+of\s+$/, cue: "city" },
  { re: new RegExp(`\\b(?:in|at|inside|into|within|across|throughout|on)\\s+${THE}${DIRS}$`), cue: "in" },
  { re: new RegExp(`\\bfrom\\s+${THE}${DIRS}$`), cue: "from" },
  { re: new RegExp(`\\b(?:to|towards?)\\s+${THE}${DIRS}$`), cue: "to" },
  { re: new RegExp(`(?:\\bthe\\s+)?\\b${DIRS}$`), cue: "dir-only" },
];

const AFTER_PROVINCE = /^(?:['’]s)?\s+(?:provinces?|governorates?|muhafazah?)\b/i;
const AFTER_COUNTRYSIDE = new RegExp(`^(?:['’]s)?\\s+(?:${DIRECTIONS}\\s+)*(?:countryside|outskirts|suburbs|environs|hinterland)\\b`, "i");
const AFTER_DESERT = new RegExp(`^(?:['’]s)?\\s+(?:${DIRECTIONS}\\s+)*(?:deserts?|steppe)\\b(?:\\s+(?:region|area))?`, "i");
const AFTER_BADIYA = /^(?:['’]s)?\s+(?:badiya|badia|badiyah)\b/i;
const AFTER_AREA = /^\s+(?:area|areas|region|vicinity|sector|zone|district|sub-?district|pocket|enclave|plain|plains)\b/i;
const AFTER_CITY = /^\s+(?:city|town|village)\b/i;

function hasDirection(s: string): boolean {
  return s.split(/[^a-z-]+/).some((w) => DIR_WORDS.has(w.replace(/-/g, "")));
}

type Cue = LocationCue | "dir-only";

/** A matched name being read as a phrase; start, end and lastIdx grow as cue words around it are taken in. */
interface Reading {
  text: string;
  toks: Tok[];
  p: GazetteerPlace;
  first: Tok;
  lastTok: Tok;
  spanText: string;
  /** where words after the name begin (before a possessive 's), and the text from there */
  afterStart: number;
  afterRaw: string;
  cue: Cue | null;
  cueText: string;
  directional: boolean;
  govNamed: Governorate | null;
  start: number;
  end: number;
  lastIdx: number;
}

/** Turn a matched name into a located phrase, reading the words around it. */
function classify(text: string, toks: Tok[], m: SpanMatch): { loc: ResolvedLocation; lastTok: number } {
  const r = startReading(text, toks, m);
  let loc: ResolvedLocation | null = null;
  for (const rule of PHRASE_RULES) {
    loc = rule(r);
    if (loc) break;
  }
  return { loc: loc ?? plainLoc(r), lastTok: r.lastIdx };
}

function startReading(text: string, toks: Tok[], m: SpanMatch): Reading {
  const first = toks[m.i]!;
  const lastTok = toks[m.j]!;
  const spanText = text.slice(first.start, lastTok.end);
  const before = clauseBefore(text, first.start);
  const { cue, cueLen } = cueBefore(before);
  const cueText = cueLen ? before.slice(before.length - cueLen) : "";
  const afterStart = lastTok.possessive ? lastTok.end - 2 : lastTok.end;
  return {
    text,
    toks,
    p: m.place,
    first,
    lastTok,
    spanText,
    afterStart,
    afterRaw: text.slice(afterStart, lastTok.end + 60),
    cue,
    cueText,
    directional: hasDirection(cueText),
    govNamed: governorateNamed(m.place, spanText),
    start: first.start - cueLen,
    end: lastTok.end,
    lastIdx: m.j,
  };
}

/** The text before a name, cut at the previous clause boundary, lower case. */
function clauseBefore(text: string, pos: number): string {
  const raw = text.slice(Math.max(0, pos - 90), pos);
  const cut = Math.max(raw.lastIndexOf(","), raw.lastIndexOf(";"), raw.lastIndexOf("."), raw.lastIndexOf("("), raw.lastIndexOf(":"));
  return raw
    .slice(cut + 1)
    .toLowerCase()
    .replace(/[’']/g, "'");
}

/** The first BEFORE_RULES cue that ends the text before a name, and the length of its words. */
function cueBefore(before: string): { cue: Cue | null; cueLen: number } {
  for (const r of BEFORE_RULES) {
    const mm = r.re.exec(before);
    if (mm && mm[0].trim().length > 0) return { cue: r.cue, cueLen: mm[0].replace(/^\s+/, "").length };
  }
  return { cue: null, cueLen: 0 };
}

/** Take the words after the name matched by `re` ("province", "countryside", ...) into the phrase. */
function extend(r: Reading, re: RegExp): boolean {
  const mm = re.exec(r.afterRaw);
  if (!mm) return false;
  r.end = r.afterStart + mm[0].length;
  while (r.lastIdx + 1 < r.toks.length && r.toks[r.lastIdx + 1]!.start < r.end) r.lastIdx++;
  return true;
}

function readPlace(r: Reading, precision: 1 | 2 | 3, cue: LocationCue): ResolvedLocation {
  return locFromPlace(r.p, precision, r.text.slice(r.start, r.end), r.start, r.end, cue);
}

function readGovernorate(r: Reading, g: Governorate, cue: LocationCue): ResolvedLocation {
  return locFromGovernorate(g, r.text.slice(r.start, r.end), r.start, r.end, cue);
}

/** Cue rules in priority order; each takes in the words it recognises, and the first located phrase wins. */
const PHRASE_RULES: readonly ((r: Reading) => ResolvedLocation | null)[] = [
  provinceRule,
  badiyaAfterRule,
  desertRule,
  countrysideRule,
  nearRule,
  areaRule,
  cityRule,
  directionalRule,
];

/** X province / province of X / province X */
function provinceRule(r: Reading): ResolvedLocation | null {
  if (!extend(r, AFTER_PROVINCE) && r.cue !== "province") return null;
  const g = r.govNamed ?? normalizeGovernorate(r.spanText) ?? r.p.governorate;
  return g ? readGovernorate(r, g, "province") : null;
}

/** X Badiya */
function badiyaAfterRule(r: Reading): ResolvedLocation | null {
  return extend(r, AFTER_BADIYA) ? badiyaOf(r.p, r.govNamed, r.text.slice(r.start, r.end), r.start, r.end) : null;
}

/** X desert / desert of X */
function desertRule(r: Reading): ResolvedLocation | null {
  if (!extend(r, AFTER_DESERT) && r.cue !== "desert") return null;
  const phrase = r.text.slice(r.start, r.end);
  if (r.cue === "desert" && /badiy?ah?|badiyat/.test(r.cueText)) return badiyaOf(r.p, r.govNamed, phrase, r.start, r.end);
  return desertLoc(r.p, r.govNamed, phrase, r.start, r.end);
}

/** X countryside / countryside of X / rural X */
function countrysideRule(r: Reading): ResolvedLocation | null {
  const afterCountryside = extend(r, AFTER_COUNTRYSIDE);
  if (!afterCountryside && r.cue !== "countryside") return null;
  const dir = r.directional || (afterCountryside && hasDirection(r.text.slice(r.lastTok.end, r.end).toLowerCase()));
  return countrysideLoc(r.p, r.govNamed, dir, r.text.slice(r.start, r.end), r.start, r.end);
}

function nearRule(r: Reading): ResolvedLocation | null {
  if (r.cue !== "near") return null;
  // "south of Damascus", "20 km east of Damascus": outside the capital, in its countryside
  if (isDamascusCity(r.p) && r.directional) return readGovernorate(r, "Rif Dimashq", "near");
  return readPlace(r, nearPrecision(r.p), "near");
}

function areaRule(r: Reading): ResolvedLocation | null {
  if (!extend(r, AFTER_AREA) && r.cue !== "area") return null;
  const areaWord = r.cue === "area" ? r.cueText : r.text.slice(r.lastTok.end, r.end);
  if (r.govNamed && /region/.test(areaWord.toLowerCase()) && !/\bcity\b/.test(r.cueText)) return readGovernorate(r, r.govNamed, "area");
  return readPlace(r, r.p.kind === "populated" || r.p.kind === "area" ? 2 : defaultPrecision(r.p), "area");
}

function cityRule(r: Reading): ResolvedLocation | null {
  if (r.cue !== "city" && !extend(r, AFTER_CITY)) return null;
  return readPlace(r, r.p.kind === "governorate" ? 3 : 1, "city");
}

/** eastern Deir ez-Zor: part of the governorate (Aleppo, Damascus: districts of the city) */
function directionalRule(r: Reading): ResolvedLocation | null {
  if (!r.directional || !r.govNamed || r.p.kind === "governorate") return null;
  if (r.govNamed === "Aleppo" || r.govNamed === "Damascus") return readPlace(r, 2, "directional");
  return readGovernorate(r, r.govNamed, "directional");
}

/** "in X", "from X", "to X" or a bare name. */
function plainLoc(r: Reading): ResolvedLocation {
  const c: LocationCue = r.cue === "in" || r.cue === "from" || r.cue === "to" ? r.cue : "bare";
  // keep the phrase to the name itself (plus a directional adjective)
  if (c === "bare" && !r.directional) r.start = r.first.start;
  return readPlace(r, defaultPrecision(r.p), c);
}

/** Damascus countryside / rural Damascus = Rif Dimashq governorate. */
function isDamascusCity(p: GazetteerPlace): boolean {
  return p.governorate === "Damascus" && p.kind === "populated";
}

function nearPrecision(p: GazetteerPlace): 2 | 3 {
  return p.kind === "populated" || p.kind === "area" || p.kind === "mountain" ? 2 : 3;
}

/** A desert or region itself; the desert of a governorate; else the desert around a town. */
function desertLoc(p: GazetteerPlace, govNamed: Governorate | null, phrase: string, start: number, end: number): ResolvedLocation {
  if (p.kind === "desert" || p.kind === "region") return locFromPlace(p, 3, phrase, start, end, "desert");
  if (govNamed) return locFromGovernorate(govNamed, phrase, start, end, "desert");
  return locFromPlace(p, p.kind === "governorate" ? 3 : 2, phrase, start, end, "desert");
}

/** The countryside of a governorate, or a part of it named by a direction, is the governorate; else around the place. */
function countrysideLoc(p: GazetteerPlace, govNamed: Governorate | null, directional: boolean, phrase: string, start: number, end: number): ResolvedLocation {
  if (isDamascusCity(p)) return locFromGovernorate("Rif Dimashq", phrase, start, end, "countryside");
  if (p.kind === "governorate" || (govNamed && directional)) return locFromGovernorate(govNamed ?? p.governorate!, phrase, start, end, "countryside");
  return locFromPlace(p, p.kind === "populated" ? 2 : defaultPrecision(p), phrase, start, end, "countryside");
}

function badiyaOf(p: GazetteerPlace, govNamed: Governorate | null, phrase: string, start: number, end: number): ResolvedLocation {
  if (govNamed) {
    const c = governorateCentroid(govNamed);
    return {
      place: `Badiya of ${govNamed}`,
      placeId: GOV_ENTRY.get(govNamed)!.id,
      province: govNamed,
      lat: c.lat,
      lon: c.lon,
      geoPrecision: 2,
      phrase,
      start,
      end,
      cue: "badiya",
    };
  }
  return { place: `Badiya of ${p.name}`, placeId: p.id, province: p.governorate, lat: p.lat, lon: p.lon, geoPrecision: 2, phrase, start, end, cue: "badiya" };
}

/** "between A, B and C": places joined by commas / "and" right after token k ("between"). */
function parseBetween(text: string, toks: Tok[], k: number): { loc: ResolvedLocation; lastTok: number } | null {
  const found = listedPlaces(text, toks, k + 1);
  if (found.length < 2) return null;
  return { loc: betweenLoc(text, toks, k, found), lastTok: found[found.length - 1]!.j };
}

const LIST_NOUN_RE = /^(?:towns?|villages?|cities|city|provinces?|governorates?|areas?)$/;

/** The places of a list starting at token i: "A, B and C", "A & B", "the towns of A or B". */
function listedPlaces(text: string, toks: Tok[], first: number): SpanMatch[] {
  const found: SpanMatch[] = [];
  let i = first;
  if (toks[i]?.w === "the") i++;
  if (toks[i] && LIST_NOUN_RE.test(toks[i]!.w) && toks[i + 1]?.w === "of") i += 2;
  while (i < toks.length) {
    const m = matchAt(text, toks, i, true);
    if (!m) break;
    found.push(m);
    const next = nextListItem(text, toks, m.j);
    if (next === null) break;
    i = next;
    if (toks[i]?.w === "the") i++;
  }
  return found;
}

/** The token after the separator (", ", ", and ", " and ", " or ", " & ") that follows token j; null at the end of the list. */
function nextListItem(text: string, toks: Tok[], j: number): number | null {
  const after = toks[j + 1];
  if (!after) return null;
  const gap = text.slice(toks[j]!.end, after.start);
  if (/^\s*,\s*$/.test(gap)) return after.w === "and" ? j + 2 : j + 1;
  if (/^\s+$/.test(gap) && (after.w === "and" || after.w === "or")) return j + 2;
  if (/^\s*&\s*$/.test(gap)) return j + 1;
  return null;
}

/** The region between the listed places: their mean position, and their governorate when they share one. */
function betweenLoc(text: string, toks: Tok[], k: number, found: SpanMatch[]): ResolvedLocation {
  const names: string[] = [];
  const govs = new Set<Governorate | null>();
  let lat = 0;
  let lon = 0;
  for (const m of found) {
    const g = governorateNamed(m.place, text.slice(toks[m.i]!.start, toks[m.j]!.end));
    names.push(g !== null ? g : m.place.name);
    govs.add(m.place.governorate);
    lat += m.place.lat;
    lon += m.place.lon;
  }
  const start = toks[k]!.start;
  const end = toks[found[found.length - 1]!.j]!.end;
  return {
    place: `between ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`,
    placeId: null,
    province: govs.size === 1 ? [...govs][0]! : null,
    lat: round4(lat / found.length),
    lon: round4(lon / found.length),
    geoPrecision: 3,
    phrase: text.slice(start, end),
    start,
    end,
    cue: "between",
  };
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;

/** Re-read a plain list item with the cue of its neighbour ("the deserts of Deir Ezzor, Homs and Sweida"). */
function withCue(loc: ResolvedLocation, p: GazetteerPlace, govNamed: Governorate | null, cue: LocationCue): ResolvedLocation {
  const { phrase, start, end } = loc;
  if (cue === "province") {
    const g = govNamed ?? p.governorate;
    return g ? locFromGovernorate(g, phrase, start, end, "province") : loc;
  }
  if (cue === "desert") return desertLoc(p, govNamed, phrase, start, end);
  if (cue === "countryside") return countrysideLoc(p, govNamed, false, phrase, start, end);
  if (cue === "near") return locFromPlace(p, nearPrecision(p), phrase, start, end, "near");
  return loc;
}

const INHERITABLE: ReadonlySet<LocationCue> = new Set(["province", "desert", "countryside", "near"]);

/** The place and governorate behind a plain (single-name) result, for list propagation; null for other results. */
type PlaceOf = { p: GazetteerPlace; govNamed: Governorate | null } | null;

/** What starts at a token: a located phrase, or (loc null) a rejected name to skip; lastTok is where it ends. */
interface Found {
  loc: ResolvedLocation | null;
  placeOf: PlaceOf;
  lastTok: number;
}

/** Every place phrase in a piece of text (a sentence), in text order. */
export function findLocations(text: string): ResolvedLocation[] {
  const toks = tokenize(text);
  const out: ResolvedLocation[] = [];
  const placeOf: PlaceOf[] = [];
  if (!toks.length) return out;
  const titleCase = isTitleCase(toks);
  for (let i = 0; i < toks.length; i++) {
    const f = foundAt(text, toks, i, titleCase, out[out.length - 1]);
    if (!f) continue;
    if (f.loc) {
      out.push(f.loc);
      placeOf.push(f.placeOf);
    }
    i = f.lastTok;
  }
  shareCueForwards(text, out, placeOf);
  shareProvinceBackwards(text, out, placeOf);
  markRoadEnds(text, out);
  return out;
}

/** The phrase starting at token i, if any; `prev` is the result found before it. */
function foundAt(text: string, toks: Tok[], i: number, titleCase: boolean, prev: ResolvedLocation | undefined): Found | null {
  const t = toks[i]!;
  if (t.w === "between") {
    const b = parseBetween(text, toks, i);
    if (b) return { loc: b.loc, placeOf: null, lastTok: b.lastTok };
  }
  if (!t.cap && !ARTICLES.has(t.w)) return null;
  const prevW = toks[i - 1]?.w;
  const m = matchAt(text, toks, i, prevW !== undefined && LOOSE_TRIGGER.has(prevW));
  if (!m) return null;
  if (rejectByNeighbours(text, toks, m, titleCase)) return { loc: null, placeOf: null, lastTok: m.j };
  const badiya = m.place.id === "cur:badiya" ? badiyaOfPhrase(text, toks, m) : null;
  if (badiya) return { loc: badiya.loc, placeOf: null, lastTok: badiya.lastTok };
  const { loc, lastTok } = classify(text, toks, m);
  if (m.tier === "loose") loc.loose = true;
  trimOverlap(text, loc, prev);
  const spanText = text.slice(toks[m.i]!.start, toks[m.j]!.end);
  return { loc, placeOf: { p: m.place, govNamed: governorateNamed(m.place, spanText) }, lastTok };
}

/** "the Badiya of X", "Badiya al-X": the Badiya matched at m, named after the place that follows it. */
function badiyaOfPhrase(text: string, toks: Tok[], m: SpanMatch): { loc: ResolvedLocation; lastTok: number } | null {
  const t = toks[m.i]!;
  let k = m.j + 1;
  const gap = toks[k] ? text.slice(toks[m.j]!.end, toks[k]!.start) : "";
  if (/^\s+$/.test(gap) && /^(?:desert|region|steppe|area)$/.test(toks[k]?.w ?? "") && toks[k + 1]?.w === "of") k++;
  if (/^\s+$/.test(gap) && toks[k]?.w === "of") k++;
  if (toks[k]?.w === "the") k++;
  const inner = toks[k] && joined(text, toks[k - 1]!, toks[k]!) ? matchAt(text, toks, k, true) : null;
  if (!inner || inner.place.id === "cur:badiya") return null;
  const innerText = text.slice(toks[inner.i]!.start, toks[inner.j]!.end);
  const before = text.slice(Math.max(0, t.start - 5), t.start).toLowerCase();
  const start = /the\s+$/.test(before) ? t.start - before.length + before.lastIndexOf("the") : t.start;
  const end = toks[inner.j]!.end;
  return { loc: badiyaOf(inner.place, governorateNamed(inner.place, innerText), text.slice(start, end), start, end), lastTok: inner.j };
}

/** A cue that swallowed the previous result is trimmed back, so that results never overlap. */
function trimOverlap(text: string, loc: ResolvedLocation, prev: ResolvedLocation | undefined): void {
  if (!prev || loc.start >= prev.end) return;
  loc.start = prev.end;
  while (loc.start < loc.end && /\s/.test(text[loc.start]!)) loc.start++;
  loc.phrase = text.slice(loc.start, loc.end);
}

/** A result that can take its cue from a list it is part of. */
function isPlain(l: ResolvedLocation): boolean {
  return l.cue === "bare" || l.cue === "in";
}

/** Lists share their cue forwards: "the deserts of Deir Ezzor, Homs and Sweida". */
function shareCueForwards(text: string, out: ResolvedLocation[], placeOf: PlaceOf[]): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const mb = placeOf[k];
    if (mb && a.cue && INHERITABLE.has(a.cue) && isPlain(b) && LIST_GAP.test(text.slice(a.end, b.start))) out[k] = withCue(b, mb.p, mb.govNamed, a.cue);
    // "towards / the border with Iraq and Deir Ezzor": the whole list is a destination or a landmark
    else if (a.cue === "to" && isPlain(b) && LIST_GAP.test(text.slice(a.end, b.start))) out[k] = { ...b, cue: "to" };
  }
}

/** A plural province word reaches back over its list: "in Homs and Hama provinces". */
function shareProvinceBackwards(text: string, out: ResolvedLocation[], placeOf: PlaceOf[]): void {
  let plural = false;
  for (let k = out.length - 1; k >= 0; k--) {
    const b = out[k]!;
    const mb = placeOf[k];
    const next = out[k + 1];
    if (plural && next && mb && isPlain(b) && LIST_GAP.test(text.slice(b.end, next.start))) {
      out[k] = withCue(b, mb.p, mb.govNamed, "province");
      continue;
    }
    plural = b.cue === "province" && /\b(?:provinces|governorates)$/i.test(b.phrase);
  }
}

/**
 * "on the Deir Ezzor–Palmyra road", "the Aleppo-Damascus highway": the towns a road joins are landmarks,
 * not where it happened (weak, like "towards X"); a named place near the road wins.
 */
function markRoadEnds(text: string, out: ResolvedLocation[]): void {
  for (let k = 0; k < out.length; k++) {
    const b = out[k]!;
    if (!isPlain(b)) continue;
    const after = text.slice(b.end, b.end + 40);
    const before = text.slice(Math.max(0, b.start - 3), b.start);
    if (ROAD_AFTER_RE.test(after) || (/[–—-]\s*$/.test(before) && /^\s+(?:road|highway|motorway|route)\b/i.test(after))) out[k] = { ...b, cue: "to" };
  }
}
const ROAD_AFTER_RE = /^\s*[–—-]\s*(?:al-|as-|ar-|ad-|ash-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:road|highway|motorway|route|international\s+road)\b/;

/** "in Idlib", "Daraa": a provincial capital named bare, which may mean the city or its governorate. */
export function isBareCapital(l: { place: string | null; province: string | null; geoPrecision: number | null; cue?: LocationCue }): boolean {
  return l.place !== null && l.place === l.province && l.geoPrecision === 1 && (l.cue === undefined || l.cue === "bare" || l.cue === "in");
}

const CUE_PENALTY: Partial<Record<LocationCue, number>> = { from: 10, to: 10 };

/** "east of Latakia": a bearing from a landmark. */
const BEARING_RE = /\b(?:north|south|east|west)[a-z-]*\s+of\b/i;

/**
 * The single best location for an incident told in `text`: the most specific phrase wins (1 before 2
 * before 3), earlier before later; places only mentioned as an origin or destination ("from X", "to X")
 * count only when nothing else is there.
 */
export function resolveLocation(text: string): ResolvedLocation | null {
  const all = findLocations(text);
  mergeNeighbours(text, all);
  const top = mostSpecific(all, text);
  if (top && isPeoplesOrigin(text, top)) return null;
  return top ? (namedLocality(text, top, all) ?? framedUnlisted(text, top, all) ?? namedLandmark(text, top, all) ?? top) : theCapital(text);
}

// "families displaced from Aleppo who fled to Deir Ezzor": where the victims came from or went, never where
// they were hit; with nothing else in the sentence, the place comes from the article's context
const ORIGIN_BEFORE_RE = /\b(?:displaced|fled|flee(?:ing)?|originally|hailing|evacuated|deported|returned|returning|moved)\s+(?:from\s+|to\s+)?$/i;
// ("originally from Hasakah province": a governorate's phrase that starts with "from" is cued "province")
const isPeoplesOrigin = (text: string, l: ResolvedLocation) =>
  (l.cue === "from" || l.cue === "to" || /^(?:from|to)\s/i.test(l.phrase)) && ORIGIN_BEFORE_RE.test(text.slice(Math.max(0, l.start - 30), l.start));

// "in the Syrian capital", "in the capital": in a report on Syria, Damascus (docs/labelling.md)
const CAPITAL_RE = /\b(?:in|near|on|of|around|across|outside)\s+the\s+(?:Syrian\s+)?capital\b(?!\s+(?:of\b|city\s+of\b|[A-Z]))/;

function theCapital(text: string): ResolvedLocation | null {
  const m = CAPITAL_RE.exec(text);
  const damascus = m ? lookupPlace("Damascus") : null;
  return m && damascus ? locFromPlace(damascus, 1, m[0], m.index, m.index + m[0].length, "bare") : null;
}

// "the Idlib town of Saraqeb", "the Damascus suburb of Beit Jinn": the first name only says where the second is
const QUALIFIER_BEFORE_RE =
  /\bthe\s+(?:[\w'’-]+\s+){1,3}?(?:countryside\s+)?(?:town|city|village|suburbs?|district|neighbou?rhood|camp|quarter)\s+(?:of\s+(?:the\s+)?)?$/i;

const QUALIFIER_GAP_RE = /^\s*(?:(?:countryside\s+)?(?:town|city|village|suburbs?|district|neighbou?rhood|camp|quarter)\s+)?(?:of\s+(?:the\s+)?)?$/i;

/** A governorate's seat naming where the next name is ("the Idlib town of Saraqeb"; not "the Khaldiyeh district of Homs"). */
const qualifies = (text: string, a: ResolvedLocation, b: ResolvedLocation, gap: string) =>
  a.place === a.province && QUALIFIER_GAP_RE.test(gap) && QUALIFIER_BEFORE_RE.test(text.slice(a.start, b.start));

/** Drop names framed by a place in another governorate, and merge lists of areas of one governorate. */
function mergeNeighbours(text: string, all: ResolvedLocation[]): void {
  dropListedNeighbourhoods(text, all);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!;
    const b = all[k + 1]!;
    const gap = text.slice(a.end, b.start);
    if (framedElsewhere(a, b, gap) || qualifies(text, a, b, gap)) {
      all.splice(k, 1);
      k--;
      continue;
    }
    const merged = areaListLoc(text, a, b, gap);
    if (merged) {
      all.splice(k, 2, merged);
      k--;
    }
  }
}

/**
 * "the village of Saida in the western countryside of Ain Issa": a name framed by a place in another
 * governorate is a homonym or a false match; the frame is where it happened.
 */
/**
 * "shells on the neighborhoods of al-Masharfah, al-Shahbaa ... in the city of Aleppo": names listed as a city's
 * neighbourhoods are that city's, whatever town elsewhere the gazetteer knows by the same name.
 */
function dropListedNeighbourhoods(text: string, all: ResolvedLocation[]): void {
  const city = all.find((l) => l.cue === "city" && l.province !== null);
  if (!city) return;
  for (let k = all.length - 1; k >= 0; k--) {
    const a = all[k]!;
    if (a.cue !== "bare" || a.end > city.start || a.province === null || a.province === city.province) continue;
    const before = text.slice(Math.max(0, a.start - 250), a.start);
    if (NEIGHBOURHOODS_OF_RE.test(before) && !/[.;]/.test(text.slice(a.end, city.start))) all.splice(k, 1);
  }
}
const NEIGHBOURHOODS_OF_RE = /\b(?:neighbou?rhoods|districts|quarters)\s+of\b[^.;]*$/i;

function framedElsewhere(a: ResolvedLocation, b: ResolvedLocation, gap: string): boolean {
  return (
    // ("al-Ghouta, in the western province of Homs": the Homs district, not the Damascus Ghouta)
    /^\s*,?\s*(?:in|of)\s+(?:the\s+(?:(?:north|south)?(?:east|west)?ern\s+|central\s+)?)?$/i.test(gap) &&
    b.province !== null &&
    a.province !== null &&
    a.province !== b.province &&
    (b.cue === "countryside" || b.cue === "province" || b.cue === "desert" || b.cue === "near") &&
    !(a.province === "Damascus" && b.province === "Rif Dimashq")
  );
}

/** "in the Al-Bukamal and Al-Mayadin areas": several places of one governorate, told as a region. */
function areaListLoc(text: string, a: ResolvedLocation, b: ResolvedLocation, gap: string): ResolvedLocation | null {
  if (
    LIST_GAP.test(gap) &&
    /\b(?:areas|regions|countrysides|districts)\s*$/i.test(text.slice(b.start, b.end)) &&
    a.province !== null &&
    a.province === b.province
  )
    return locFromGovernorate(a.province, text.slice(a.start, b.end), a.start, b.end, "area");
  return null;
}

/** The location with the lowest score, the earliest among equals. */
function mostSpecific(all: ResolvedLocation[], text = ""): ResolvedLocation | null {
  let top: ResolvedLocation | null = null;
  let topScore = Infinity;
  for (const l of all) {
    const s = specificityScore(l, all) + (isModifier(l, text) ? 0.6 : 0);
    if (s < topScore) {
      top = l;
      topScore = s;
    }
  }
  return top;
}

// "Massacre against Shahba children ... shelling on Tal Rifaat": a name used as a modifier of people says
// where they come from; a name after a preposition says where it happened
const PEOPLE_AFTER_RE = new RegExp(
  String.raw`^\s+(?:children|residents|people|civilians|natives|families|family|villagers|youths?|men|women|tribe|clan|notables|fighters` +
    String.raw`|rebels|farmers|displaced|forces|government|authorities|regime)\b`,
);
const isModifier = (l: ResolvedLocation, text: string) => l.cue === "bare" && PEOPLE_AFTER_RE.test(text.slice(l.end, l.end + 24));

/** Lower is more specific: the precision, plus penalties for an origin or destination, a bare capital and a bearing. */
function specificityScore(l: ResolvedLocation, all: ResolvedLocation[]): number {
  // "In Daraa, ... near the town of Nawa": a bare provincial capital often means its governorate; a named
  // place of the same governorate in the sentence is more specific
  const capital = isBareCapital(l) && all.some((o) => o !== l && o.province === l.province && !isBareCapital(o) && o.place !== o.province);
  // "east of Latakia, ... near the village of Al-Mukhtariya": a bearing from a landmark is less specific
  const bearing = l.cue === "near" && BEARING_RE.test(l.phrase) ? 0.5 : 0;
  return (l.geoPrecision ?? 4) + (l.cue ? (CUE_PENALTY[l.cue] ?? 0) : 0) + (capital ? 1.5 : 0) + bearing;
}

/**
 * "in the village of Um al-Kaif, on the outskirts of Tal Tamr": a named village the gazetteer lacks is
 * still where it happened; it takes the governorate and coordinates of the place that frames it. (A bearing
 * from a town, "near the village of Hilwa, east of Qamishli", is left to framedUnlisted.)
 */
function namedLocality(text: string, top: ResolvedLocation, all: ResolvedLocation[]): ResolvedLocation | null {
  if (top.province === null || (top.geoPrecision ?? 3) < 2 || !UNKNOWN_LOCALITY_HINT_RE.test(text)) return null;
  if (BEARING_RE.test(top.phrase)) return null;
  for (const um of text.matchAll(UNKNOWN_LOCALITY_RE)) {
    const name = um[1]!;
    const start = um.index! + um[0].length - name.length;
    const end = start + name.length;
    if (all.some((o) => o.start < end && o.end > start) || lookupPlace(name)) continue;
    if (Math.abs(start - top.start) > 160) continue;
    const phrase = text.slice(um.index!, end).trim();
    return { ...top, place: name, placeId: null, geoPrecision: top.geoPrecision === 3 ? 3 : 2, phrase, start, end, cue: "near" };
  }
  return null;
}

/**
 * "in the town of Anadan, north of Aleppo", "near Kafr Ruma in Idlib province", "in Benin in the south of Idlib": a
 * name the gazetteer lacks, told right before the coarser place that frames it, is where it happened; it takes
 * that place's governorate and point.
 */
function framedUnlisted(text: string, top: ResolvedLocation, all: ResolvedLocation[]): ResolvedLocation | null {
  if (top.province === null || (top.geoPrecision ?? 3) < 2) return null;
  const from = Math.max(0, top.start - 90);
  const m = FRAMED_NAME_RE.exec(text.slice(from, top.start));
  const name = m?.[1];
  if (!name || !unlisted(name) || NOT_A_PLACE_RE.test(name)) return null;
  const start = from + m.index + m[0].indexOf(name);
  const end = start + name.length;
  if (all.some((o) => o !== top && o.start < end && o.end > start)) return null;
  return { ...top, place: name, placeId: null, geoPrecision: 2, phrase: text.slice(start, top.end), start, end, cue: "near" };
}

/**
 * A named spot in or near the place found: "at al-Jawzah roundabout in Ras al-Ayn", "the Iskenderun
 * checkpoint near al-Hol", "in the Mar Elias Church". The place becomes "<spot>, <town>", with the town's
 * governorate and coordinates.
 */
function namedLandmark(text: string, top: ResolvedLocation, all: ResolvedLocation[]): ResolvedLocation | null {
  if (top.province === null || !LANDMARK_HINT_RE.test(text)) return null;
  for (const lm of text.matchAll(LANDMARK_RE)) {
    const raw = (lm[1] ?? lm[2])!;
    const name = raw.trim();
    const start = lm.index! + lm[0].indexOf(raw);
    const end = start + name.length;
    if (all.some((o) => o.start < end && o.end > start) || Math.abs(start - top.start) > 120) continue;
    // (a countryside, desert or area around a town is no town to name the spot by)
    const region = top.cue !== undefined && ["countryside", "desert", "province", "area", "badiya", "between", "directional"].includes(top.cue);
    const town = top.place !== null && (top.geoPrecision ?? 3) <= 2 && !region ? top.place : null;
    const place = town ? `${name}, ${town}` : name;
    return { ...top, place, placeId: null, phrase: text.slice(lm.index!, end).trim(), start, end, cue: "near" };
  }
  return null;
}

// Type nouns of a named spot, in lower case or capitalised ("Mar Elias Church", "al-Jawzah roundabout").
const LANDMARK_TYPES = [
  "roundabout|road|highway|checkpoint|camp|church|mosque|prison|jail|square|street|bridge|axis|neighbou?rhood|district|quarter",
  "market|souk|hospital|school|university|crossing|junction|airport|air\\s+base|base|dam|stadium|garage|station|factory|oilfield",
]
  .join("|")
  .split("|")
  .map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`)
  .join("|");
const LANDMARK_NAME = String.raw`(?:(?:al|el|as|ash|ad|ar|at|az)-)?[A-Z][\p{L}'’-]+`;
const LANDMARK_HINT_RE = new RegExp(String.raw`\b(?:${LANDMARK_TYPES})\b`, "i");
// "(at|in|on|near) (the) <Name> <type>" or "the <type> of <Name>"
const LANDMARK_RE = new RegExp(
  String.raw`\b(?:at|in|on|near|inside|outside|targeting|hit|struck)\s+(?:the\s+)?(${LANDMARK_NAME}(?:\s+${LANDMARK_NAME}){0,2}\s+(?:${LANDMARK_TYPES}))\b|` +
    String.raw`\bthe\s+((?:${LANDMARK_TYPES})\s+of\s+${LANDMARK_NAME}(?:\s+${LANDMARK_NAME}){0,2})`,
  "gu",
);
/**
 * The name in "the town of Tal Hawash", "the village of Um al-Kaif" when the gazetteer lacks it: still a
 * place of its own, different from any other named there.
 */
export function unlistedLocality(text: string): string | null {
  for (const m of text.matchAll(UNLISTED_LOCALITY_RE)) if (!lookupPlace(m[1]!)) return m[1]!;
  return null;
}
/**
 * "Ketyan village in Idlib countryside", "al-Zablatani area in the capital": a named spot the gazetteer lacks,
 * told with what kind of place it is, inside the coarser place found (its name, that place's point).
 */
export function unlistedSpotIn(text: string, loc: ResolvedLocation): ResolvedLocation | null {
  const name = spotName(text) ?? unlistedLocality(text);
  if (!name || !unlisted(name)) return null;
  return { ...loc, place: name, placeId: null, geoPrecision: loc.geoPrecision === 1 ? 2 : loc.geoPrecision, phrase: name };
}

/** "bombed Shannan village": the name of a spot the gazetteer lacks, told with what kind of place it is. */
export function unlistedSpotName(text: string): string | null {
  const name = spotName(text);
  return name && unlisted(name) ? name : null;
}

/**
 * "20 civilians were killed in Hammouriyah, 7 (one family) in Otaya, 12 in Saqba": the name right after a figure
 * of a list of places, which the caller trusts only beside places the gazetteer knows.
 */
export function nameAfterFigure(text: string): string | null {
  return NAME_AFTER_FIGURE_RE.exec(text)?.[1] ?? null;
}

// ("in the eastern Idlib town of Kefraya": not the governorate before "town", the name after it)
const spotName = (text: string) => {
  for (const m of text.matchAll(UNLISTED_SPOT_RE)) {
    const name = (m[1] ?? m[2])!;
    if (!normalizeGovernorate(name)) return name;
  }
  return null;
};
const unlisted = (name: string) => !lookupPlace(name) && !normalizeGovernorate(name);
const SPOT_TYPES = String.raw`village|town|neighbou?rhoods?|area|district|quarter|camp|square`;

/** An Arabic article before a transliterated name ("al-", "ash-"). */
export const ARTICLE_SRC = String.raw`(?:(?:al|el|as|ash|ad|ar|at|az)-)?`;
// ("Karm al Louz": an article may stand apart between the capitalised words)
const LOCALITY_NAME = String.raw`(${ARTICLE_SRC}[A-Z][\p{L}'’]+(?:(?:\s|-)(?:(?:al|el)\s)?${ARTICLE_SRC}[A-Z][\p{L}'’]+){0,2})`;
const NAME_AFTER_FIGURE_RE = new RegExp(
  String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(?:others?\s+|more\s+)?(?:(?:were|was)\s+killed\s+|died\s+)?in\s+(${ARTICLE_SRC}[A-Z][\p{L}'’]+)`,
  "u",
);
const UNLISTED_SPOT_RE = new RegExp(
  String.raw`\b(?:in|into|at|on|near|inside|hit|struck|targeted|targeting|shelled|bombed)\s+` +
    // ("in the western al-Nashwa neighborhood": a part of the city by its bearing)
    String.raw`(?:the\s+(?:(?:old|besieged|[a-z]+-held|(?:north|south)?(?:east|west)ern|northern|southern|central)\s+)?)?` +
    String.raw`${LOCALITY_NAME}\s+(?:${SPOT_TYPES})\b` +
    String.raw`|\b(?:${SPOT_TYPES})\s+of\s+${LOCALITY_NAME}`,
  "gu",
);
// "<prep> (the town of) <Name>( village)" right before its frame: ", north of X", " in X province", " (33 km east of X)"
const FRAMED_NAME_RE = new RegExp(
  String.raw`\b(?:in|near|close\s+to|into|on|at|around|outside|targeting|targeted|hit|struck|shelled|bombed)\s+(?:the\s+)?` +
    String.raw`(?:(?:town|village|hamlet|city|neighbou?rhood|district|area|camp|suburb)\s+of\s+)?${LOCALITY_NAME}` +
    String.raw`(?:\s+(?:village|town|hamlet|neighbou?rhood|district|area|camp))?\s*[,(]?\s*(?:(?:in|to)\s+the\s+|in\s+)?` +
    // ("in al-Jina, a rebel-held village southwest of Atarib": what kind of place it is, then its frame)
    String.raw`(?:an?\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|neighbou?rhood|district|suburb|area)\s+)?$`,
  "u",
);
// Capitalised words that open no place name: dates, countries, operations and armed groups
const NOT_A_PLACE_RE = new RegExp(
  String.raw`^(?:(?:al|el)-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday` +
    String.raw`|Wednesday|Thursday|Friday|Saturday|Sunday|Ramadan|Eid|Syria|Turkey|Iraq|Lebanon|Jordan|Israel|Russia|Iran|Assad` +
    String.raw`|[A-Z][a-z]+(?:ian|ish|ite|ese)|Operation|Islamic|State|Army|Forces|Front|Brigades?|Division|Council|Ministry|Observatory` +
    String.raw`|Hayat|Hayyat|Jaish|Jabhat|Ahrar|Liwa|[A-Z]{2,})\b`,
  "u",
);
const UNLISTED_LOCALITY_RE = new RegExp(String.raw`\b(?:town|village|hamlet|city|neighbou?rhood|district|camp)\s+of\s+${LOCALITY_NAME}`, "gu");
const UNKNOWN_LOCALITY_HINT_RE = /\b(?:village|hamlet|farms?)\s+of\s+[A-Z]/;
const UNKNOWN_LOCALITY_RE = new RegExp(String.raw`\b(?:village|hamlet|farms?)\s+of\s+${LOCALITY_NAME}`, "gu");
