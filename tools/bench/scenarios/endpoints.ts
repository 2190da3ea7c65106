// Scenario: every endpoint the dashboard calls, under load with autocannon at each concurrency
// level and once more at one connection with every answer computed afresh; p50/p95/p99 against
// the latency targets of issue 6.
import { type BenchContext, getJson, q, type Check } from "@/tools/bench/harness/context";
import { cpuSeconds, descendants, postgresPids } from "@/tools/bench/harness/server";
import { type LoadResult, measure, warmUp } from "@/tools/bench/harness/load";
import { log } from "@/tools/bench/harness/log";
import { leastDisturbed, stealCell } from "@/tools/bench/harness/steal";
import { fmtInt, fmtMs, mdTable } from "@/tools/bench/harness/stats";

export type Target = "sums" | "clusters" | "page" | null;
export interface Endpoint {
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

export function endpoints(ids: { id: number; cursor: string }): Endpoint[] {
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
    {
      name: "incidents-aleppo-2015",
      label: "incidents province=Aleppo&year=2015",
      path: `/api/incidents?${q({ limit: "100", province: "Aleppo", year: "2015" })}`,
      target: "page",
    },
    {
      name: "incidents-is-killed",
      label: "incidents perpetrator=Islamic State&sort=killed_desc",
      path: `/api/incidents?${q({ limit: "100", perpetrator: "Islamic State", sort: "killed_desc" })}`,
      target: "page",
    },
    {
      name: "incidents-min-killed",
      label: "incidents minKilled=50",
      path: `/api/incidents?${q({ limit: "100", minKilled: "50" })}`,
      target: "page",
    },
    { name: "incident", label: `incidents/${ids.id}`, path: `/api/incidents/${ids.id}`, target: null },
    // Last: when it is slow it leaves the server's heap large for whatever runs after it.
    {
      name: "incidents-page2",
      label: "incidents limit=100, 2nd page (cursor)",
      path: `/api/incidents?${q({ limit: "100", cursor: ids.cursor })}`,
      target: "page",
    },
  ];
}

/** One request per endpoint before the load: it must answer 200, and its size goes in the log. */
function shapeOf(body: unknown): string {
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.points)) return `${b.points.length} points`;
  if (Array.isArray(b.provinces)) return `${b.provinces.length} governorates`;
  if (Array.isArray(b.clusters)) return `${b.mode}, ${b.clusters.length} ${b.mode === "cells" ? "cells" : "points"}`;
  if (Array.isArray(b.incidents)) return `${b.incidents.length} rows of ${fmtInt(Number(b.total))}`;
  if (b.incident) return "1 incident";
  return "?";
}

export type EndpointResults = { endpoint: Endpoint; runs: LoadResult[] }[];

/** "16", or "1 fresh" for a run whose every answer was computed afresh (Cache-Control: no-cache). */
export const connLabel = (run: LoadResult) => `${run.connections}${run.fresh ? " fresh" : ""}`;

/** One request, to check the endpoint answers and to see whether it can be put under load at all. */
async function probe(base: string, e: Endpoint): Promise<boolean> {
  const tp = process.hrtime.bigint();
  const check = await getJson(base, e.path);
  e.probeMs = Number(process.hrtime.bigint() - tp) / 1e6;
  if (check.status !== 200) throw new Error(`${e.path} answered ${check.status}: ${JSON.stringify(check.body).slice(0, 300)}`);
  e.shape = shapeOf(check.body);
  if (e.probeMs <= PROBE_LIMIT_MS) return true;
  // Under load such a request only piles up (and a few at once can exhaust the server's memory).
  const again = process.hrtime.bigint();
  await getJson(base, e.path);
  const second = Number(process.hrtime.bigint() - again) / 1e6;
  e.skipped = `one request took ${fmtInt(e.probeMs)} ms, then ${fmtInt(second)} ms: not put under load`;
  log(`${e.label.padEnd(52)} SKIPPED: ${e.skipped}  [${e.shape}]`);
  return false;
}

export async function runEndpoints(ctx: BenchContext): Promise<EndpointResults> {
  const { args, base } = ctx;
  const first = (await getJson(base, `/api/incidents?${q({ limit: "100" })}`)).body as { incidents: { id: number }[]; nextCursor: string | null };
  if (!first.incidents?.length || !first.nextCursor) throw new Error("the synthetic dataset is empty: nothing to benchmark");
  const list = endpoints({ id: first.incidents[Math.floor(first.incidents.length / 2)]!.id, cursor: first.nextCursor });
  const selected = args.only ? list.filter((e) => e.name.includes(args.only!)) : list;
  const pgPids = ctx.database.embedded ? postgresPids(process.env.ATLAS_DATA_DIR) : () => [];
  const serverPid = ctx.server.serverPid;
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
  const results: EndpointResults = [];
  for (const e of selected) {
    if (!(await probe(base, e))) {
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
        `${e.label.padEnd(52)} c=${String(c).padStart(2)}${fresh ? " fresh" : "      "}  p50 ` +
          `${fmtMs(r.p50).padStart(6)}  p95 ${fmtMs(r.p95).padStart(6)}  p99 ${fmtMs(r.p99).padStart(6)} ms  ` +
          `${fmtInt(r.rps).padStart(6)} req/s  non-2xx ${r.non2xx} errors ${r.errors}  cpu next ` +
          `${r.cpu?.next.toFixed(2)} pg ${r.cpu?.pg.toFixed(2)} steal ${r.steal?.toFixed(1) ?? "?"}%  [${e.shape}]`,
      );
    }
    results.push({ endpoint: e, runs });
  }
  return results;
}

const TARGETS: Record<Exclude<Target, null>, { ms: number; what: string }> = {
  sums: { ms: 50, what: "timeline and governorate sums p95 ≤ 50 ms" },
  clusters: { ms: 100, what: "clusters for any view p95 ≤ 100 ms" },
  page: { ms: 50, what: "a filtered page of 100 incidents p95 ≤ 50 ms" },
};

/** One check per target and concurrency level: the worst p95 of its endpoints. */
export function endpointChecks(results: EndpointResults): Check[] {
  const out: Check[] = [];
  const kinds = [...new Map(results.flatMap((x) => x.runs.map((y) => [connLabel(y), { conns: y.connections, fresh: !!y.fresh }] as const))).values()];
  for (const [key, t] of Object.entries(TARGETS) as [Exclude<Target, null>, { ms: number; what: string }][]) {
    for (const { conns, fresh } of kinds) {
      const all = results.filter((x) => x.endpoint.target === key);
      const skipped = all.filter((x) => x.endpoint.skipped);
      const measured = all.map((x) => ({ e: x.endpoint, run: x.runs.find((y) => y.connections === conns && !!y.fresh === fresh) })).filter((x) => x.run);
      const how = `${conns} connection${conns > 1 ? "s" : ""}${fresh ? ", every answer computed afresh" : ""}`;
      const worst = measured.length ? measured.reduce((a, b) => (b.run!.p95 > a.run!.p95 ? b : a)) : null;
      if (skipped.length) {
        const others = worst ? [`the others: worst p95 ${fmtMs(worst.run!.p95)} ms (${worst.e.label})`] : [];
        out.push({
          target: `${t.what} (${how})`,
          measured: [...skipped.map((x) => `${x.endpoint.label}: ${x.endpoint.skipped}`), ...others].join("; "),
          pass: false,
        });
        continue;
      }
      if (!worst) continue;
      const clean = measured.every((x) => x.run!.non2xx === 0 && x.run!.errors === 0);
      out.push({
        target: `${t.what} (${how})`,
        measured: `worst p95 ${fmtMs(worst.run!.p95)} ms (${worst.e.label})${clean ? "" : "; some requests failed"}`,
        pass: worst.run!.p95 <= t.ms && clean,
      });
    }
  }
  return out;
}

export function endpointMarkdown(results: EndpointResults, maxSteal: number, stealTries: number): string[] {
  const rows: (string | number)[][] = [];
  for (const x of results) {
    if (x.endpoint.skipped) rows.push([x.endpoint.label, "–", "–", "–", "–", "–", "–", "–", "–", "–", `${x.endpoint.shape}; ${x.endpoint.skipped}`]);
    for (const run of x.runs) {
      const cpu = run.cpu ? `${run.cpu.next.toFixed(2)} / ${run.cpu.pg > 0 ? run.cpu.pg.toFixed(2) : "–"}` : "–";
      rows.push([
        x.endpoint.label,
        connLabel(run),
        fmtMs(run.p50),
        fmtMs(run.p95),
        fmtMs(run.p99),
        fmtInt(run.rps),
        fmtInt(run.responses),
        run.non2xx,
        run.errors,
        cpu,
        stealCell(run),
        x.endpoint.shape ?? "",
      ]);
    }
  }
  return [
    "**Latency (ms) and throughput per endpoint**",
    "",
    mdTable(["endpoint", "conns", "p50", "p95", "p99", "req/s", "requests", "non-2xx", "errors", "CPU cores next / pg", "steal %", "response"], rows, [
      "l",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
      "l",
    ]),
    "",
    `CPU cores: CPU seconds per second of the measured window used by the web server (primary and workers) and by PostgreSQL (postmaster and ` +
      `backends), from /proc; the rest of the 2 CPUs went to autocannon and to whatever else ran on the machine. Steal: the share of the machine's ` +
      `CPU time that the hypervisor gave to other guests during the window (/proc/stat); a row with high steal ran on less than 2 CPUs. A run with ` +
      `more than ${maxSteal}% steal is measured again, up to ${stealTries} times, and the least disturbed is kept ("tries" says how many it took).`,
  ];
}
