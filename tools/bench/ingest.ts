// npm run bench:ingest [-- --articles N] [--readers C] [--write]
//
// Articles per second through the real ingest path (feed → pg-boss queue → worker process:
// fetch → Readability → extract → save), quiet and while readers load the API:
//  1. the database of bench:api (embedded PostgreSQL in .data-bench/, or DATABASE_URL), migrated
//     and seeded; the production web server (harness/server.ts) and the ingest worker
//     (server/worker.ts), both as `npm start` runs them;
//  2. a news site on 127.0.0.1 (scenarios/ingest-site.ts) serving N pages made from the eval texts
//     and an RSS feed listing them, let through by ATLAS_FETCH_ALLOW_HOSTS, with
//     ATLAS_FETCH_HOST_DELAY_MS=0 (one local host: the politeness pause would be all we measured);
//  3. the readers alone (a baseline), then a quiet phase (a feed of N pages added, timed from the
//     enqueue to the last job's completion), then a loaded phase (N other pages, with C concurrent
//     GET readers on /api/incidents and /api/stats/timeline all along);
//  4. each phase checked: N articles stored and no job dead; `--write` puts the table in
//     docs/benchmarks.md between <!-- bench:ingest --> and <!-- /bench:ingest -->.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, ROOT } from "@/server/database";
import { buildIfNeeded } from "@/server/next-build";
import { ensurePrismaClient } from "@/server/prisma-cli";
import { runChild } from "@/tools/bench/harness/data";
import { cleanup, onCleanup, track } from "@/tools/bench/harness/lifecycle";
import { UsageError } from "@/tools/bench/harness/log";
import { cpuSeconds, startNextServer } from "@/tools/bench/harness/server";
import { fmtMs, mdTable, textTable } from "@/tools/bench/harness/stats";
import { writeMarkedSection } from "@/tools/bench/report";
import { loadCorpus, startIngestSite } from "@/tools/bench/scenarios/ingest-site";
import { type PhaseResult, READ_PATHS, type ReaderResult, readWhile, runPhase } from "@/tools/bench/scenarios/ingest";

const log = (s: string) => console.log(`[bench:ingest] ${s}`);
const USAGE = "Usage: npm run bench:ingest -- [--articles N] [--readers C] [--reader-seconds S] [--write]";

interface Args {
  articles: number;
  readers: number;
  readerSeconds: number;
  write: boolean;
}

export function parseArgs(argv: string[]): Args {
  const a: Args = { articles: 1000, readers: 8, readerSeconds: 10, write: false };
  const num = (v: string | undefined, name: string, min: number, max: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} takes a whole number from ${min} to ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--articles") a.articles = num(argv[++i], k, 1, 100_000);
    else if (k === "--readers") a.readers = num(argv[++i], k, 1, 256);
    else if (k === "--reader-seconds") a.readerSeconds = num(argv[++i], k, 1, 600);
    else if (k === "--write") a.write = true;
    else if (k === "--help" || k === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`Unknown argument ${k}\n${USAGE}`);
  }
  return a;
}

/** The ingest worker as npm start runs it; resolves once it takes jobs. */
function startWorker(env: NodeJS.ProcessEnv): Promise<number> {
  const child = track(spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/worker.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] }));
  onCleanup(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-10_000);
      if (/Taking ingest jobs/.test(out)) resolve(child.pid!);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    child.once("exit", (code) => reject(new Error(`the ingest worker exited (${code}):\n${out}`)));
  });
}

const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(1)).join(", ");
const fmtRate = (r: number) => r.toFixed(r < 10 ? 2 : 1);

type Baseline = ReaderResult & { loadavg: number[] };

function rows(phases: PhaseResult[], baseline: Baseline): (string | number)[][] {
  const reader = (r: ReaderResult | null) => (r ? [String(r.connections), r.rps.toFixed(0), fmtMs(r.p50), fmtMs(r.p95)] : ["–", "–", "–", "–"]);
  const check = (p: PhaseResult) => (p.stored === p.articles && p.dead === 0 ? "ok" : `FAILED: ${p.stored} stored, ${p.dead} dead`);
  return [
    ["readers alone", "–", "–", "–", "–", "–", ...reader(baseline), "–", fmtLoad(baseline.loadavg)],
    ...phases.map((p) => [
      p.name,
      String(p.articles),
      p.seconds.toFixed(1),
      fmtRate(p.rate),
      fmtMs(p.jobMs.p50),
      fmtMs(p.jobMs.p95),
      ...reader(p.readers),
      check(p),
      fmtLoad(p.loadavg),
    ]),
  ];
}

const HEADER = [
  "phase",
  "articles",
  "wall s",
  "articles/s",
  "job p50 ms",
  "job p95 ms",
  "readers",
  "reads/s",
  "read p50 ms",
  "read p95 ms",
  "stored, 0 dead",
  "load avg (1, 5, 15 min)",
];
const ALIGN: ("l" | "r")[] = ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "l", "l"];

function markdown(args: Args, phases: PhaseResult[], baseline: Baseline, command: string, workerCpu: number[]): string {
  const cpu = phases.map((p, i) => `${p.name} ${(workerCpu[i]! / p.seconds).toFixed(2)}`).join(", ");
  return [
    `Command: \`${command}\` (script: \`tools/bench/ingest.ts\`, phases in \`tools/bench/scenarios/ingest.ts\`). ` +
      `It uses bench:api's database (embedded PostgreSQL in \`.data-bench/\`, migrated and seeded), starts the production ` +
      `web server (\`server/serve.ts\`) and one ingest worker (\`server/worker.ts\`), as \`npm start\` does, and a news site on ` +
      `127.0.0.1 serving ${args.articles} distinct pages made from the ${"`eval/dev/articles`"} texts (each with its own ` +
      `canonical URL and a line naming its run and number, so no page repeats another's text) and an RSS feed listing them, ` +
      `let through by \`ATLAS_FETCH_ALLOW_HOSTS=127.0.0.1\` with **\`ATLAS_FETCH_HOST_DELAY_MS=0\`** (one local host: the ` +
      `politeness pause between two requests to a host would otherwise be all that is measured). A phase adds the feed ` +
      `(read and its items queued in one transaction, as \`POST /api/feeds\` does) and waits for the worker to drain the ` +
      `queue; wall time = from the enqueue to the last job's \`completed_on\`; articles/s = articles created / wall time; job p50/p95 = one job's own time ` +
      `(\`started_on\` to \`completed_on\`: fetch, read, extract, save). ` +
      `The worker takes one job at a time (fetch → Readability → extract → save, \`lib/jobs/worker.ts\`). "readers alone" is ` +
      `${args.readerSeconds} s of the readers with no ingest; the loaded phase runs ${args.readers} concurrent GET loops ` +
      `alternating \`${READ_PATHS.join("` and `")}\` (as served, read cache included: each save makes the cache stale) ` +
      `from the enqueue until the last job is done. Client, site, web server, worker and PostgreSQL share the machine's CPUs.`,
    "",
    `Run ${new Date().toISOString().slice(0, 10)}: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "?"}); Node ${process.version}. ` +
      `Worker CPU (cores busy on average): ${cpu}. The load average is printed beside each phase: above ~2 on 2 CPUs is ` +
      `other work on the machine competing with the benchmark.`,
    "",
    mdTable(HEADER, rows(phases, baseline), ALIGN),
  ].join("\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const command = `npm run bench:ingest${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  if (!process.env.DATABASE_URL) process.env.ATLAS_DATA_DIR = path.join(ROOT, ".data-bench");
  // The bench process adds the feeds (and so fetches them) and the worker fetches the pages: both let the site through.
  Object.assign(process.env, { ATLAS_FETCH_ALLOW_HOSTS: "127.0.0.1", ATLAS_FETCH_HOST_DELAY_MS: "0", ATLAS_FEED_INTERVAL: "86400" });
  log("ATLAS_FETCH_HOST_DELAY_MS=0: no pause between two fetches from the one local host.");
  await ensurePrismaClient();
  const database = await openDatabase({ log });
  if (database.embedded) onCleanup(() => database.stop());
  // Last in, first stopped: this process's queue (it queued the feeds' items) before the database.
  onCleanup(async () => (await import("@/lib/jobs/queue")).stopQueue());
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, log);
  await runChild("npx", ["tsx", "tools/cli/seed.ts"], process.env);

  const corpus = loadCorpus(path.join(ROOT, "eval/dev/articles"));
  const site = await startIngestSite(corpus, args.articles);
  onCleanup(() => site.close());
  log(`News site on ${site.base}: ${args.articles} pages from ${corpus.length} eval texts`);
  await buildIfNeeded(log);
  const server = await startNextServer({ databaseUrl: database.url, log });
  onCleanup(() => server.stop());
  const workerPid = await startWorker(process.env);
  log(`Ingest worker pid ${workerPid}`);

  // Unmeasured reads first, so the server's request path is compiled before anything is timed.
  await readWhile(server.url, args.readers, new Promise((r) => setTimeout(r, 3_000)));
  const baselineLoad = os.loadavg();
  const baseline: Baseline = {
    ...(await readWhile(server.url, args.readers, new Promise((r) => setTimeout(r, args.readerSeconds * 1000)))),
    loadavg: baselineLoad,
  };
  const run = Date.now().toString(36);
  const phases: PhaseResult[] = [];
  const workerCpu: number[] = [];
  for (const [name, readers] of [
    ["quiet", 0],
    ["with readers", args.readers],
  ] as const) {
    const loadavg = os.loadavg();
    const cpu0 = cpuSeconds([workerPid]);
    const p = await runPhase({
      name,
      run: `${run}-${phases.length}`,
      siteBase: site.base,
      articles: args.articles,
      databaseUrl: database.url,
      readers,
      apiBase: server.url,
      log,
    });
    workerCpu.push(cpuSeconds([workerPid]) - cpu0);
    phases.push({ ...p, loadavg });
    log(`${name}: ${p.articles} articles in ${p.seconds.toFixed(1)} s = ${fmtRate(p.rate)} articles/s; ${p.stored} stored, ${p.dead} dead`);
  }
  console.log(`\n${textTable(HEADER, rows(phases, baseline), ALIGN)}\n`);
  const failed = phases.filter((p) => p.stored !== p.articles || p.dead > 0);
  for (const p of failed) log(`CHECK FAILED (${p.name}): ${p.stored} of ${p.articles} articles stored, ${p.dead} job(s) dead`);
  if (args.write) writeMarkedSection("bench:ingest", "Ingest: articles per second through the queue", markdown(args, phases, baseline, command, workerCpu));
  return failed.length ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e instanceof UsageError ? `bench:ingest: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : e);
    await cleanup();
    process.exit(1);
  });
