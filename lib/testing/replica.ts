// Test helper: a primary and a physical streaming standby of it, both from the embedded
// PostgreSQL 17 package (it ships no pg_basebackup, so the standby is made with the low-level
// backup API: pg_backup_start, a copy of the data folder, pg_backup_stop's backup_label).
// Nothing is installed beyond the npm packages; everything lives in a temporary folder.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/server/embedded-pg";
import { postgresBinDir } from "@/server/pg-runtime";
import { freePort } from "@/server/ports";

export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops the standby (fast shutdown), as an outage would. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Stops both and removes their folders. */
  stop(): Promise<void>;
}

const DATABASE = "conflict_atlas";
const SLOT = "atlas_standby";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The postgres user's ids when root runs the test (PostgreSQL refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no postgres user (the embedded PostgreSQL creates it on its first start as root)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(dir: string, owner: { uid: number; gid: number }): void {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, owner);
    else fs.chownSync(p, owner.uid, owner.gid);
  }
}

/** What a base backup leaves out: the running server's files, and the contents of its WAL (streamed instead), slots and runtime folders. */
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts"]);
const EMPTY_DIRS = new Set(["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans"]);

/** Copies the primary's folder between pg_backup_start and pg_backup_stop, and writes the standby's settings. */
async function baseBackup(primaryUrl: string, from: string, to: string, primaryPort: number): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_backup_start('atlas-standby', true)`);
    fs.mkdirSync(to, { mode: 0o700 });
    for (const e of fs.readdirSync(from)) {
      if (EMPTY_DIRS.has(e)) fs.mkdirSync(path.join(to, e), { mode: 0o700 });
      else if (!SKIP_FILES.has(e)) fs.cpSync(path.join(from, e), path.join(to, e), { recursive: true });
    }
    fs.mkdirSync(path.join(to, "pg_wal", "archive_status"));
    const { rows } = await client.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(false)`);
    fs.writeFileSync(path.join(to, "backup_label"), rows[0]!.labelfile);
  } finally {
    await client.end();
  }
  fs.writeFileSync(path.join(to, "standby.signal"), "");
  const conninfo = `host=localhost port=${primaryPort} user=replicator password=replicator application_name=${SLOT}`;
  fs.appendFileSync(path.join(to, "postgresql.auto.conf"), `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${SLOT}'\n`);
}

async function waitForStandby(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the standby exited: ${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ r: boolean }>("SELECT pg_is_in_recovery() AS r");
      if (rows[0]?.r) return;
    } catch {
      /* starting */
    } finally {
      await client.end().catch(() => {});
    }
    await sleep(100);
  }
  throw new Error(`the standby did not accept connections: ${output()}`);
}

/** Starts a fresh primary with the replication role and slot, and a standby streaming from it. */
export async function startReplicaPair(log: (s: string) => void = () => {}): Promise<ReplicaPair> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-replica-"));
  fs.chmodSync(root, 0o755);
  const primaryDir = path.join(root, "primary");
  const standbyDir = path.join(root, "standby");
  const primaryDb = await startEmbeddedPostgres({ dataDir: primaryDir, database: DATABASE, preferredPort: await freePort(), fresh: true, log });
  const primaryUrl = primaryDb.url;
  const primaryPort = Number(new URL(primaryUrl).port);
  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  await admin.query(`CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD 'replicator'`);
  await admin.query(`SELECT pg_create_physical_replication_slot('${SLOT}')`);
  await admin.end();
  await baseBackup(primaryUrl, primaryDir, standbyDir, primaryPort);
  const owner = postgresUser();
  if (owner) chownTree(standbyDir, owner);

  const port = await freePort();
  const replicaUrl = primaryUrl.replace(`:${primaryPort}/`, `:${port}/`);
  let child: ChildProcess | null = null;
  let output = "";
  const startReplica = async () => {
    output = "";
    const args = ["-D", standbyDir, "-p", String(port), "-c", "listen_addresses=localhost", "-c", "shared_buffers=32MB"];
    const c = spawn(path.join(postgresBinDir(), "postgres"), args, { ...(owner ?? {}), stdio: ["ignore", "pipe", "pipe"] });
    c.stdout?.on("data", (d) => (output += d));
    c.stderr?.on("data", (d) => (output += d));
    child = c;
    await waitForStandby(replicaUrl, c, () => output);
    log(`standby streaming from port ${primaryPort} on port ${port}`);
  };
  const stopReplica = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGINT"); // fast shutdown
    await Promise.race([exited, sleep(10_000)]);
  };
  await startReplica();
  return {
    primaryUrl,
    replicaUrl,
    startReplica,
    stopReplica,
    stop: async () => {
      await stopReplica();
      await primaryDb.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
