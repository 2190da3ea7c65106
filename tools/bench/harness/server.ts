// The web server under benchmark: server/serve.ts (as npm start runs it) on a free port, its
// process tree, its memory
// (VmRSS from /proc), and a clean stop.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "@/server/database";

import { freePort } from "@/server/ports";

export { freePort };

/** Children of a pid, from /proc/<pid>/task/<tid>/children (Linux). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  const taskDir = `/proc/${pid}/task`;
  if (!fs.existsSync(taskDir)) return out;
  for (const tid of fs.readdirSync(taskDir)) {
    try {
      const text = fs.readFileSync(path.join(taskDir, tid, "children"), "utf8").trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    } catch {
      // the task ended meanwhile
    }
  }
  return out;
}

export function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    for (const c of childrenOf(p)) {
      all.push(c);
      queue.push(c);
    }
  }
  return all;
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

/** RSS of a process and all its descendants (the server's primary and workers), in bytes; peaks summed. */
export function memoryOfTree(pid: number): { rss: number; hwm: number } | null {
  const own = memoryOf(pid);
  if (!own) return null;
  return descendants(pid).reduce((sum, p) => {
    const m = memoryOf(p);
    return m ? { rss: sum.rss + m.rss, hwm: sum.hwm + m.hwm } : sum;
  }, own);
}

/** VmRSS and VmHWM (peak) of a process in bytes, or null when it is gone. */
export function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) used so far by the processes, from /proc/<pid>/stat. */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / TICKS;
}

/** The postmaster and its children (backends, background workers) of a data folder, if local. */
export function postgresPids(dataDir: string | undefined): () => number[] {
  if (!dataDir) return () => [];
  return () => {
    try {
      const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      return Number.isInteger(pid) ? [pid, ...descendants(pid)] : [];
    } catch {
      return [];
    }
  };
}

export interface BenchServer {
  url: string;
  port: number;
  /** The server's primary process; its workers (which answer the requests) are its children. */
  serverPid: number;
  /** The same as serverPid (tools/bench/load.ts reads it under this name). */
  pid: number;
  serverTitle: string;
  /** The worker pids, as the server logged them when each was ready. */
  workerPids: number[];
  stop(): Promise<void>;
}

export async function startNextServer(opts: { databaseUrl: string; log: (s: string) => void; env?: NodeJS.ProcessEnv }): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...opts.env,
      PORT: String(port),
      ATLAS_HOST: "127.0.0.1",
      DATABASE_URL: opts.databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  });
  let output = "";
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  const stop = async () => {
    if (exited || child.exitCode !== null) return;
    const done = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const t = setTimeout(() => {
      if (!exited) child.kill("SIGKILL");
    }, 10_000);
    await done;
    clearTimeout(t);
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`the server exited before answering:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer within 90 s:\n${output}`);
    }
    try {
      const r = await fetch(`${url}/api/provinces?dataset=synthetic`, { signal: AbortSignal.timeout(30_000) });
      await r.arrayBuffer();
      // Answering is not enough: the first worker answers while the others are still warming
      // up; the primary says when every one of them is ready.
      if (r.ok && /worker process\(es\) serving on/.test(output)) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const serverPid = child.pid!;
  // From the log, not from the process tree: the primary has other children (tsx's esbuild).
  const workerPids = [...output.matchAll(/Worker (\d+) ready/g)].map((m) => Number(m[1]));
  opts.log(`server/serve.ts on ${url} (pid ${serverPid}, ${workerPids.length} worker(s))`);
  return { url, port, serverPid, pid: serverPid, serverTitle: cmdline(serverPid), workerPids, stop };
}
