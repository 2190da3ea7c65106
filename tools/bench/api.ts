// npm run bench:api [-- --incidents N] [--duration S] [--write] [--e2e] [--reload]
// (--reload: load the synthetic set again even when it is there, into a new .data-bench/)
//
// The read API at a million incidents, from one command on a fresh clone:
//  1. its own embedded PostgreSQL in .data-bench/ (never the app's .data/; DATABASE_URL, when
//     set, is used instead), migrations, and the synthetic set loaded when it holds fewer
//     than N incidents (harness/data.ts);
//  2. a production build when the sources changed, and the production server (server/serve.ts)
//     on a free port (harness/server.ts);
//  3. the scenarios, one per file in scenarios/: the CSV export, every endpoint under load, the
//     naive way for comparison, and with `--e2e` the dashboard in Chromium;
//  4. PASS/FAIL against the targets of issue 6 (report.ts); `--write` puts the tables in
//     docs/benchmarks.md between <!-- bench:api --> and <!-- /bench:api -->.
// The exit code is 0 when the measurement ran, whatever the targets say.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROLLUPS } from "@/lib/db/rollups";
import { applyMigrations, type Database, openDatabase, ROOT } from "@/server/database";
import { buildIfNeeded } from "@/server/next-build";
import { ensurePrismaClient } from "@/server/prisma-cli";
import { type Args, parseArgs } from "@/tools/bench/harness/args";
import type { BenchContext } from "@/tools/bench/harness/context";
import { type LoadInfo, loadSynthetic, rememberedLoad, runChild, sizes, syntheticCount, withPg } from "@/tools/bench/harness/data";
import { cleanup, onCleanup } from "@/tools/bench/harness/lifecycle";
import { log, UsageError } from "@/tools/bench/harness/log";
import { cpuReferenceMs, cpuTimes, stealPercent } from "@/tools/bench/harness/machine-speed";
import { memoryOfTree, startNextServer } from "@/tools/bench/harness/server";
import { fmtInt, fmtMB } from "@/tools/bench/harness/stats";
import { checks, markdown, printReport, type Report, writeSection } from "@/tools/bench/report";
import { runCsv } from "@/tools/bench/scenarios/csv";
import { runE2e } from "@/tools/bench/scenarios/dashboard";
import { runEndpoints } from "@/tools/bench/scenarios/endpoints";
import { naive } from "@/tools/bench/scenarios/naive";

/** The database with the seeds and the synthetic set of the asked size, vacuumed. */
async function prepareData(args: Args, database: Database) {
  const url = database.url;
  // The seed articles first, as `npm start` loads them: a deployment has real incidents beside
  // the synthetic ones (and the dashboard's Year select lists the real dataset's years).
  await runChild("npx", ["tsx", "tools/cli/seed.ts"], { ...process.env, DATABASE_URL: url });
  let load: LoadInfo | null;
  const have = await syntheticCount(url);
  if (args.reload || have < args.incidents) {
    if (!args.reload) log(`The synthetic dataset holds ${fmtInt(have)} incidents (< ${fmtInt(args.incidents)}).`);
    load = await loadSynthetic(url, args.incidents);
    log(`Load time: ${load.seconds.toFixed(1)} s (wall time of the loader, including its start-up)`);
  } else {
    load = rememberedLoad();
    log(`The synthetic dataset already holds ${fmtInt(have)} incidents; not reloading (--reload forces it).`);
  }
  // A fresh bulk load leaves the visibility map empty and autovacuum about to start: both would
  // disturb the measurement, so the tables are vacuumed first (quick when there is nothing to do).
  const tv = process.hrtime.bigint();
  await withPg(url, async (c) => {
    for (const t of ["Incident", ...ROLLUPS.map((r) => r.table)]) await c.query(`VACUUM (ANALYZE) "${t}"`);
    await c.query(`CHECKPOINT`);
  });
  const vacuumSeconds = Number(process.hrtime.bigint() - tv) / 1e9;
  const s = await sizes(url);
  const incidents = await syntheticCount(url);
  log(
    `${fmtInt(incidents)} synthetic incidents; database ${fmtMB(s.database)}; ` +
      `Incident table ${fmtMB(s.incidentTable)} + indexes ${fmtMB(s.incidentIndexes)}; ` +
      `rollups ${fmtMB(s.monthRollup)} + ${fmtMB(s.provinceRollup)} + ${fmtMB(s.cellRollup)} + ${fmtMB(s.fineCellRollup ?? 0)}; ` +
      `VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s`,
  );
  const postgres = await withPg(url, async (c) => String((await c.query(`SHOW server_version`)).rows[0].server_version));
  return { load, incidents, sizes: s, vacuumSeconds, postgres };
}

const NAIVE_MAX_INCIDENTS = 2_000_000;

/** The scenarios against the running server, with the machine's state around the load runs. */
async function runScenarios(ctx: BenchContext) {
  const { args } = ctx;
  const csv = !args.only || "csv".includes(args.only) ? await runCsv(ctx) : null;
  const loadBefore = os.loadavg();
  const referenceMsBefore = cpuReferenceMs();
  const cpuBefore = cpuTimes();
  const results = await runEndpoints(ctx);
  const afterLoadRss = memoryOfTree(ctx.server.serverPid)?.rss ?? Number.NaN;
  const loadAfter = os.loadavg();
  const steal = stealPercent(cpuBefore, cpuTimes());
  const referenceMsAfter = cpuReferenceMs();
  log(
    `Machine speed: a fixed loop took ${fmtInt(referenceMsBefore)} ms before the load runs and ` +
      `${fmtInt(referenceMsAfter)} ms after; CPU steal during them ${steal === null ? "unknown" : `${steal.toFixed(1)}%`}`,
  );
  // The naive way reads every matching row into the process: past a few million rows it cannot fit (that is the point)
  const naiveFits = args.incidents <= NAIVE_MAX_INCIDENTS;
  if (!naiveFits) log(`Naive comparison skipped: summing ${fmtInt(args.incidents)} rows in JavaScript does not fit in memory`);
  const naiveCases = args.naiveRuns > 0 && !args.only && naiveFits ? await naive(ctx.base, args.naiveRuns) : [];
  const e2eTimes = cpuTimes();
  const e2e = args.e2e ? { ...(await runE2e(ctx.base)), steal: stealPercent(e2eTimes, cpuTimes()) } : null;
  return {
    csv,
    results,
    naive: naiveCases,
    e2e,
    afterLoadRss,
    loadavg: { before: loadBefore, after: loadAfter },
    machineSpeed: { referenceMsBefore, referenceMsAfter, stealPercent: steal },
  };
}

/** --render: the docs section again from the raw results of the last full run. */
function render(): void {
  const file = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), "bench-api-last.json");
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
  for (const c of checks(report)) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.target}: ${c.measured}`);
  writeSection(markdown(report));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const command = `npm run bench:api${
    process.argv.length > 2
      ? ` -- ${process.argv
          .slice(2)
          .map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))
          .join(" ")}`
      : ""
  }`;
  if (!process.env.DATABASE_URL) process.env.ATLAS_DATA_DIR = path.join(ROOT, ".data-bench");
  if (args.render) return render();
  await ensurePrismaClient();
  // --reload on the embedded database starts from an empty cluster, so that the sizes are those
  // of a fresh load (a --clear leaves the deleted million as free space in the table files).
  const fresh = args.reload && !process.env.DATABASE_URL;
  if (fresh) log(`--reload: recreating ${path.relative(ROOT, process.env.ATLAS_DATA_DIR!)}/ from scratch`);
  const database = await openDatabase({ log, fresh });
  if (database.embedded) {
    onCleanup(async () => {
      log("Stopping PostgreSQL…");
      await database.stop();
    });
  }
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, log);
  const data = await prepareData(args, database);

  await buildIfNeeded(log);
  const server = await startNextServer({ databaseUrl: database.url, log });
  onCleanup(async () => {
    log("Stopping the web server…");
    await server.stop();
  });
  const idleRss = memoryOfTree(server.serverPid)?.rss ?? Number.NaN;
  const measured = await runScenarios({ args, database, server, base: server.url });

  const mem = memoryOfTree(server.serverPid);
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  const report: Report = {
    date: new Date().toISOString(),
    command,
    incidents: data.incidents,
    sizes: data.sizes,
    load: data.load,
    vacuumSeconds: data.vacuumSeconds,
    machine: {
      nproc: os.availableParallelism?.() ?? os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "?",
      memory: os.totalmem(),
      node: process.version,
      postgres: data.postgres,
      next: nextVersion,
      poolSize: process.env.DB_POOL_SIZE ?? "10",
      workers: server.workerPids.length,
    },
    duration: args.duration,
    warmup: args.warmup,
    serverWarmup: args.serverWarmup,
    maxSteal: args.maxSteal,
    results: measured.results,
    csv: measured.csv,
    naive: measured.naive,
    e2e: measured.e2e,
    serverRss: { idle: idleRss, afterLoad: measured.afterLoadRss, hwm: mem?.hwm ?? Number.NaN },
    loadavg: measured.loadavg,
    machineSpeed: measured.machineSpeed,
  };
  printReport(report);
  // A partial run (--only) keeps its results apart, so that --render still shows the last full run.
  const jsonFile = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), args.only ? "bench-api-partial.json" : "bench-api-last.json");
  fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2));
  log(`Raw results: ${path.relative(ROOT, jsonFile)}`);
  if (args.write && args.only) log("--write skipped: --only measured a subset");
  else if (args.write) writeSection(markdown(report));
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (e) => {
    console.error(e instanceof UsageError ? `bench:api: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : e);
    await cleanup();
    process.exit(1);
  });
