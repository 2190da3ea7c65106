// Clients that try to wear the production server down (server/serve.ts over real HTTP): bodies
// far over the limit sent without a length. Each must cost the server a bounded share.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";
import { freePort } from "@/server/ports";

const ROOT = path.resolve(__dirname, "..");
let child: ChildProcess;
let output = "";
let port = 0;
let token = "";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The live workers, from the server's log. */
function workers(): number[] {
  const ready = [...output.matchAll(/Worker (\d+) ready/g)].map((m) => Number(m[1]));
  const died = new Set([...output.matchAll(/Worker (\d+) died/g)].map((m) => Number(m[1])));
  return ready.filter((pid) => !died.has(pid));
}

/** The largest resident memory of the workers, in MB (Linux /proc). */
function largestWorkerRss(): number {
  let largest = 0;
  for (const pid of workers()) {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    largest = Math.max(largest, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  }
  return largest;
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("hostile", "correct horse battery");
  token = await createApiToken("hostile", "hostile-clients test");
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      ATLAS_HOST: "127.0.0.1",
      ATLAS_WORKERS: "1",
      ATLAS_RATE_LIMIT_WRITES: "100000",
      ATLAS_RATE_LIMIT_LOGINS: "100000",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  await until("the worker", () => workers().length === 1);
}, 240_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await disconnectDb();
});

interface Flood {
  status: number;
  text: string;
  /** Bytes of body sent when the answer came, and when the server closed the connection (null: it never did). */
  sentAtAnswer: number;
  sentAtClose: number | null;
  /** The largest worker's memory growth while the body was sent, in MB. */
  rssGrowth: number;
}

/**
 * Sends `head`, then spaces, chunked (no Content-Length), up to `total` bytes or until the
 * server closes the connection, while watching the workers' memory.
 */
async function flood(p: string, headers: Record<string, string>, head: string, total: number): Promise<Flood> {
  const rssBefore = largestWorkerRss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, largestWorkerRss())), 50);
  const req = http.request({ host: "127.0.0.1", port, method: "POST", path: p, agent: false, headers: { ...headers, "transfer-encoding": "chunked" } });
  let sent = 0;
  let closed = false;
  let answer: { status: number; text: string; sentAtAnswer: number } | null = null;
  const answered = new Promise<void>((resolve) => {
    req.on("response", (res) => {
      const sentAtAnswer = sent;
      let text = "";
      res.on("data", (d: Buffer) => (text += d));
      res.on("end", () => {
        answer = { status: res.statusCode ?? 0, text, sentAtAnswer };
        resolve();
      });
    });
  });
  req.on("error", () => {});
  req.on("close", () => (closed = true));
  const chunk = Buffer.alloc(256 * 1024, " ");
  try {
    req.write(head);
    while (!closed && sent < total) {
      sent += chunk.length;
      if (!req.write(chunk)) await Promise.race([new Promise((r) => req.once("drain", r)), new Promise((r) => req.once("close", r))]);
    }
    const sentAtClose = closed ? sent : null;
    if (!closed) req.end();
    await Promise.race([answered, sleep(30_000)]);
    if (!answer) throw new Error(`no answer from ${p} after ${sent} bytes`);
    const { status, text, sentAtAnswer } = answer as { status: number; text: string; sentAtAnswer: number };
    return { status, text, sentAtAnswer, sentAtClose, rssGrowth: rssPeak - rssBefore };
  } finally {
    clearInterval(sampler);
    req.destroy();
  }
}

const MB = 1024 * 1024;
const BOUNDARY = "----atlas-flood";
const multipartHead = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="article.txt"\r\nContent-Type: text/plain\r\n\r\n`;

describe("request bodies far over the limit, sent without a length", () => {
  const cases = [
    { name: "a JSON login", path: "/api/auth/login", headers: { "content-type": "application/json" }, head: '{"username":"a","password":"' },
    {
      name: "a multipart upload",
      path: "/api/articles",
      headers: () => ({ "content-type": `multipart/form-data; boundary=${BOUNDARY}`, authorization: `Bearer ${token}` }),
      head: multipartHead,
    },
    {
      name: "a JSON article to the extractor",
      path: "/api/extract",
      headers: () => ({ "content-type": "application/json", authorization: `Bearer ${token}` }),
      head: '{"text":"',
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} of 300 MB with a 413 while it streams, and stops reading`, { timeout: 120_000 }, async () => {
      const headers = typeof c.headers === "function" ? c.headers() : c.headers;
      const r = await flood(c.path, headers, c.head, 300 * MB);
      const closed = r.sentAtClose === null ? "never" : `${(r.sentAtClose / MB).toFixed(1)} MB`;
      console.log(
        `[hostile] ${c.name}: answered after ${(r.sentAtAnswer / MB).toFixed(1)} MB, closed after ${closed}, worker memory +${r.rssGrowth.toFixed(0)} MB`,
      );
      expect(r.status).toBe(413);
      expect(JSON.parse(r.text).error.code).toBe("payload_too_large");
      expect(r.sentAtAnswer).toBeLessThan(32 * MB);
      expect(r.sentAtClose).not.toBeNull();
      expect(r.sentAtClose!).toBeLessThan(64 * MB);
      expect(r.rssGrowth).toBeLessThan(100);
    });
  }

  it("stops reading a body that a route never reads, once it has answered", { timeout: 120_000 }, async () => {
    const r = await flood("/api/auth/logout", { "content-type": "application/json" }, "{", 300 * MB);
    console.log(`[hostile] unread body: answered ${r.status} after ${(r.sentAtAnswer / MB).toFixed(1)} MB, closed after ${r.sentAtClose} bytes sent`);
    expect(r.status).toBe(401);
    expect(r.sentAtClose).not.toBeNull();
    expect(r.sentAtClose!).toBeLessThan(64 * MB);
    expect(r.rssGrowth).toBeLessThan(100);
  });
});
