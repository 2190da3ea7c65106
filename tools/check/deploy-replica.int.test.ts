// compose.yaml's replica, without Docker: deploy/postgres/primary-init.sh run on a new primary as
// the postgres image runs it, then deploy/postgres/replica.sh cloning it into a hot standby that
// streams what the primary writes. Uses the PostgreSQL of the machine (Debian's postgresql
// package, which has pg_basebackup; the embedded one has only the server), as the postgres user.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { freePort } from "@/server/ports";

const ROOT = path.resolve(__dirname, "../..");
const PASSWORD = "primary secret";
const REPLICATION_PASSWORD = "replication secret";

/** The newest /usr/lib/postgresql/N/bin that has pg_basebackup. */
function postgresBin(): string | null {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(base, v, "bin/pg_basebackup")));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(base, newest, "bin") : null;
}

const bin = postgresBin();
const isRoot = process.getuid?.() === 0;
// PostgreSQL refuses to run as root; as root the test runs it as the postgres user.
const postgresUser = isRoot ? { uid: Number(execFileSync("id", ["-u", "postgres"])), gid: Number(execFileSync("id", ["-g", "postgres"])) } : {};
const skip = !bin ? "no PostgreSQL with pg_basebackup under /usr/lib/postgresql (apt-get install postgresql)" : "";
if (skip) console.log(`[test] Skipping the replica scripts' test: ${skip}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-replica-"));
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: dir, ...extra });
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) =>
  execFileSync(cmd, args, { env: env(extra), ...postgresUser, stdio: ["ignore", "pipe", "pipe"] });
let replica: ChildProcess | null = null;
let replicaLog = "";
let primaryStarted = false;

afterAll(async () => {
  if (replica?.exitCode === null) {
    const exited = new Promise((r) => replica!.once("exit", r));
    replica.kill("SIGINT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (primaryStarted) run(`${bin}/pg_ctl`, ["-D", path.join(dir, "primary"), "-w", "-m", "fast", "stop"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function query(port: number, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "atlas", password: PASSWORD, database: "atlas" });
  await client.connect();
  try {
    return (await client.query(sql)).rows.map((r) => Object.values(r)[0]);
  } finally {
    await client.end();
  }
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${replicaLog}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

it.skipIf(!!skip)("makes a hot standby of a new primary that streams what the primary writes", { timeout: 120_000 }, async () => {
  // Copied, since the postgres user may not be able to enter the project's folder.
  for (const f of ["primary-init.sh", "replica.sh"]) fs.copyFileSync(path.join(ROOT, "deploy/postgres", f), path.join(dir, f));
  if (isRoot) for (const f of ["", "primary-init.sh", "replica.sh"]) fs.chownSync(path.join(dir, f), postgresUser.uid!, postgresUser.gid!);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = path.join(dir, "primary");
  const listen = (port: number) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  fs.writeFileSync(path.join(dir, "pw"), PASSWORD);
  if (isRoot) fs.chownSync(path.join(dir, "pw"), postgresUser.uid!, postgresUser.gid!);
  // As the postgres image initialises: local connections trusted, others by password.
  run(`${bin}/initdb`, ["-D", primary, "-U", "atlas", "--auth-local=trust", "--auth-host=scram-sha-256", `--pwfile=${path.join(dir, "pw")}`]);
  fs.appendFileSync(path.join(primary, "pg_hba.conf"), "host all all all scram-sha-256\n");
  run(`${bin}/pg_ctl`, ["-D", primary, "-w", "-l", path.join(dir, "primary.log"), "-o", listen(primaryPort), "start"]);
  primaryStarted = true;
  run(`${bin}/psql`, ["-h", dir, "-p", String(primaryPort), "-U", "atlas", "-d", "postgres", "-qc", "CREATE DATABASE atlas"]);
  const initEnv = { PGDATA: primary, POSTGRES_USER: "atlas", POSTGRES_DB: "atlas", REPLICATION_PASSWORD, PGHOST: dir, PGPORT: String(primaryPort) };
  run("sh", [path.join(dir, "primary-init.sh")], initEnv);
  run(`${bin}/pg_ctl`, ["-D", primary, "-w", "-l", path.join(dir, "primary.log"), "-o", listen(primaryPort), "restart"]);

  const replicaEnv = env({ PGDATA: path.join(dir, "replica"), PRIMARY_HOST: "127.0.0.1", PGPORT: String(primaryPort), PGPASSWORD: REPLICATION_PASSWORD });
  const args = [path.join(dir, "replica.sh"), ...listen(replicaPort).split(" ")];
  replica = spawn("sh", args, { env: replicaEnv, ...postgresUser, stdio: ["ignore", "pipe", "pipe"] });
  replica.stdout!.on("data", (d: Buffer) => (replicaLog += d));
  replica.stderr!.on("data", (d: Buffer) => (replicaLog += d));

  expect(
    await until(
      "the standby to answer",
      () => query(replicaPort, "SELECT pg_is_in_recovery()"),
      () => true,
    ),
  ).toEqual([true]);
  await query(primaryPort, "CREATE TABLE written (x int)");
  await query(primaryPort, "INSERT INTO written VALUES (42)");
  expect(
    await until(
      "the write to reach the standby",
      () => query(replicaPort, "SELECT x FROM written"),
      (r) => r.length > 0,
    ),
  ).toEqual([42]);
  expect(await query(primaryPort, "SELECT state FROM pg_stat_replication")).toEqual(["streaming"]);
  await expect(query(replicaPort, "INSERT INTO written VALUES (1)")).rejects.toThrow(/read-only/);
});
