// `npm start` as a user runs it (node --import tsx: no tsx CLI in between to relay signals), with no DATABASE_URL: it brings up the embedded PostgreSQL,
// migrates, seeds and serves; on SIGTERM it finishes the request in flight, then stops the
// web server and PostgreSQL cleanly.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-start-"));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it("serves the seeds, then stops cleanly on SIGTERM without dropping the request in flight", { timeout: 240_000 }, async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ATLAS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/start.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

  const base = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let i = 0; i < 400 && !ready; i++) {
    try {
      ready = (await fetch(`${base}/api/provinces`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  expect(ready, output).toBe(true);
  const { total } = (await (await fetch(`${base}/api/incidents`)).json()) as { total: number };
  expect(total).toBeGreaterThanOrEqual(5);

  const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const inFlight = fetch(`${base}/api/incidents.csv`).then(async (r) => ({ status: r.status, body: await r.text() }));
  await new Promise((r) => setTimeout(r, 50));
  child.kill("SIGTERM");
  const answered = await inFlight;
  expect(answered.status).toBe(200);
  expect(answered.body.split("\n")[0]).toContain("evidence");
  expect(await exited, output).toBe(0);
  let alive = true;
  try {
    process.kill(pid, 0);
  } catch {
    alive = false;
  }
  expect(alive).toBe(false);
  expect(output).toMatch(/Stopping PostgreSQL/);
});
