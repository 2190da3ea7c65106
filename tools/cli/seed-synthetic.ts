// npm run seed:synthetic -- --incidents 1000000 [--clear]
// Loads a realistic synthetic set for benchmarks: gazetteer places weighted by population,
// dates 2011-2025 with the war's intensity curve, heavy-tailed death counts, several
// perpetrators. Rows are marked synthetic: they form their own dataset (`?dataset=synthetic`)
// and never mix with the real incidents. Rows are generated inside PostgreSQL in batches;
// the rollup trigger is switched off for the load and the rollups rebuilt once at the end.
import { SingleBar, Presets } from "cli-progress";
import { db } from "@/lib/db/client";
import { ROLLUPS } from "@/lib/db/rollups";
import { allPlaces } from "@/lib/extract/places";
import { runCli, withDatabase } from "./with-database";

const PERPETRATORS: [string | null, number][] = [
  ["Syrian government forces", 30],
  ["Islamic State", 22],
  ["Russian forces", 10],
  [null, 10],
  ["SDF", 7],
  ["Turkish forces", 7],
  ["HTS", 6],
  ["Israel", 3],
  ["US-led coalition", 3],
  ["Rebels", 2],
];
const TARGETS = ["Civilians", "Syrian government forces", "Rebels", "Islamic State", "SDF", "HTS", "Iranian-backed militias"];
const BATCH = 100_000;

function parseArgs(argv: string[]): { incidents: number; clear: boolean } {
  let incidents = 0;
  let clear = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--clear") clear = true;
    else if (a === "--incidents") {
      const v = argv[++i];
      if (!v || !/^\d+$/.test(v) || Number(v) > 20_000_000) throw new Error("--incidents takes a whole number up to 20,000,000");
      incidents = Number(v);
    } else throw new Error(`Unknown argument ${a}. Usage: npm run seed:synthetic -- --incidents N [--clear]`);
  }
  if (!clear && !incidents) throw new Error("Nothing to do. Usage: npm run seed:synthetic -- --incidents N [--clear]");
  return { incidents, clear };
}

/** Places repeated by weight (log of population), so that cities get more incidents than hamlets. */
function weightedPlaces() {
  const out: { id: string; name: string; province: string; lat: number; lon: number }[] = [];
  for (const p of allPlaces()) {
    if (!p.governorate || p.kind === "governorate") continue;
    const weight = 1 + Math.round(Math.log10(Math.max(10, p.population)));
    for (let i = 0; i < weight; i++) out.push({ id: p.id, name: p.name, province: p.governorate, lat: p.lat, lon: p.lon });
  }
  return out;
}

async function clearSynthetic(): Promise<number> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      const n = await tx.$executeRaw`DELETE FROM "Incident" WHERE "synthetic" = true`;
      await tx.$queryRaw`SELECT incident_rollup_rebuild(true)::text`;
      return n;
    },
    { timeout: 600_000 },
  );
}

async function load(count: number): Promise<void> {
  const places = weightedPlaces();
  const perps = PERPETRATORS.flatMap(([p, w]) => Array<string | null>(w).fill(p));
  const bar = new SingleBar({ format: "synthetic incidents |{bar}| {percentage}% {value}/{total} {eta_formatted} left" }, Presets.shades_classic);
  bar.start(count, 0);
  // Upsert the places the incidents point to.
  const unique = [...new Map(places.map((p) => [p.id, p])).values()];
  const full = new Map(allPlaces().map((p) => [p.id, p]));
  await db().place.createMany({
    data: unique.map((p) => {
      const g = full.get(p.id)!;
      return {
        id: g.id,
        name: g.name,
        alternateNames: g.alternateNames,
        governorate: g.governorate,
        lat: g.lat,
        lon: g.lon,
        kind: g.kind,
        population: g.population,
        source: g.source,
      };
    }),
    skipDuplicates: true,
  });
  // Index upkeep row by row is what makes a bulk insert slow (~5x here); the secondary indexes
  // are dropped for the load and built again once at the end, even when the load fails.
  const indexes = await db().$queryRaw<{ name: string; def: string }[]>`
    SELECT indexname::text AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'Incident' AND indexname <> 'Incident_pkey'`;
  for (const ix of indexes) await db().$executeRawUnsafe(`DROP INDEX IF EXISTS "${ix.name}"`);
  try {
    await insertBatches(count, places, perps, bar);
  } finally {
    bar.stop();
    process.stdout.write(`Rebuilding ${indexes.length} indexes, rollups and statistics… `);
    await db().$executeRawUnsafe(`SET maintenance_work_mem = '512MB'`);
    for (const ix of indexes) await db().$executeRawUnsafe(ix.def.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS "));
  }
  await db().$queryRaw`SELECT incident_rollup_rebuild(true)::text`;
  for (const t of ["Incident", ...ROLLUPS.map((r) => r.table)]) await db().$executeRawUnsafe(`ANALYZE "${t}"`);
  console.log("done.");
}

type Place = { id: string; name: string; province: string; lat: number; lon: number };

async function insertBatches(count: number, places: Place[], perps: (string | null)[], bar: SingleBar): Promise<void> {
  for (let done = 0; done < count; done += BATCH) {
    const n = Math.min(BATCH, count - done);
    await db().$transaction(
      async (tx) => {
        // Without the per-row rollup trigger for this load; the rollups are rebuilt below.
        await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
        await tx.$executeRaw`
        WITH p AS (
          SELECT * FROM unnest(${places.map((x) => x.id)}::text[], ${places.map((x) => x.name)}::text[], ${places.map((x) => x.province)}::text[],
                               ${places.map((x) => x.lat)}::float8[], ${places.map((x) => x.lon)}::float8[])
                   WITH ORDINALITY AS t(id, name, province, lat, lon, k)
        ),
        g AS (
          SELECT s,
                 1 + floor(random() * ${places.length})::int AS pk,
                 1 + floor(random() * ${perps.length})::int AS rk,
                 random() AS u_date, random() AS u_killed, random() AS u_geo, random() AS u_target, random() AS u_inj
          FROM generate_series(1, ${n}) s
        )
        INSERT INTO "Incident" ("date", "datePrecision", "placeName", "placeId", "province", "lat", "lon", "geoPrecision",
                                "perpetrator", "target", "killed", "killedLow", "killedHigh", "injured", "evidence", "synthetic", "updatedAt")
        SELECT d.date,
               (CASE WHEN g.u_geo < 0.8 THEN 'day' WHEN g.u_geo < 0.93 THEN 'week' ELSE 'month' END)::"DatePrecision",
               p.name, p.id, p.province,
               p.lat + CASE WHEN g.u_geo < 0.6 THEN 0 ELSE (random() - 0.5) * 0.2 END,
               p.lon + CASE WHEN g.u_geo < 0.6 THEN 0 ELSE (random() - 0.5) * 0.2 END,
               CASE WHEN g.u_geo < 0.6 THEN 1 WHEN g.u_geo < 0.9 THEN 2 ELSE 3 END,
               (${perps}::text[])[g.rk],
               (${TARGETS}::text[])[1 + floor(g.u_target * ${TARGETS.length})::int],
               k.killed, k.killed, k.killed + floor(k.killed * 0.3)::int,
               CASE WHEN g.u_inj < 0.4 THEN floor(k.killed * 1.5 * random())::int ELSE NULL END,
               'Synthetic incident for benchmarks: ' || k.killed || ' killed near ' || p.name || '.',
               true, now()
        FROM g
        JOIN p ON p.k = g.pk
        -- Dates: 2011-03-15 to 2025-12-31, denser in 2013-2017 (the war's deadliest years).
        CROSS JOIN LATERAL (SELECT (DATE '2011-03-15' + floor(
             CASE WHEN g.u_date < 0.55 THEN 660 + random() * 1826 ELSE random() * 5405 END)::int) AS date) d
        -- Deaths: Pareto-like tail (most incidents kill 1-3, a few kill hundreds), capped at 1000.
        CROSS JOIN LATERAL (SELECT LEAST(1000, floor(power(GREATEST(g.u_killed, 1e-6), -1.0 / 1.3)))::int AS killed) k`;
      },
      { timeout: 600_000 },
    );
    bar.update(done + n);
  }
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  await withDatabase(async () => {
    const t0 = Date.now();
    if (args.clear) {
      const n = await clearSynthetic();
      console.log(`Removed ${n} synthetic incident(s).`);
    }
    if (args.incidents) {
      await load(args.incidents);
      const secs = (Date.now() - t0) / 1000;
      const [row] = await db().$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Incident" WHERE "synthetic" = true`;
      console.log(
        `Loaded ${args.incidents.toLocaleString("en")} synthetic incidents in ${secs.toFixed(1)} s ` +
          `(${row?.n.toLocaleString("en")} in the synthetic dataset). See them with ?dataset=synthetic.`,
      );
    }
  });
});
