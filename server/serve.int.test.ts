// The production server (server/serve.ts) with two workers behind one port: a client's rate
// limit holds however its connections are spread over the workers, a worker that dies is
// replaced while the other keeps serving, and SIGTERM stops them all.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";
import { freePort } from "@/server/ports";

const ROOT = path.resolve(__dirname, "..");
let child: ChildProcess;
let output = "";
/** Where the current server's log starts in `output`. */
let serverLogStart = 0;
let port = 0;

/** One request on a connection of its own (no keep-alive), so the primary hands each to the next worker. */
function request(method: string, p: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: p,
        agent: false,
        headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {},
      },
      (res) => {
        let text = "";
        res.on("data", (d: Buffer) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The live workers, from the server's own log (pids as this process sees them; /proc may belong to another pid namespace). */
function workers(): number[] {
  const log = output.slice(serverLogStart);
  const ready = [...log.matchAll(/Worker (\d+) ready/g)].map((m) => Number(m[1]));
  const died = new Set([...log.matchAll(/Worker (\d+) died/g)].map((m) => Number(m[1])));
  return ready.filter((pid) => !died.has(pid));
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const answers = async () => {
  try {
    return (await request("GET", "/api/provinces")).status === 200;
  } catch {
    return false;
  }
};

async function startServer(): Promise<ChildProcess> {
  port = await freePort();
  serverLogStart = output.length;
  const c = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      ATLAS_HOST: "127.0.0.1",
      ATLAS_WORKERS: "2",
      ATLAS_RATE_LIMIT_LOGINS: "4",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  c.stdout!.on("data", (d: Buffer) => (output += d));
  c.stderr!.on("data", (d: Buffer) => (output += d));
  child = c;
  await until("the server to answer", answers, 120_000);
  await until("two workers", () => workers().length === 2);
  return c;
}

beforeAll(async () => {
  // Rate-limit windows live in the database: none left from another file's logins.
  await resetDatabase();
  await disconnectDb();
  await startServer();
}, 180_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

describe("server/serve.ts", () => {
  it("counts a client's login attempts across the workers: the 5th of a limit of 4 is refused", async () => {
    const attempt = JSON.stringify({ username: "nobody", password: "wrong" });
    const statuses: number[] = [];
    // Each attempt on a new connection: round-robin gives the workers turns, so a count per
    // worker would see only two or three of them and never refuse.
    for (let i = 0; i < 5; i++) statuses.push((await request("POST", "/api/auth/login", attempt)).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
  });

  it("replaces a worker that dies, and keeps answering meanwhile", { timeout: 120_000 }, async () => {
    const [victim, survivor] = workers();
    process.kill(victim!, "SIGKILL");
    await until("the killed worker to be gone", () => !workers().includes(victim!));
    expect(workers()).toContain(survivor);
    expect(await answers()).toBe(true);
    await until("a replacement worker", () => workers().length === 2, 90_000);
    expect(output).toMatch(/died .*starting another/);
  });

  it("stops every worker on SIGTERM and exits 0", { timeout: 180_000 }, async () => {
    // A server of its own, so that this test does not depend on what the others left running.
    const previous = child;
    previous.kill("SIGKILL");
    await startServer();
    const before = workers();
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of before) {
      let alive = true;
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
      expect(alive, `worker ${pid} still running`).toBe(false);
    }
  });
});
