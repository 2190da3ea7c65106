// Load generation for tools/bench/api.ts with autocannon's programmatic API. autocannon's
// own histogram reports p50, p90, p97.5 and p99 but no p95, so every response time is also
// recorded here (through the instance's "response" event, the same duration autocannon puts
// in its histogram: request written to response complete, in ms) and the percentiles are
// computed exactly from those samples.
import { createRequire } from "node:module";
import { percentile } from "@/tools/bench/harness/stats";
import { cpuTimes, stealPercent } from "./machine-speed";

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  latency: { p50: number; p97_5: number; p99: number; max: number };
  requests: { total: number; average: number };
}
interface AutocannonInstance {
  on(event: "response", cb: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  stop(): void;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

const autocannon = createRequire(__filename)("autocannon") as Autocannon;

export interface LoadResult {
  connections: number;
  /** Sent with `Cache-Control: no-cache`: every response computed afresh, none from the read cache. */
  fresh?: boolean;
  seconds: number;
  /** Responses received in the measured window. */
  responses: number;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon counts a timeout as an error). */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU cores busy on average during the window: the web server, PostgreSQL (when local). */
  cpu?: { next: number; pg: number };
  /** Share of the machine's CPU time the hypervisor gave to other guests during the window, in percent. */
  steal?: number | null;
  /** Runs made to get this one (more than one when earlier runs were disturbed by CPU steal). */
  tries?: number;
  /** autocannon's own histogram, for cross-checking. */
  autocannon: { p50: number; p97_5: number; p99: number };
}

let current: AutocannonInstance | null = null;
/** Stops a run in progress (on Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

function run(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
  record?: (status: number, ms: number) => void,
): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 30, headers }, (err, result) => {
      current = null;
      if (err) reject(err);
      else resolve(result);
    });
    current = instance;
    if (record) instance.on("response", (_c, status, _b, ms) => record(status, ms));
  });
}

/**
 * Load that is not measured: V8 compiles a worker's request path (Next's router, our handlers,
 * zod's parsers) only after it has run hot for a while, so the first endpoint measured on a
 * cold server would pay for every later one.
 */
export async function warmUp(url: string, connections: number, seconds: number, fresh = false): Promise<void> {
  await run(url, connections, seconds, fresh ? { "cache-control": "no-cache" } : {});
}

/**
 * A warm-up run (not measured), then `seconds` of load at `connections` concurrent connections;
 * `fresh`: every request says `Cache-Control: no-cache`, so the server computes each answer.
 */
export async function measure(
  url: string,
  connections: number,
  seconds: number,
  warmupSeconds: number,
  cpu?: { next: () => number; pg: () => number },
  fresh = false,
): Promise<LoadResult> {
  const headers: Record<string, string> = fresh ? { "cache-control": "no-cache" } : {};
  if (warmupSeconds > 0) await run(url, connections, warmupSeconds, headers);
  const cpu0 = cpu ? { next: cpu.next(), pg: cpu.pg() } : null;
  const okTimes: number[] = [];
  let non2xx = 0;
  const times0 = cpuTimes();
  const started = process.hrtime.bigint();
  const result = await run(url, connections, seconds, headers, (status, ms) => {
    if (status >= 200 && status < 300) okTimes.push(ms);
    else non2xx++;
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const steal = stealPercent(times0, cpuTimes());
  // PostgreSQL's CPU is summed over its live processes, so a backend that exits during the
  // window takes its seconds with it: clamp at zero rather than report a negative load.
  const cpuUsed = cpu && cpu0 ? { next: Math.max(0, (cpu.next() - cpu0.next) / elapsed), pg: Math.max(0, (cpu.pg() - cpu0.pg) / elapsed) } : undefined;
  okTimes.sort((a, b) => a - b);
  const responses = okTimes.length + non2xx;
  return {
    connections,
    ...(fresh ? { fresh } : {}),
    seconds: elapsed,
    responses,
    ok: okTimes.length,
    non2xx,
    errors: result.errors,
    rps: responses / elapsed,
    p50: percentile(okTimes, 50),
    p95: percentile(okTimes, 95),
    p99: percentile(okTimes, 99),
    max: okTimes.length ? okTimes[okTimes.length - 1]! : Number.NaN,
    cpu: cpuUsed,
    steal,
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
  };
}
