// `npm start` as a user runs it (node --import tsx: no tsx CLI in between to relay signals), with no DATABASE_URL: it brings up the embedded PostgreSQL,
// migrates, seeds and serves; it restarts PostgreSQL when PostgreSQL dies; on SIGTERM it
// finishes the request in flight, then stops the web server and PostgreSQL cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isAlive } from "./embedded-pg";

const ROOT = path.resolve(__dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-start-"));
let child: ChildProcess;
let exited: Promise<number | null>;
let output = "";
let base = "";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postmasterPid = () => Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

async function status(p: string): Promise<number> {
  try {
    return (await fetch(`${base}${p}`, { headers: { "cache-control": "no-cache" }, signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ATLAS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/start.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400 && (await status("/api/provinces")) !== 200; i++) await sleep(500);
}, 240_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGKILL");
    const pid = fs.existsSync(path.join(dataDir, "postmaster.pid")) ? postmasterPid() : 0;
    if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it("serves the seeds, with the ingest worker running beside the web server", async () => {
  expect(await status("/api/provinces"), output).toBe(200);
  expect(output).toMatch(/\[worker\] Taking ingest jobs; polling feeds every 900 s/);
  const { total } = (await (await fetch(`${base}/api/incidents`)).json()) as { total: number };
  expect(total).toBeGreaterThanOrEqual(5);
});

it("restarts PostgreSQL killed under it, and serves again without anyone acting", { timeout: 120_000 }, async () => {
  const pid = postmasterPid();
  process.kill(pid, "SIGKILL");
  const killedAt = Date.now();
  while (isAlive(pid)) await sleep(50);
  expect(await status("/api/incidents?limit=1")).toBe(503);
  let back = 0;
  while (Date.now() - killedAt < 60_000 && !back) {
    const both = [await status("/api/provinces"), await status("/api/incidents?limit=1")];
    if (both.every((s) => s === 200)) back = Date.now() - killedAt;
    else await sleep(250);
  }
  console.log(`[start] PostgreSQL killed: the API answered 200 again after ${back} ms`);
  expect(back, `never came back\n${output}`).toBeGreaterThan(0);
  expect(back).toBeLessThan(30_000);
  expect(postmasterPid()).not.toBe(pid);
  expect(output).toMatch(/PostgreSQL .*restart/i);
});

it("stops cleanly on SIGTERM without dropping the request in flight", { timeout: 120_000 }, async () => {
  const pid = postmasterPid();
  const inFlight = fetch(`${base}/api/incidents.csv`).then(async (r) => ({ status: r.status, body: await r.text() }));
  await sleep(50);
  child.kill("SIGTERM");
  const answered = await inFlight;
  expect(answered.status).toBe(200);
  expect(answered.body.split("\n")[0]).toContain("evidence");
  expect(await exited, output).toBe(0);
  expect(isAlive(pid)).toBe(false);
  expect(output).toMatch(/Stopping PostgreSQL/);
});
