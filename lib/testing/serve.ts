// Test helpers: the production server (server/serve.ts) on 127.0.0.1, and requests sent from
// any loopback address, since Linux routes all of 127.0.0.0/8 here: one test can play many clients.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { freePort } from "@/server/ports";

const ROOT = path.resolve(__dirname, "../..");

export interface Served {
  port: number;
  /** What the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface Sent {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

export interface SendOptions {
  method?: string;
  /** The local address the request leaves from: the client address the server sees. */
  from?: string;
  headers?: Record<string, string>;
  /** Sent as JSON when not a string. */
  body?: unknown;
}

/** One request on a connection of its own, so each is a new client connection. */
export function send(port: number, p: string, opts: SendOptions = {}): Promise<Sent> {
  const body = opts.body === undefined || typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string | number> = { ...opts.headers };
  if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
  if (body !== undefined && typeof opts.body !== "string") headers["content-type"] ??= "application/json";
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: opts.method ?? "GET", path: p, agent: false, localAddress: opts.from, headers }, (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await send(port, "/api/provinces")).status === 200;
  } catch {
    return false;
  }
}

/** Starts server/serve.ts (the build must exist: tools/test/run.ts makes it) and waits until it answers. */
export async function startServe(env: Record<string, string> = {}): Promise<Served> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), ATLAS_HOST: "127.0.0.1", ATLAS_WORKERS: "2", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server/serve.ts did not answer:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { port, output: () => output, stop };
}
