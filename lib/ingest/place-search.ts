// The gazetteer search behind the review page's place box: prefix matches on the name and
// its alternate spellings, accents and articles ignored, larger places first.
import { allPlaces, fold, type GazetteerPlace } from "@/lib/extract/places";

const strip = (s: string) =>
  fold(s)
    .replace(/[-‐]/g, " ")
    .replace(/^(al|ar|as|ad|az|el|an|at|ash)\s+/, "")
    .trim();

interface Entry {
  place: GazetteerPlace;
  keys: string[];
}
let index: Entry[] | null = null;

export function searchPlaces(query: string, limit = 10): GazetteerPlace[] {
  const q = strip(query);
  if (!q) return [];
  index ??= allPlaces().map((place) => ({ place, keys: [place.name, ...place.alternateNames].map(strip) }));
  const score = (e: Entry) => {
    if (e.keys[0] === q) return 0;
    if (e.keys.includes(q)) return 1;
    if (e.keys[0]!.startsWith(q)) return 2;
    if (e.keys.some((k) => k.startsWith(q))) return 3;
    if (e.keys.some((k) => k.includes(` ${q}`))) return 4;
    return 9;
  };
  return index
    .map((e) => ({ e, s: score(e) }))
    .filter((x) => x.s < 9)
    .sort(
      (a, b) =>
        a.s - b.s || (a.e.place.kind === "governorate" ? -1 : 0) - (b.e.place.kind === "governorate" ? -1 : 0) || b.e.place.population - a.e.place.population,
    )
    .slice(0, limit)
    .map((x) => x.e.place);
}
