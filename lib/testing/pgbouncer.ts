// Test helpers: Debian's PgBouncer with the deployment's settings (transaction mode) on 127.0.0.1,
// in front of the test database. Installed with apt-get when missing and we are root (as tools/test/chromium.ts does
// for Chromium); otherwise the tests that need it are skipped with the reason.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/server/ports";

const BINARY = "/usr/sbin/pgbouncer";
const ROOT = path.resolve(__dirname, "../..");

/** The binary, installing Debian's package when it is missing; or why there is none. */
export function ensurePgbouncer(log: (s: string) => void = console.log): { binary: string } | { missing: string } {
  if (fs.existsSync(BINARY)) return { binary: BINARY };
  if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/apt-get")) {
    return { missing: "PgBouncer is not installed (sudo apt-get install -y pgbouncer), and only root may install it from here" };
  }
  log("[test] PgBouncer is missing: installing Debian's pgbouncer with apt-get (needed by the pooler test)…");
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "pgbouncer"], { stdio: "inherit", env });
  } catch (e) {
    return { missing: `apt-get could not install pgbouncer (${(e as Error).message.split("\n")[0]})` };
  }
  return fs.existsSync(BINARY) ? { binary: BINARY } : { missing: `apt-get ran, but ${BINARY} is not there` };
}

export interface Bouncer {
  /** DATABASE_URL through the pooler. */
  url: string;
  port: number;
  /** What PgBouncer logged so far. */
  log: () => string;
  stop: () => Promise<void>;
}

export interface BouncerOptions {
  /** Server connections per database and user: small, so that many clients share few. */
  poolSize?: number;
}

/** The deployment's settings (deploy/pgbouncer/pgbouncer.ini), pointed at `databaseUrl` and at files of this run. */
export function bouncerIni(databaseUrl: string, port: number, dir: string, opts: BouncerOptions = {}): string {
  const u = new URL(databaseUrl);
  const name = u.pathname.slice(1);
  const host = u.hostname === "localhost" ? "127.0.0.1" : u.hostname;
  const overrides: Record<string, string> = {
    listen_addr: "127.0.0.1",
    listen_port: String(port),
    default_pool_size: String(opts.poolSize ?? 4),
    auth_file: path.join(dir, "userlist.txt"),
    // The console (SHOW POOLS, SHOW STATS) for the tests.
    admin_users: decodeURIComponent(u.username),
    logfile: path.join(dir, "pgbouncer.log"),
    pidfile: path.join(dir, "pgbouncer.pid"),
  };
  const settings = { ...deployedSettings(), ...overrides };
  return [
    "[databases]",
    `${name} = host=${host} port=${u.port || 5432} dbname=${name}`,
    "[pgbouncer]",
    ...Object.entries(settings).map(([k, v]) => `${k} = ${v}`),
    "",
  ].join("\n");
}

/** The [pgbouncer] section of deploy/pgbouncer/pgbouncer.ini, as keys and values. */
export function deployedSettings(): Record<string, string> {
  const text = fs.readFileSync(path.join(ROOT, "deploy/pgbouncer/pgbouncer.ini"), "utf8");
  const section = text.split(/^\[pgbouncer\]$/m)[1]?.split(/^\[/m)[0] ?? "";
  const settings: Record<string, string> = {};
  for (const line of section.split("\n")) {
    const m = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) settings[m[1]!] = m[2]!;
  }
  return settings;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => {
      s.end();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

/** Starts PgBouncer in front of `databaseUrl`; as root it runs as the postgres user (it refuses root). */
export async function startPgbouncer(binary: string, databaseUrl: string, opts: BouncerOptions = {}): Promise<Bouncer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pgbouncer-"));
  const port = await freePort();
  const u = new URL(databaseUrl);
  const user = decodeURIComponent(u.username);
  fs.writeFileSync(path.join(dir, "userlist.txt"), `"${user}" "${decodeURIComponent(u.password)}"\n`, { mode: 0o600 });
  fs.writeFileSync(path.join(dir, "pgbouncer.ini"), bouncerIni(databaseUrl, port, dir, opts));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
    for (const f of ["", "userlist.txt", "pgbouncer.ini"]) fs.chownSync(path.join(dir, f), id("-u"), id("-g"));
  }
  const child: ChildProcess = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")], { stdio: "ignore" });
  // A test run that dies must not leave the pooler behind.
  const orphaned = () => {
    child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", orphaned);
  const readLog = () => fs.readFileSync(path.join(dir, "pgbouncer.log"), { encoding: "utf8", flag: "a+" });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`PgBouncer did not start:\n${readLog()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  u.hostname = "127.0.0.1";
  u.port = String(port);
  const stop = async () => {
    process.off("exit", orphaned);
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: u.toString(), port, log: readLog, stop };
}
