// The command line of npm run bench:api.
import { UsageError } from "./log";

export interface Args {
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

export const USAGE =
  "Usage: npm run bench:api -- [--incidents N] [--duration S] [--warmup S] [--server-warmup S] [--max-steal P] " +
  "[--connections 1,16] [--naive-runs K] [--csv-runs K] [--reload] [--write] [--e2e] [--only NAME] | --render";

export function parseArgs(argv: string[]): Args {
  const a: Args = {
    incidents: 1_000_000,
    duration: 5,
    warmup: 1,
    serverWarmup: 2,
    maxSteal: 5,
    connections: [1, 16],
    naiveRuns: 3,
    csvRuns: 3,
    write: false,
    e2e: false,
    reload: false,
    only: null,
    render: false,
  };
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
