// The report of npm run bench:api: what every scenario measured, checked against the targets of
// issue 6, printed, kept as JSON and written as a section of docs/benchmarks.md.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "@/server/database";
import type { Check } from "@/tools/bench/harness/context";
import type { LoadInfo, Sizes } from "@/tools/bench/harness/data";
import { STEAL_TRIES } from "@/tools/bench/harness/steal";
import { fmtInt, fmtMB, fmtMs, mdTable, textTable } from "@/tools/bench/harness/stats";
import { type CsvResult, csvChecks, csvMarkdown } from "@/tools/bench/scenarios/csv";
import { type E2eResult, e2eChecks, e2eMarkdown } from "@/tools/bench/scenarios/dashboard";
import { connLabel, endpointChecks, endpointMarkdown, type EndpointResults } from "@/tools/bench/scenarios/endpoints";
import { type NaiveCase, naiveMarkdown, naiveRatio } from "@/tools/bench/scenarios/naive";

export interface Report {
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
  results: EndpointResults;
  csv: CsvResult | null;
  naive: NaiveCase[];
  e2e: E2eResult | null;
  serverRss: { idle: number; afterLoad: number; hwm: number };
  /** os.loadavg() before and after the load runs: other work on the machine shows here. */
  loadavg: { before: number[]; after: number[] };
  /** A fixed loop timed before and after the load runs, and the CPU steal between (see machine-speed.ts). */
  machineSpeed?: { referenceMsBefore: number; referenceMsAfter: number; stealPercent: number | null };
}

export function checks(r: Report): Check[] {
  return [...endpointChecks(r.results), ...(r.csv ? csvChecks(r.csv) : []), ...e2eChecks(r.e2e)];
}

/** Lets a reader compare runs: on a shared VM the same code measures up to 1.5x slower at a bad minute. */
function machineSpeedNote(r: Report): string {
  const ms = r.machineSpeed;
  if (!ms) return "";
  const steal = ms.stealPercent === null ? "" : `, CPU steal during the load runs ${ms.stealPercent.toFixed(1)}%`;
  return (
    ` Machine speed: a fixed single-threaded loop (\`tools/bench/harness/machine-speed.ts\`) took ` +
    `${fmtInt(ms.referenceMsBefore)} ms before the load runs and ${fmtInt(ms.referenceMsAfter)} ` +
    `ms after${steal}; on this shared VM that time varies up to 1.5× from one minute ` +
    `to the next with nothing of ours running, and every latency below moves with it.`
  );
}

function method(r: Report): string {
  const m = r.machine;
  const warm = r.serverWarmup
    ? `Before any measurement, every endpoint is loaded for ${r.serverWarmup} s at ` +
      `${Math.max(...(r.results[0]?.runs.map((x) => x.connections) ?? [16]))} connections and ` +
      `${r.serverWarmup} s computed afresh, unmeasured, so that the workers' request path ` +
      `is compiled (a cold server made the first endpoint measured look twice as slow). `
    : "";
  return (
    `Command: \`${r.command}\` (script: \`tools/bench/api.ts\`, one scenario per file in ` +
    `\`tools/bench/scenarios/\`). It runs its own embedded PostgreSQL in \`.data-bench/\`, ` +
    `loads the synthetic set when it holds fewer than the requested incidents ` +
    `(\`tools/cli/seed-synthetic.ts\`), runs \`VACUUM (ANALYZE)\`, builds the app when ` +
    `needed and starts the production server (\`server/serve.ts\`: Next's request handler ` +
    `in ${m.workers ?? 1} worker process(es), as \`npm start\` runs it) on a free ` +
    `port. ${warm}Each endpoint is loaded with autocannon for ${r.duration} s per ` +
    `concurrency level after a ${r.warmup} s warm-up that is not measured, always with ` +
    `\`dataset=synthetic\`. p50/p95/p99 are exact percentiles of every successful ` +
    `response time recorded in the measured window (autocannon's own histogram has no ` +
    `p95); req/s = responses / window. Client, web server and PostgreSQL share the same ` +
    `${m.nproc} CPUs, so 16 connections measure a saturated machine. Rows marked "1 ` +
    `fresh" send \`Cache-Control: no-cache\`: the server computes every answer (the cost ` +
    `of a filter nobody asked before); the other rows are the API as served, where ` +
    `a repeated read is answered from the read cache (\`lib/db/read-cache.ts\`) after ` +
    `one query that checks PostgreSQL's snapshot, i.e. that nothing was written since.`
  );
}

function dataTable(r: Report): string {
  const s = r.sizes;
  return mdTable(
    [
      "synthetic incidents",
      "database size",
      "Incident table",
      "Incident indexes",
      "month rollup",
      "governorate month rollup",
      "cell rollup",
      "fine cell rollup",
      "load time",
      "VACUUM ANALYZE",
    ],
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
        s.fineCellRollup === undefined ? "–" : `${fmtMB(s.fineCellRollup)} (${fmtInt(s.fineCellRollupRows ?? 0)} rows)`,
        r.load ? `${r.load.seconds.toFixed(1)} s${r.load.thisRun ? "" : ` (loaded ${r.load.date.slice(0, 10)})`}` : "not measured",
        `${r.vacuumSeconds.toFixed(1)} s`,
      ],
    ],
    ["r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
}

export function markdown(r: Report): string {
  const m = r.machine;
  const section = (lines: string[]) => (lines.length ? ["", ...lines] : []);
  return [
    method(r),
    "",
    `Run ${r.date.slice(0, 10)}: ${fmtInt(r.incidents)} synthetic incidents; ${m.nproc} CPUs (${m.cpu}), ${fmtMB(m.memory)} RAM; Node ${m.node}; PostgreSQL ` +
      `${m.postgres}; Next ${m.next}; Prisma pool ${m.poolSize} connections per worker; ${m.workers ?? 1} worker process(es).${machineSpeedNote(r)}`,
    "",
    "**Data**",
    "",
    dataTable(r),
    "",
    `Indexes of Incident: ${r.sizes.indexes.map((i) => `${i.name} ${fmtMB(i.bytes)}`).join(", ")}.`,
    "",
    ...endpointMarkdown(r.results, r.maxSteal ?? 5, STEAL_TRIES),
    ...section(r.csv ? csvMarkdown(r.csv, r.maxSteal ?? 5) : []),
    ...section(naiveMarkdown(r.naive, r.results)),
    ...section(e2eMarkdown(r.e2e)),
    "",
    "**Targets (issue 6)**",
    "",
    mdTable(
      ["target", "measured", "result"],
      checks(r).map((c) => [c.target, c.measured, c.pass ? "PASS" : "FAIL"]),
    ),
    "",
    `Server RSS (primary and workers summed): ${fmtMB(r.serverRss.idle)} after start-up, ${fmtMB(r.serverRss.afterLoad)} ` +
      `after the load runs, ${fmtMB(r.serverRss.hwm)} peak. Load average before/after the load runs: ` +
      `${r.loadavg.before.map((x) => x.toFixed(1)).join(", ")} / ${r.loadavg.after.map((x) => x.toFixed(1)).join(", ")} (1, 5, ` +
      `15 min) on ${m.nproc} CPUs — anything above ~2 before the runs is other work on the machine competing with the benchmark.`,
  ].join("\n");
}

/** The tables and the verdicts, on the console. */
export function printReport(r: Report): void {
  const rows = r.results.flatMap((x) =>
    x.endpoint.skipped
      ? [[x.endpoint.label, "–", `single request ${fmtInt(x.endpoint.probeMs ?? Number.NaN)} ms`, "", "", "", "", ""]]
      : x.runs.map((run) => [x.endpoint.label, connLabel(run), fmtMs(run.p50), fmtMs(run.p95), fmtMs(run.p99), fmtInt(run.rps), run.non2xx, run.errors]),
  );
  console.log(
    `\n${textTable(["endpoint", "conns", "p50 ms", "p95 ms", "p99 ms", "req/s", "non-2xx", "errors"], rows, ["l", "r", "r", "r", "r", "r", "r", "r"])}`,
  );
  if (r.naive.length) {
    const naive = r.naive.map((n) => {
      const x = naiveRatio(r.results, n);
      return [n.label, fmtInt(n.rows), fmtInt(x.naiveMs), fmtMs(x.oursMs), `${fmtInt(x.ratio)}x`];
    });
    console.log(`\n${textTable(["naive query", "rows", "naive ms", "ours p50 ms", "ratio"], naive, ["l", "r", "r", "r", "r"])}`);
  }
  console.log(`\nTargets at ${fmtInt(r.incidents)} synthetic incidents:`);
  for (const c of checks(r)) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.target}: ${c.measured}`);
  console.log("");
}

export function writeSection(md: string): void {
  writeMarkedSection("bench:api", "API at a million incidents", md);
}

/** Replaces the block between <!-- NAME --> and <!-- /NAME --> in docs/benchmarks.md, or appends it under `heading`. */
export function writeMarkedSection(name: string, heading: string, md: string): void {
  const file = path.join(ROOT, "docs/benchmarks.md");
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const current = fs.readFileSync(file, "utf8");
  const block = `${start}\n${md}\n${end}`;
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next =
    i !== -1 && j > i ? current.slice(0, i) + block + current.slice(j + end.length) : `${current.replace(/\s*$/, "")}\n\n## ${heading}\n\n${block}\n`;
  fs.writeFileSync(file, next);
  console.log(`[${name}] Wrote its section of ${path.relative(ROOT, file)}`);
}
