// npm run bench:api [-- --incidents N] [--duration S] [--write] [--e2e] [--reload]
// (--reload: load the synthetic set again even when it is there, into a new .data-bench/)
//
// The read API at a million incidents, from one command on a fresh clone:
//  1. its own embedded PostgreSQL in .data-bench/ (never the app's .data/; DATABASE_URL, when
//     set, is used instead), migrations, and the synthetic set loaded when it holds fewer
//     than N incidents (scripts/seed-synthetic.ts as a child process, timed);
//  2. a production build when the sources changed, and the production server (scripts/serve.ts)
//     on a free port;
//  3. autocannon against every endpoint the dashboard calls, with 1 and 16 connections, after
//     a warm-up: p50/p95/p99 from every recorded response time, req/s, errors and non-2xx;
//     a streamed CSV export of ~100,000 rows: rows/s and the server's RSS while it streams;
//  4. the naive way (Prisma findMany of the rows, sums in JavaScript) for the timeline and
//     the governorate sums, with its ratio to the API;
//  5. PASS/FAIL against the targets of issue 6; `--write` puts the tables in
//     docs/benchmarks.md between <!-- bench:api --> and <!-- /bench:api -->;
//  6. `--e2e`: the Playwright check e2e/scale.spec.ts against the same server.
// The exit code is 0 when the measurement ran, whatever the targets say.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, openDatabase, ROOT, type Database } from "./lib/database";
import { buildIfNeeded } from "./lib/next-build";
import { cpuReferenceMs, cpuTimes, stealPercent } from "./lib/machine-speed";
import { ensurePrismaClient } from "./lib/prisma-cli";
import { measure, stopLoad, warmUp, type LoadResult } from "./lib/bench-load";
import { cpuSeconds, descendants, memoryOfTree, postgresPids, startNextServer, type BenchServer } from "./lib/bench-server";
import { fmtInt, fmtMB, fmtMs, mdTable, median, textTable } from "./lib/bench-stats";

const log = (s: string) => console.log(`[bench:api] ${s}`);

// ---------------------------------------------------------------------------------------------
// Arguments

interface Args {
  incidents: number;
  duration: number;
  warmup: number;
  serverWarmup: number;
  /** A measured run during which the hypervisor stole more than this share of CPU (%) is measured again, up to STEAL_TRIES times. */
  maxSteal: number;
  connections: number[];
  naiveRuns: number;
  csvRuns: number;
  write: boolean;
  e2e: boolean;
  reload: boolean;
  only: string | null;
  /** Rewrite the docs section from the raw results of the last run, without measuring. */
  render: boolean;
}

const USAGE =
  "Usage: npm run bench:api -- [--incidents N] [--duration S] [--warmup S] [--server-warmup S] [--max-steal P] [--connections 1,16] [--naive-runs K] [--csv-runs K] [--reload] [--write] [--e2e] [--only NAME] | --render";

/** A mistake on the command line: its message is the whole story, no stack trace. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { incidents: 1_000_000, duration: 5, warmup: 1, serverWarmup: 2, maxSteal: 5, connections: [1, 16], naiveRuns: 3, csvRuns: 3, write: false, e2e: false, reload: false, only: null, render: false };
  const num = (v: string | undefined, name: string, min: number, max: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} takes a number from ${min} to ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--incidents") a.incidents = Math.round(num(argv[++i], k, 1000, 20_000_000));
    else if (k === "--duration") a.duration = num(argv[++i], k, 1, 600);
    else if (k === "--warmup") a.warmup = num(argv[++i], k, 0, 60);
    else if (k === "--server-warmup") a.serverWarmup = num(argv[++i], k, 0, 60);
    else if (k === "--max-steal") a.maxSteal = num(argv[++i], k, 0, 100);
    else if (k === "--naive-runs") a.naiveRuns = Math.round(num(argv[++i], k, 0, 20));
    else if (k === "--csv-runs") a.csvRuns = Math.round(num(argv[++i], k, 1, 20));
    else if (k === "--connections") {
      const v = argv[++i] ?? "";
      a.connections = v.split(",").map((x) => Math.round(num(x, k, 1, 1000)));
    } else if (k === "--write") a.write = true;
    else if (k === "--e2e") a.e2e = true;
    else if (k === "--reload") a.reload = true;
    else if (k === "--render") a.render = true;
    else if (k === "--only") a.only = argv[++i] ?? null;
    else if (k === "--help" || k === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`Unknown argument ${k}\n${USAGE}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Cleanup: the server, the seed child, the Prisma client and the database stop on every exit path.

let server: BenchServer | null = null;
let database: Database | null = null;
let seedChild: ChildProcess | null = null;
let e2eChild: ChildProcess | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    for (const c of [seedChild, e2eChild]) if (c && c.exitCode === null) c.kill("SIGTERM");
    if (server) {
      log("Stopping the web server…");
      await server.stop().catch(() => {});
    }
    try {
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
    } catch {
      // never imported, or already closed
    }
    if (database?.embedded) {
      log("Stopping PostgreSQL…");
      await database.stop().catch(() => {});
    }
  })();
  return cleaning;
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void cleanup().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Database: size, load, vacuum

async function withPg<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

const syntheticCount = (url: string) =>
  withPg(url, async (c) => Number((await c.query(`SELECT COUNT(*)::bigint AS n FROM "Incident" WHERE "synthetic" = true`)).rows[0].n));

interface Sizes {
  database: number;
  incidentTable: number;
  incidentIndexes: number;
  indexes: { name: string; bytes: number }[];
  monthRollup: number;
  monthRollupRows: number;
  provinceRollup: number;
  provinceRollupRows: number;
  cellRollup: number;
  cellRollupRows: number;
  allIncidents: number;
}

async function sizes(url: string): Promise<Sizes> {
  return withPg(url, async (c) => {
    const one = async (sql: string) => Number((await c.query(sql)).rows[0].v);
    const indexes = (
      await c.query(`SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS bytes FROM pg_index WHERE indrelid = '"Incident"'::regclass ORDER BY 2 DESC`)
    ).rows.map((r) => ({ name: String(r.name).replace(/"/g, ""), bytes: Number(r.bytes) }));
    return {
      database: await one(`SELECT pg_database_size(current_database()) AS v`),
      incidentTable: await one(`SELECT pg_table_size('"Incident"') AS v`),
      incidentIndexes: await one(`SELECT pg_indexes_size('"Incident"') AS v`),
      indexes,
      monthRollup: await one(`SELECT pg_total_relation_size('"IncidentMonthRollup"') AS v`),
      monthRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentMonthRollup"`),
      provinceRollup: await one(`SELECT pg_total_relation_size('"IncidentProvinceMonthRollup"') AS v`),
      provinceRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentProvinceMonthRollup"`),
      cellRollup: await one(`SELECT pg_total_relation_size('"IncidentCellRollup"') AS v`),
      cellRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentCellRollup"`),
      allIncidents: await one(`SELECT COUNT(*) AS v FROM "Incident"`),
    };
  });
}

interface LoadInfo {
  incidents: number;
  seconds: number;
  date: string;
  /** Measured in this run (false: remembered from the run that loaded the data). */
  thisRun: boolean;
}

function loadMemoFile(): string | null {
  const dir = process.env.ATLAS_DATA_DIR;
  return dir && fs.existsSync(dir) ? path.join(dir, "atlas-bench-load.json") : null;
}

function runChild(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    seedChild = spawn(cmd, argv, { cwd: ROOT, stdio: "inherit", env });
    seedChild.on("error", reject);
    seedChild.on("close", (code) => {
      seedChild = null;
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${argv.join(" ")} failed (exit ${code})`));
    });
  });
}

async function loadSynthetic(url: string, incidents: number): Promise<LoadInfo> {
  log(`Loading ${fmtInt(incidents)} synthetic incidents: npx tsx scripts/seed-synthetic.ts --clear --incidents ${incidents}`);
  const t0 = process.hrtime.bigint();
  await runChild("npx", ["tsx", "scripts/seed-synthetic.ts", "--clear", "--incidents", String(incidents)], { ...process.env, DATABASE_URL: url });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const info: LoadInfo = { incidents, seconds, date: new Date().toISOString(), thisRun: true };
  const memo = loadMemoFile();
  if (memo) fs.writeFileSync(memo, JSON.stringify(info, null, 2));
  return info;
}

function rememberedLoad(): LoadInfo | null {
  const memo = loadMemoFile();
  if (!memo || !fs.existsSync(memo)) return null;
  try {
    return { ...(JSON.parse(fs.readFileSync(memo, "utf8")) as LoadInfo), thisRun: false };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Endpoints

type Target = "sums" | "clusters" | "page" | null;
interface Endpoint {
  name: string;
  label: string;
  path: string;
  target: Target;
  /** What the response holds, for the log (rows, mode). */
  shape?: string;
  /** Time of one request before the load runs. */
  probeMs?: number;
  /** Set when the endpoint was too slow to put under load (it would only queue up and time out). */
  skipped?: string;
}

/** A single request slower than this is reported as it is, not put under load. */
const PROBE_LIMIT_MS = 3000;

const BBOX_SYRIA = "35.5,32.3,42.4,37.4";
// zoom 8: the Aleppo-Idlib area; zoom 11: Homs city (cells of 1/64 degree, from the rows).
const BBOX_Z8 = "36.0,35.5,38.0,36.7";
const BBOX_Z11 = "36.66,34.69,36.76,34.76";

const q = (params: Record<string, string>) => new URLSearchParams({ dataset: "synthetic", ...params }).toString();

function endpoints(ids: { id: number; cursor: string }): Endpoint[] {
  return [
    { name: "timeline", label: "timeline (all)", path: `/api/stats/timeline?${q({})}`, target: "sums" },
    { name: "timeline-homs", label: "timeline province=Homs", path: `/api/stats/timeline?${q({ province: "Homs" })}`, target: "sums" },
    { name: "timeline-2016", label: "timeline year=2016", path: `/api/stats/timeline?${q({ year: "2016" })}`, target: "sums" },
    { name: "timeline-split", label: "timeline split=province", path: `/api/stats/timeline?${q({ split: "province" })}`, target: "sums" },
    { name: "provinces", label: "provinces (all)", path: `/api/provinces?${q({})}`, target: "sums" },
    { name: "provinces-2016", label: "provinces year=2016", path: `/api/provinces?${q({ year: "2016" })}`, target: "sums" },
    { name: "clusters-z6", label: "clusters zoom=6 (Syria)", path: `/api/map/clusters?${q({ bbox: BBOX_SYRIA, zoom: "6" })}`, target: "clusters" },
    { name: "clusters-z8", label: "clusters zoom=8 (Aleppo–Idlib)", path: `/api/map/clusters?${q({ bbox: BBOX_Z8, zoom: "8" })}`, target: "clusters" },
    { name: "clusters-z11", label: "clusters zoom=11 (Homs city)", path: `/api/map/clusters?${q({ bbox: BBOX_Z11, zoom: "11" })}`, target: "clusters" },
    { name: "incidents", label: "incidents limit=100", path: `/api/incidents?${q({ limit: "100" })}`, target: "page" },
    { name: "incidents-aleppo-2015", label: "incidents province=Aleppo&year=2015", path: `/api/incidents?${q({ limit: "100", province: "Aleppo", year: "2015" })}`, target: "page" },
    {
      name: "incidents-is-killed",
      label: "incidents perpetrator=Islamic State&sort=killed_desc",
      path: `/api/incidents?${q({ limit: "100", perpetrator: "Islamic State", sort: "killed_desc" })}`,
      target: "page",
    },
    { name: "incident", label: `incidents/${ids.id}`, path: `/api/incidents/${ids.id}`, target: null },
    // Last: when it is slow it leaves the server's heap large for whatever runs after it.
    { name: "incidents-page2", label: "incidents limit=100, 2nd page (cursor)", path: `/api/incidents?${q({ limit: "100", cursor: ids.cursor })}`, target: "page" },
  ];
}

async function getJson(base: string, p: string): Promise<{ status: number; body: unknown }> {
  const r = await fetch(base + p);
  const text = await r.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: r.status, body };
}

/** One request per endpoint before the load: it must answer 200, and its size goes in the log. */
function describe(body: unknown): string {
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.points)) return `${b.points.length} points`;
  if (Array.isArray(b.provinces)) return `${b.provinces.length} governorates`;
  if (Array.isArray(b.clusters)) return `${b.mode}, ${b.clusters.length} ${b.mode === "cells" ? "cells" : "points"}`;
  if (Array.isArray(b.incidents)) return `${b.incidents.length} rows of ${fmtInt(Number(b.total))}`;
  if (b.incident) return "1 incident";
  return "?";
}

// ---------------------------------------------------------------------------------------------
// CSV export

interface CsvRun {
  rows: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  rowsPerSec: number;
  rssBefore: number;
  rssPeak: number;
  rssHalf: number;
  rssEnd: number;
  rssAfter: number;
  /** CPU steal during the export, in percent, and the runs it took (see leastDisturbed). */
  steal?: number | null;
  tries?: number;
}

type CsvFilter = { params: Record<string, string>; expected: number; label: string };

async function csvFilter(url: string, want = 100_000): Promise<CsvFilter> {
  return withPg(url, async (c): Promise<CsvFilter> => {
    const months = (
      await c.query(`SELECT to_char(r."month", 'YYYY-MM-DD') AS m, SUM(r."incidents")::bigint AS n FROM "IncidentMonthRollup" r
                     WHERE r."synthetic" = true AND r."month" > DATE '0001-01-01' GROUP BY 1 ORDER BY 1`)
    ).rows.map((r) => ({ month: String(r.m), n: Number(r.n) }));
    const years = new Map<string, number>();
    for (const m of months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.n);
    const best = [...years].sort((a, b) => Math.abs(a[1] - want) - Math.abs(b[1] - want))[0];
    if (best && Math.abs(best[1] - want) <= want * 0.15) return { params: { year: best[0] }, expected: best[1], label: `year=${best[0]}` };
    // No single year holds about that many: a run of whole months instead.
    let bestRange: { from: string; to: string; n: number } | null = null;
    for (let i = 0; i < months.length; i++) {
      let n = 0;
      for (let j = i; j < months.length; j++) {
        n += months[j]!.n;
        if (!bestRange || Math.abs(n - want) < Math.abs(bestRange.n - want)) {
          const [y, mo] = months[j]!.month.split("-").map(Number) as [number, number];
          const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
          bestRange = { from: months[i]!.month, to: last, n };
        }
        if (n >= want) break;
      }
    }
    if (!bestRange) throw new Error("no synthetic incidents to export");
    return { params: { from: bestRange.from, to: bestRange.to }, expected: bestRange.n, label: `from=${bestRange.from}&to=${bestRange.to}` };
  });
}

async function csvRun(base: string, p: string, pid: number): Promise<CsvRun> {
  const rss = () => memoryOfTree(pid)?.rss ?? Number.NaN;
  await new Promise((r) => setTimeout(r, 500));
  const rssBefore = rss();
  let rssPeak = rssBefore;
  let rssHalf = Number.NaN;
  let rows = -1; // the header line is not a row
  let bytes = 0;
  let firstByteMs = Number.NaN;
  const samples: { bytes: number; rss: number }[] = [];
  const times0 = cpuTimes();
  const t0 = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const timer = setInterval(() => {
    const v = rss();
    if (v > rssPeak) rssPeak = v;
    samples.push({ bytes, rss: v });
  }, 50);
  try {
    await new Promise<void>((resolve, reject) => {
      const req = http.get(base + p, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`CSV export answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.on("data", (chunk: Buffer) => {
          if (Number.isNaN(firstByteMs)) firstByteMs = ms();
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
        });
        res.on("end", resolve);
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  } finally {
    clearInterval(timer);
  }
  const seconds = ms() / 1000;
  const steal = stealPercent(times0, cpuTimes());
  const rssEnd = rss();
  const half = samples.find((s) => s.bytes >= bytes / 2);
  rssHalf = half?.rss ?? Number.NaN;
  await new Promise((r) => setTimeout(r, 1000));
  return { rows, bytes, seconds, firstByteMs, rowsPerSec: rows / seconds, rssBefore, rssPeak: Math.max(rssPeak, rssEnd), rssHalf, rssEnd, rssAfter: rss(), steal };
}

// ---------------------------------------------------------------------------------------------
// The naive way: rows through Prisma, sums in JavaScript

interface NaiveCase {
  name: string;
  label: string;
  /** The API endpoint it is compared with (its p50 at 1 connection). */
  api: string;
  runsMs: number[];
  rows: number;
  /** The naive totals equal the API's. */
  agrees: boolean;
}

async function naive(base: string, runs: number): Promise<NaiveCase[]> {
  const { db } = await import("@/lib/db/client");
  const prisma = db();
  const baseWhere = { synthetic: true, deletedAt: null };
  const y2016 = { gte: new Date("2016-01-01T00:00:00Z"), lt: new Date("2017-01-01T00:00:00Z") };
  type Tot = { incidents: number; killed: number; injured: number };
  const add = (m: Map<string, Tot>, k: string, killed: number | null, injured: number | null) => {
    const t = m.get(k) ?? { incidents: 0, killed: 0, injured: 0 };
    t.incidents++;
    t.killed += killed ?? 0;
    t.injured += injured ?? 0;
    m.set(k, t);
  };
  const total = (ts: Iterable<Tot>) => {
    let i = 0;
    let k = 0;
    for (const t of ts) {
      i += t.incidents;
      k += t.killed;
    }
    return `${i}/${k}`;
  };

  const cases: { name: string; label: string; api: string; apiPath: string; run: () => Promise<{ rows: number; totals: string }> }[] = [
    {
      name: "timeline",
      label: "timeline by month (all)",
      api: "timeline",
      apiPath: `/api/stats/timeline?${q({})}`,
      run: async () => {
        const rows = await prisma.incident.findMany({ where: { ...baseWhere, date: { not: null } }, select: { date: true, killed: true, injured: true } });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, `${r.date!.toISOString().slice(0, 7)}-01`, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "timeline-homs",
      label: "timeline by month, province=Homs",
      api: "timeline-homs",
      apiPath: `/api/stats/timeline?${q({ province: "Homs" })}`,
      run: async () => {
        const rows = await prisma.incident.findMany({ where: { ...baseWhere, province: "Homs", date: { not: null } }, select: { date: true, killed: true, injured: true } });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, `${r.date!.toISOString().slice(0, 7)}-01`, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "provinces",
      label: "governorate sums (all)",
      api: "provinces",
      apiPath: `/api/provinces?${q({})}`,
      run: async () => {
        const rows = await prisma.incident.findMany({ where: { ...baseWhere, province: { not: null } }, select: { province: true, killed: true, injured: true } });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, r.province!, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "provinces-2016",
      label: "governorate sums, year=2016",
      api: "provinces-2016",
      apiPath: `/api/provinces?${q({ year: "2016" })}`,
      run: async () => {
        const rows = await prisma.incident.findMany({ where: { ...baseWhere, province: { not: null }, date: y2016 }, select: { province: true, killed: true, injured: true } });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, r.province!, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
  ];

  const out: NaiveCase[] = [];
  for (const c of cases) {
    const api = (await getJson(base, c.apiPath)).body as { points?: Tot[]; provinces?: Tot[] };
    const apiTotals = total(api.points ?? api.provinces ?? []);
    const runsMs: number[] = [];
    let rows = 0;
    let agrees = true;
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = await c.run();
      runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rows = r.rows;
      if (r.totals !== apiTotals) agrees = false;
    }
    log(`naive ${c.label}: ${fmtInt(rows)} rows, ${runsMs.map((t) => fmtMs(t)).join(" / ")} ms${agrees ? "" : `  (totals differ from the API: ${apiTotals})`}`);
    out.push({ name: c.name, label: c.label, api: c.api, runsMs, rows, agrees });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Playwright check of the dashboard

interface E2eResult {
  ran: boolean;
  passed: boolean;
  steps: { step: string; ms: number }[];
  screenshots: string[];
  note?: string;
  /** CPU steal during the Playwright run, in percent (reported, not retried: it is a test). */
  steal?: number | null;
}

async function runE2e(base: string): Promise<E2eResult> {
  const resultFile = path.join(os.tmpdir(), `atlas-scale-e2e-${process.pid}.json`);
  fs.rmSync(resultFile, { force: true });
  log(`Playwright: npx playwright test e2e/scale.spec.ts against ${base}`);
  const code = await new Promise<number>((resolve) => {
    // Its own output folder: another `playwright test` run empties test-results/ when it starts.
    const output = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), "e2e-results");
    e2eChild = spawn("npx", ["playwright", "test", "e2e/scale.spec.ts", "--reporter=list", `--output=${output}`], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, SCALE_BASE_URL: base, BASE_URL: base, SCALE_RESULT_FILE: resultFile, CHROMIUM_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
    });
    e2eChild.on("error", () => resolve(-1));
    e2eChild.on("close", (c) => resolve(c ?? -1));
  });
  e2eChild = null;
  let steps: E2eResult["steps"] = [];
  let screenshots: string[] = [];
  if (fs.existsSync(resultFile)) {
    const r = JSON.parse(fs.readFileSync(resultFile, "utf8")) as { steps: E2eResult["steps"]; screenshots: string[] };
    steps = r.steps;
    screenshots = r.screenshots.map((s) => path.relative(ROOT, s));
    fs.rmSync(resultFile, { force: true });
  }
  return { ran: true, passed: code === 0, steps, screenshots, note: code === 0 ? undefined : `playwright exited with ${code}` };
}

// ---------------------------------------------------------------------------------------------
// Report

interface Report {
  date: string;
  command: string;
  incidents: number;
  sizes: Sizes;
  load: LoadInfo | null;
  vacuumSeconds: number;
  machine: { nproc: number; cpu: string; memory: number; node: string; postgres: string; next: string; poolSize: string; workers?: number };
  duration: number;
  warmup: number;
  serverWarmup?: number;
  maxSteal?: number;
  results: { endpoint: Endpoint; runs: LoadResult[] }[];
  csv: { label: string; expected: number; runs: CsvRun[]; large: { label: string; expected: number; run: CsvRun } | null } | null;
  naive: NaiveCase[];
  e2e: E2eResult | null;
  serverRss: { idle: number; afterLoad: number; hwm: number };
  /** os.loadavg() before and after the load runs: other work on the machine shows here. */
  loadavg: { before: number[]; after: number[] };
  /** A fixed loop timed before and after the load runs, and the CPU steal between (see machine-speed.ts). */
  machineSpeed?: { referenceMsBefore: number; referenceMsAfter: number; stealPercent: number | null };
}

const TARGETS: Record<Exclude<Target, null>, { ms: number; what: string }> = {
  sums: { ms: 50, what: "timeline and governorate sums p95 ≤ 50 ms" },
  clusters: { ms: 100, what: "clusters for any view p95 ≤ 100 ms" },
  page: { ms: 50, what: "a filtered page of 100 incidents p95 ≤ 50 ms" },
};

interface Check {
  target: string;
  measured: string;
  pass: boolean;
}

function csvMedian(r: Report): CsvRun | null {
  if (!r.csv?.runs.length) return null;
  const sorted = [...r.csv.runs].sort((a, b) => a.rowsPerSec - b.rowsPerSec);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const growth = (c: CsvRun) => Math.max(0, c.rssPeak - c.rssBefore);

/**
 * Flat: the server's memory does not follow the size of the export. The peak RSS growth while
 * streaming ~3x the rows stays within 1.5x (+16 MB for the collector's slack) of the largest
 * growth seen at ~100k rows; a buffered export would grow at least in proportion.
 */
function csvFlat(r: Report): boolean {
  if (!r.csv?.large) return false;
  const small = Math.max(...r.csv.runs.map(growth));
  return growth(r.csv.large.run) <= small * 1.5 + 16 * 1024 * 1024;
}

/** "16", or "1 fresh" for a run whose every answer was computed afresh (Cache-Control: no-cache). */
const connLabel = (run: LoadResult) => `${run.connections}${run.fresh ? " fresh" : ""}`;

function checks(r: Report): Check[] {
  const out: Check[] = [];
  for (const [key, t] of Object.entries(TARGETS) as [Exclude<Target, null>, { ms: number; what: string }][]) {
    const kinds = [...new Map(r.results.flatMap((x) => x.runs.map((y) => [connLabel(y), { conns: y.connections, fresh: !!y.fresh }] as const))).values()];
    for (const { conns, fresh } of kinds) {
      const all = r.results.filter((x) => x.endpoint.target === key);
      const skipped = all.filter((x) => x.endpoint.skipped);
      const rows = all.map((x) => ({ e: x.endpoint, run: x.runs.find((y) => y.connections === conns && !!y.fresh === fresh) }));
      const how = `${conns} connection${conns > 1 ? "s" : ""}${fresh ? ", every answer computed afresh" : ""}`;
      const measured = rows.filter((x) => x.run);
      const worstOf = measured.length ? measured.reduce((a, b) => (b.run!.p95 > a.run!.p95 ? b : a)) : null;
      if (skipped.length) {
        out.push({
          target: `${t.what} (${how})`,
          measured: [
            ...skipped.map((x) => `${x.endpoint.label}: ${x.endpoint.skipped}`),
            ...(worstOf ? [`the others: worst p95 ${fmtMs(worstOf.run!.p95)} ms (${worstOf.e.label})`] : []),
          ].join("; "),
          pass: false,
        });
        continue;
      }
      if (!measured.length) continue;
      const worst = measured.reduce((a, b) => (b.run!.p95 > a.run!.p95 ? b : a));
      const clean = measured.every((x) => x.run!.non2xx === 0 && x.run!.errors === 0);
      out.push({
        target: `${t.what} (${how})`,
        measured: `worst p95 ${fmtMs(worst.run!.p95)} ms (${worst.e.label})${clean ? "" : "; some requests failed"}`,
        pass: worst.run!.p95 <= t.ms && clean,
      });
    }
  }
  const c = csvMedian(r);
  if (c) {
    out.push({ target: "CSV export of ~100,000 rows ≥ 50,000 rows/s", measured: `${fmtInt(c.rowsPerSec)} rows/s (${fmtInt(c.rows)} rows in ${c.seconds.toFixed(2)} s, median of ${r.csv!.runs.length})`, pass: c.rowsPerSec >= 50_000 });
    const large = r.csv!.large;
    out.push({
      target: "CSV export: flat server memory",
      measured: large
        ? `peak RSS growth ${r.csv!.runs.map((x) => fmtMB(growth(x))).join(" / ")} for ${fmtInt(c.rows)} rows (${fmtMB(c.bytes)}); ${fmtMB(growth(large.run))} for ${fmtInt(large.run.rows)} rows (${fmtMB(large.run.bytes)})`
        : "not measured",
      pass: csvFlat(r),
    });
  }
  if (r.e2e?.ran) {
    // The first load is reported, not a target: the target is the filters.
    const slow = r.e2e.steps.filter((s) => !s.step.startsWith("first load") && s.ms >= 1000);
    out.push({
      target: "dashboard filters answer in under a second (Playwright)",
      measured: r.e2e.steps.length ? r.e2e.steps.map((s) => `${s.step} ${fmtInt(s.ms)} ms`).join("; ") : (r.e2e.note ?? "no times recorded"),
      pass: r.e2e.passed && r.e2e.steps.length > 0 && !slow.length,
    });
  }
  return out;
}

function naiveRatio(r: Report, n: NaiveCase): { naiveMs: number; oursMs: number; ratio: number } {
  // Against the API computing the answer (no read cache), which is the fair comparison.
  const runs = r.results.find((x) => x.endpoint.name === n.api)?.runs ?? [];
  const ours = (runs.find((y) => y.connections === 1 && y.fresh) ?? runs.find((y) => y.connections === 1))?.p50 ?? Number.NaN;
  const naiveMs = median(n.runsMs);
  return { naiveMs, oursMs: ours, ratio: naiveMs / ours };
}

function markdown(r: Report): string {
  const s = r.sizes;
  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `Command: \`${r.command}\` (script: \`scripts/bench-api.ts\`). It runs its own embedded PostgreSQL in \`.data-bench/\`, loads the synthetic set when it holds fewer than the requested incidents (\`scripts/seed-synthetic.ts\`), runs \`VACUUM (ANALYZE)\`, builds the app when needed and starts the production server (\`scripts/serve.ts\`: Next's request handler in ${m.workers ?? 1} worker process(es), as \`npm start\` runs it) on a free port. ${r.serverWarmup ? `Before any measurement, every endpoint is loaded for ${r.serverWarmup} s at ${Math.max(...(r.results[0]?.runs.map((x) => x.connections) ?? [16]))} connections and ${r.serverWarmup} s computed afresh, unmeasured, so that the workers' request path is compiled (a cold server made the first endpoint measured look twice as slow). ` : ""}Each endpoint is loaded with autocannon for ${r.duration} s per concurrency level after a ${r.warmup} s warm-up that is not measured, always with \`dataset=synthetic\`. p50/p95/p99 are exact percentiles of every successful response time recorded in the measured window (autocannon's own histogram has no p95); req/s = responses / window. Client, web server and PostgreSQL share the same ${m.nproc} CPUs, so 16 connections measure a saturated machine. Rows marked "1 fresh" send \`Cache-Control: no-cache\`: the server computes every answer (the cost of a filter nobody asked before); the other rows are the API as served, where a repeated read is answered from the read cache (\`lib/db/read-cache.ts\`) after one query that checks PostgreSQL's snapshot, i.e. that nothing was written since.`,
    "",
    `Run ${r.date.slice(0, 10)}: ${fmtInt(r.incidents)} synthetic incidents; ${m.nproc} CPUs (${m.cpu}), ${fmtMB(m.memory)} RAM; Node ${m.node}; PostgreSQL ${m.postgres}; Next ${m.next}; Prisma pool ${m.poolSize} connections per worker; ${m.workers ?? 1} worker process(es).${machineSpeedNote(r)}`,
    "",
    "**Data**",
    "",
    mdTable(
      ["synthetic incidents", "database size", "Incident table", "Incident indexes", "month rollup", "governorate month rollup", "cell rollup", "load time", "VACUUM ANALYZE"],
      [
        [
          fmtInt(r.incidents),
          fmtMB(s.database),
          fmtMB(s.incidentTable),
          `${fmtMB(s.incidentIndexes)} (${s.indexes.length})`,
          `${fmtMB(s.monthRollup)} (${fmtInt(s.monthRollupRows)} rows)`,
          // Older runs' memos lack it.
          s.provinceRollup === undefined ? "–" : `${fmtMB(s.provinceRollup)} (${fmtInt(s.provinceRollupRows)} rows)`,
          `${fmtMB(s.cellRollup)} (${fmtInt(s.cellRollupRows)} rows)`,
          r.load ? `${r.load.seconds.toFixed(1)} s${r.load.thisRun ? "" : ` (loaded ${r.load.date.slice(0, 10)})`}` : "not measured",
          `${r.vacuumSeconds.toFixed(1)} s`,
        ],
      ],
      ["r", "r", "r", "r", "r", "r", "r", "r", "r"],
    ),
    "",
    `Indexes of Incident: ${s.indexes.map((i) => `${i.name} ${fmtMB(i.bytes)}`).join(", ")}.`,
    "",
    "**Latency (ms) and throughput per endpoint**",
    "",
  );
  const latRows: (string | number)[][] = [];
  for (const x of r.results) {
    if (x.endpoint.skipped) latRows.push([x.endpoint.label, "–", "–", "–", "–", "–", "–", "–", "–", "–", `${x.endpoint.shape}; ${x.endpoint.skipped}`]);
    for (const run of x.runs) {
      latRows.push([
        x.endpoint.label,
        connLabel(run),
        fmtMs(run.p50),
        fmtMs(run.p95),
        fmtMs(run.p99),
        fmtInt(run.rps),
        fmtInt(run.responses),
        run.non2xx,
        run.errors,
        run.cpu ? `${run.cpu.next.toFixed(2)} / ${run.cpu.pg > 0 ? run.cpu.pg.toFixed(2) : "–"}` : "–",
        stealCell(run),
        x.endpoint.shape ?? "",
      ]);
    }
  }
  lines.push(
    mdTable(["endpoint", "conns", "p50", "p95", "p99", "req/s", "requests", "non-2xx", "errors", "CPU cores next / pg", "steal %", "response"], latRows, ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "l"]),
    "",
    `CPU cores: CPU seconds per second of the measured window used by the web server (primary and workers) and by PostgreSQL (postmaster and backends), from /proc; the rest of the 2 CPUs went to autocannon and to whatever else ran on the machine. Steal: the share of the machine's CPU time that the hypervisor gave to other guests during the window (/proc/stat); a row with high steal ran on less than 2 CPUs. A run with more than ${r.maxSteal ?? 5}% steal is measured again, up to ${STEAL_TRIES} times, and the least disturbed is kept ("tries" says how many it took).`,
  );
  if (r.csv) {
    lines.push(
      "",
      `**CSV export** (\`/api/incidents.csv?dataset=synthetic&${r.csv.label}\`, ${fmtInt(r.csv.expected)} incidents by the rollup): rows counted by line; RSS is the VmRSS of the server's processes (primary and workers) summed, sampled every 50 ms while streaming. The last row is one export of ~3× the rows: memory is called flat when its peak RSS growth stays within 1.5× (+16 MB) of the largest growth at ~100k rows, i.e. it does not follow the size of the export. A run with more than ${r.maxSteal ?? 5}% CPU steal is run again, as the load runs are.`,
      "",
      mdTable(
        ["run", "rows", "MB", "seconds", "first byte ms", "rows/s", "RSS before", "RSS peak", "RSS at half", "RSS at end", "RSS 1 s after", "steal %"],
        [...r.csv.runs.map((c, i) => ({ c, name: String(i + 1) })), ...(r.csv.large ? [{ c: r.csv.large.run, name: `${r.csv.large.label}` }] : [])].map(({ c, name }) => [
          name,
          fmtInt(c.rows),
          (c.bytes / 1024 / 1024).toFixed(1),
          c.seconds.toFixed(2),
          fmtInt(c.firstByteMs),
          fmtInt(c.rowsPerSec),
          fmtMB(c.rssBefore),
          fmtMB(c.rssPeak),
          fmtMB(c.rssHalf),
          fmtMB(c.rssEnd),
          fmtMB(c.rssAfter),
          stealCell(c),
        ]),
        ["r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
      ),
    );
  }
  if (r.naive.length) {
    lines.push(
      "",
      `**The naive way**: Prisma \`findMany\` of the matching rows (only the needed fields), summed in JavaScript, in the benchmark process; median of ${r.naive[0]!.runsMs.length} runs. "Ours" is the API's p50 at 1 connection over HTTP with every answer computed afresh (\`Cache-Control: no-cache\`, no read cache), so the ratio understates the gap.`,
      "",
      mdTable(
        ["query", "rows loaded", "naive ms (runs)", "ours p50 ms", "naive / ours", "same totals"],
        r.naive.map((n) => {
          const x = naiveRatio(r, n);
          return [n.label, fmtInt(n.rows), `${fmtInt(x.naiveMs)} (${n.runsMs.map((t) => fmtInt(t)).join(", ")})`, fmtMs(x.oursMs), `${fmtInt(x.ratio)}×`, n.agrees ? "yes" : "NO"];
        }),
        ["l", "r", "r", "r", "r", "l"],
      ),
    );
  }
  if (r.e2e?.ran) {
    lines.push(
      "",
      `**Dashboard** (\`e2e/scale.spec.ts\`, Chromium, \`/?dataset=synthetic\`): ${r.e2e.steps.map((s) => `${s.step}: ${fmtInt(s.ms)} ms`).join("; ") || r.e2e.note}. Screenshots: ${r.e2e.screenshots.map((p) => `\`${p}\``).join(", ") || "none"}.${r.e2e.steal === undefined || r.e2e.steal === null ? "" : ` CPU steal during the run: ${r.e2e.steal.toFixed(1)}%.`}`,
    );
  }
  lines.push("", "**Targets (issue 6)**", "", mdTable(["target", "measured", "result"], checks(r).map((c) => [c.target, c.measured, c.pass ? "PASS" : "FAIL"])));
  lines.push(
    "",
    `Server RSS (primary and workers summed): ${fmtMB(r.serverRss.idle)} after start-up, ${fmtMB(r.serverRss.afterLoad)} after the load runs, ${fmtMB(r.serverRss.hwm)} peak. Load average before/after the load runs: ${r.loadavg.before.map((x) => x.toFixed(1)).join(", ")} / ${r.loadavg.after.map((x) => x.toFixed(1)).join(", ")} (1, 5, 15 min) on ${m.nproc} CPUs — anything above ~2 before the runs is other work on the machine competing with the benchmark.`,
  );
  return lines.join("\n");
}

const STEAL_TRIES = 3;
const stealCell = (r: { steal?: number | null; tries?: number }) =>
  (r.steal === undefined || r.steal === null ? "–" : r.steal.toFixed(1)) + (r.tries && r.tries > 1 ? ` (${r.tries} tries)` : "");

/**
 * `run`, again when the hypervisor took more than `maxSteal`% of the machine's CPU during it
 * (another guest's load, not ours: the same code then measures up to 2x slower); the least
 * disturbed of at most STEAL_TRIES runs is kept, with its steal and the number of tries in the
 * report, so a figure measured on a disturbed machine says so.
 */
async function leastDisturbed<T extends { steal?: number | null; tries?: number }>(run: () => Promise<T>, maxSteal: number): Promise<T> {
  let best: T | null = null;
  for (let tries = 1; tries <= STEAL_TRIES; tries++) {
    const r = await run();
    if (!best || (r.steal ?? 0) < (best.steal ?? 0)) best = { ...r, tries };
    else best.tries = tries;
    if ((r.steal ?? 0) <= maxSteal) break;
    log(`  CPU steal ${r.steal?.toFixed(1)}% during that run (over ${maxSteal}%): measuring again`);
  }
  return best!;
}

/** Lets a reader compare runs: on a shared VM the same code measures up to 1.5x slower at a bad minute. */
function machineSpeedNote(r: Report): string {
  const ms = r.machineSpeed;
  if (!ms) return "";
  const steal = ms.stealPercent === null ? "" : `, CPU steal during the load runs ${ms.stealPercent.toFixed(1)}%`;
  return ` Machine speed: a fixed single-threaded loop (\`scripts/lib/machine-speed.ts\`) took ${fmtInt(ms.referenceMsBefore)} ms before the load runs and ${fmtInt(ms.referenceMsAfter)} ms after${steal}; on this shared VM that time varies up to 1.5× from one minute to the next with nothing of ours running, and every latency below moves with it.`;
}

function writeSection(md: string): void {
  const file = path.join(ROOT, "docs/benchmarks.md");
  const start = "<!-- bench:api -->";
  const end = "<!-- /bench:api -->";
  const current = fs.readFileSync(file, "utf8");
  const block = `${start}\n${md}\n${end}`;
  let next: string;
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  if (i !== -1 && j > i) next = current.slice(0, i) + block + current.slice(j + end.length);
  else next = `${current.replace(/\s*$/, "")}\n\n## API at a million incidents\n\n${block}\n`;
  fs.writeFileSync(file, next);
  log(`Wrote the bench:api section of ${path.relative(ROOT, file)}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const command = `npm run bench:api${process.argv.length > 2 ? ` -- ${process.argv.slice(2).map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}` : ""}`;
  if (!process.env.DATABASE_URL) process.env.ATLAS_DATA_DIR = path.join(ROOT, ".data-bench");
  if (args.render) {
    const file = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), "bench-api-last.json");
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
    for (const c of checks(report)) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.target}: ${c.measured}`);
    writeSection(markdown(report));
    return;
  }
  await ensurePrismaClient();
  // --reload on the embedded database starts from an empty cluster, so that the sizes are those
  // of a fresh load (a --clear leaves the deleted million as free space in the table files).
  const fresh = args.reload && !process.env.DATABASE_URL;
  if (fresh) log(`--reload: recreating ${path.relative(ROOT, process.env.ATLAS_DATA_DIR!)}/ from scratch`);
  database = await openDatabase({ log, fresh });
  const url = database.url;
  process.env.DATABASE_URL = url;
  await applyMigrations(url, log);

  // 1. Data. The seed articles first, as `npm start` loads them: a deployment has real incidents
  // beside the synthetic ones (and the dashboard's Year select lists the real dataset's years).
  await runChild("npx", ["tsx", "scripts/seed.ts"], { ...process.env, DATABASE_URL: url });
  let load: LoadInfo | null = null;
  const have = await syntheticCount(url);
  if (args.reload || have < args.incidents) {
    if (!args.reload) log(`The synthetic dataset holds ${fmtInt(have)} incidents (< ${fmtInt(args.incidents)}).`);
    load = await loadSynthetic(url, args.incidents);
    log(`Load time: ${load.seconds.toFixed(1)} s (wall time of the loader, including its start-up)`);
  } else {
    load = rememberedLoad();
    log(`The synthetic dataset already holds ${fmtInt(have)} incidents; not reloading (--reload forces it).`);
  }
  const incidents = await syntheticCount(url);
  // A fresh bulk load leaves the visibility map empty and autovacuum about to start: both would
  // disturb the measurement, so the table is vacuumed first (quick when there is nothing to do).
  const tv = process.hrtime.bigint();
  await withPg(url, async (c) => {
    await c.query(`VACUUM (ANALYZE) "Incident"`);
    await c.query(`VACUUM (ANALYZE) "IncidentMonthRollup"`);
    await c.query(`VACUUM (ANALYZE) "IncidentProvinceMonthRollup"`);
    await c.query(`VACUUM (ANALYZE) "IncidentCellRollup"`);
    await c.query(`CHECKPOINT`);
  });
  const vacuumSeconds = Number(process.hrtime.bigint() - tv) / 1e9;
  const s = await sizes(url);
  const pgVersion = await withPg(url, async (c) => String((await c.query(`SHOW server_version`)).rows[0].server_version));
  log(
    `${fmtInt(incidents)} synthetic incidents; database ${fmtMB(s.database)}; Incident table ${fmtMB(s.incidentTable)} + indexes ${fmtMB(s.incidentIndexes)}; rollups ${fmtMB(s.monthRollup)} + ${fmtMB(s.provinceRollup)} + ${fmtMB(s.cellRollup)}; VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s`,
  );

  // 2. Server
  await buildIfNeeded(log);
  server = await startNextServer({ databaseUrl: url, log });
  const base = server.url;
  const idleRss = memoryOfTree(server.serverPid)?.rss ?? Number.NaN;

  // CSV export first, on a fresh server, so that its memory figures are its own.
  let csv: Report["csv"] = null;
  if (!args.only || "csv".includes(args.only)) {
    const f = await csvFilter(url);
    const csvPath = `/api/incidents.csv?${q(f.params)}`;
    log(`CSV export ${csvPath} (${fmtInt(f.expected)} incidents expected), ${args.csvRuns} run(s)`);
    const runs: CsvRun[] = [];
    for (let i = 0; i < args.csvRuns; i++) {
      const c = await leastDisturbed(() => csvRun(base, csvPath, server!.serverPid), args.maxSteal);
      runs.push(c);
      log(
        `  run ${i + 1}: ${fmtInt(c.rows)} rows, ${fmtMB(c.bytes)} in ${c.seconds.toFixed(2)} s = ${fmtInt(c.rowsPerSec)} rows/s (first byte ${fmtInt(c.firstByteMs)} ms, steal ${c.steal?.toFixed(1) ?? "?"}%); RSS ${fmtMB(c.rssBefore)} → peak ${fmtMB(c.rssPeak)} (half ${fmtMB(c.rssHalf)}, end ${fmtMB(c.rssEnd)}) → ${fmtMB(c.rssAfter)}`,
      );
    }
    // Flat memory means the growth does not follow the size of the export: once more with ~3x the rows.
    const big = await csvFilter(url, 300_000);
    const bigPath = `/api/incidents.csv?${q(big.params)}`;
    log(`CSV export ${bigPath} (${fmtInt(big.expected)} incidents expected), once, to compare memory`);
    const b = await leastDisturbed(() => csvRun(base, bigPath, server!.serverPid), args.maxSteal);
    log(
      `  ${fmtInt(b.rows)} rows, ${fmtMB(b.bytes)} in ${b.seconds.toFixed(2)} s = ${fmtInt(b.rowsPerSec)} rows/s; RSS ${fmtMB(b.rssBefore)} → peak ${fmtMB(b.rssPeak)} (half ${fmtMB(b.rssHalf)}, end ${fmtMB(b.rssEnd)}) → ${fmtMB(b.rssAfter)}`,
    );
    csv = { label: new URLSearchParams(f.params).toString(), expected: f.expected, runs, large: { label: new URLSearchParams(big.params).toString(), expected: big.expected, run: b } };
  }

  // 3. Endpoints under load
  const first = (await getJson(base, `/api/incidents?${q({ limit: "100" })}`)).body as { incidents: { id: number }[]; nextCursor: string | null };
  if (!first.incidents?.length || !first.nextCursor) throw new Error("the synthetic dataset is empty: nothing to benchmark");
  const list = endpoints({ id: first.incidents[Math.floor(first.incidents.length / 2)]!.id, cursor: first.nextCursor });
  const selected = args.only ? list.filter((e) => e.name.includes(args.only!)) : list;
  const results: Report["results"] = [];
  const loadBefore = os.loadavg();
  const referenceMsBefore = cpuReferenceMs();
  const cpuBefore = cpuTimes();
  const pgPids = database.embedded ? postgresPids(process.env.ATLAS_DATA_DIR) : () => [];
  const serverPid = server.serverPid;
  const workers = server.workerPids.length;
  const cpuProbe = { next: () => cpuSeconds([serverPid, ...descendants(serverPid)]), pg: () => cpuSeconds(pgPids()) };
  if (args.serverWarmup > 0) {
    // Every endpoint hot on every worker before the first measurement (see warmUp).
    const peak = Math.max(...args.connections);
    log(`Warming the server: ${args.serverWarmup} s per endpoint at ${peak} connections, and ${args.serverWarmup} s computed afresh at 1`);
    for (const e of selected) {
      await warmUp(base + e.path, peak, args.serverWarmup);
      await warmUp(base + e.path, 1, args.serverWarmup, true);
    }
  }
  for (const e of selected) {
    const tp = process.hrtime.bigint();
    const check = await getJson(base, e.path);
    e.probeMs = Number(process.hrtime.bigint() - tp) / 1e6;
    if (check.status !== 200) throw new Error(`${e.path} answered ${check.status}: ${JSON.stringify(check.body).slice(0, 300)}`);
    e.shape = describe(check.body);
    if (e.probeMs > PROBE_LIMIT_MS) {
      // Under load such a request only piles up (and a few at once can exhaust the server's memory).
      const again = process.hrtime.bigint();
      await getJson(base, e.path);
      const second = Number(process.hrtime.bigint() - again) / 1e6;
      e.skipped = `one request took ${fmtInt(e.probeMs)} ms, then ${fmtInt(second)} ms: not put under load`;
      log(`${e.label.padEnd(52)} SKIPPED: ${e.skipped}  [${e.shape}]`);
      results.push({ endpoint: e, runs: [] });
      continue;
    }
    const runs: LoadResult[] = [];
    // As served (repeated reads come from the read cache while nothing is written), then at one
    // connection with every answer computed afresh: the cost of a query nobody asked before.
    const plan = [...args.connections.map((c) => ({ c, fresh: false })), { c: 1, fresh: true }];
    for (const { c, fresh } of plan) {
      const r = await leastDisturbed(() => measure(base + e.path, c, args.duration, args.warmup, cpuProbe, fresh), args.maxSteal);
      runs.push(r);
      log(
        `${e.label.padEnd(52)} c=${String(c).padStart(2)}${fresh ? " fresh" : "      "}  p50 ${fmtMs(r.p50).padStart(6)}  p95 ${fmtMs(r.p95).padStart(6)}  p99 ${fmtMs(r.p99).padStart(6)} ms  ${fmtInt(r.rps).padStart(6)} req/s  non-2xx ${r.non2xx} errors ${r.errors}  cpu next ${r.cpu?.next.toFixed(2)} pg ${r.cpu?.pg.toFixed(2)} steal ${r.steal?.toFixed(1) ?? "?"}%  [${e.shape}]`,
      );
    }
    results.push({ endpoint: e, runs });
  }
  const afterLoadRss = memoryOfTree(server.serverPid)?.rss ?? Number.NaN;
  const loadAfter = os.loadavg();
  const steal = stealPercent(cpuBefore, cpuTimes());
  const referenceMsAfter = cpuReferenceMs();
  log(`Machine speed: a fixed loop took ${fmtInt(referenceMsBefore)} ms before the load runs and ${fmtInt(referenceMsAfter)} ms after; CPU steal during them ${steal === null ? "unknown" : `${steal.toFixed(1)}%`}`);

  // 4. Naive
  const naiveCases = args.naiveRuns > 0 && !args.only ? await naive(base, args.naiveRuns) : [];

  // 6. Dashboard
  const e2eTimes = cpuTimes();
  const e2e = args.e2e ? { ...(await runE2e(base)), steal: stealPercent(e2eTimes, cpuTimes()) } : null;

  const mem = memoryOfTree(server.serverPid);
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  const report: Report = {
    date: new Date().toISOString(),
    command,
    incidents,
    sizes: s,
    load,
    vacuumSeconds,
    machine: {
      nproc: os.availableParallelism?.() ?? os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "?",
      memory: os.totalmem(),
      node: process.version,
      postgres: pgVersion,
      next: nextVersion,
      poolSize: process.env.DB_POOL_SIZE ?? "10",
      workers,
    },
    duration: args.duration,
    warmup: args.warmup,
    serverWarmup: args.serverWarmup,
    maxSteal: args.maxSteal,
    results,
    csv,
    naive: naiveCases,
    e2e,
    serverRss: { idle: idleRss, afterLoad: afterLoadRss, hwm: mem?.hwm ?? Number.NaN },
    loadavg: { before: loadBefore, after: loadAfter },
    machineSpeed: { referenceMsBefore, referenceMsAfter, stealPercent: steal },
  };

  // 5. Print, check, write
  console.log("");
  console.log(
    textTable(
      ["endpoint", "conns", "p50 ms", "p95 ms", "p99 ms", "req/s", "non-2xx", "errors"],
      results.flatMap((x) =>
        x.endpoint.skipped
          ? [[x.endpoint.label, "–", `single request ${fmtInt(x.endpoint.probeMs ?? Number.NaN)} ms`, "", "", "", "", ""]]
          : x.runs.map((r) => [x.endpoint.label, connLabel(r), fmtMs(r.p50), fmtMs(r.p95), fmtMs(r.p99), fmtInt(r.rps), r.non2xx, r.errors]),
      ),
      ["l", "r", "r", "r", "r", "r", "r", "r"],
    ),
  );
  if (naiveCases.length) {
    console.log("");
    console.log(
      textTable(
        ["naive query", "rows", "naive ms", "ours p50 ms", "ratio"],
        naiveCases.map((n) => {
          const x = naiveRatio(report, n);
          return [n.label, fmtInt(n.rows), fmtInt(x.naiveMs), fmtMs(x.oursMs), `${fmtInt(x.ratio)}x`];
        }),
        ["l", "r", "r", "r", "r"],
      ),
    );
  }
  console.log("");
  console.log(`Targets at ${fmtInt(incidents)} synthetic incidents:`);
  for (const c of checks(report)) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.target}: ${c.measured}`);
  console.log("");

  // A partial run (--only) keeps its results apart, so that --render still shows the last full run.
  const jsonName = args.only ? "bench-api-partial.json" : "bench-api-last.json";
  const jsonFile = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), jsonName);
  fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2));
  log(`Raw results: ${path.relative(ROOT, jsonFile)}`);
  if (args.write) {
    if (args.only) log("--write skipped: --only measured a subset");
    else writeSection(markdown(report));
  }
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (e) => {
    console.error(e instanceof UsageError ? `bench:api: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : e);
    await cleanup();
    process.exit(1);
  });
