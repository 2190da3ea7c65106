// A small in-memory fixed-window rate limiter, per key (client address + route). Under the
// production server (server/serve.ts) the worker processes share one count per key: the
// primary process holds the windows and each worker asks it over node:cluster's IPC channel,
// so a client gets the same limit however its connections are spread. A process on its own
// (next dev, tests) counts for itself. Behind several machines, put the limit in the proxy.
import { CLIENT_ADDRESS_HEADER, limitKey } from "@/lib/api/client-address";
import { ApiError } from "@/lib/api/errors";

export interface RateLimitAsk {
  atlas: "rate-limit";
  id: number;
  key: string;
  limit: number;
  windowMs: number;
}
export interface RateLimitAnswer {
  atlas: "rate-limit-answer";
  id: number;
  /** 0 when the hit is allowed, else the seconds until the window ends. */
  retryAfterSeconds: number;
}

/** Fixed windows per key: the first hit opens a window of `windowMs`; hits past `limit` in it are refused. */
export class FixedWindows {
  private windows = new Map<string, { start: number; count: number }>();

  /** Counts a hit; returns 0 when allowed, else the whole seconds to wait. */
  hit(key: string, limit: number, windowMs: number, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (now - v.start >= windowMs) this.windows.delete(k);
      return 0;
    }
    w.count++;
    return w.count > limit ? Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) : 0;
  }
}

const local = new FixedWindows();
const pending = new Map<number, (retry: number) => void>();
let nextId = 1;
let listening = false;

/** True in a worker of server/serve.ts, whose primary keeps the shared windows. */
const inServeWorker = () => process.env.ATLAS_CLUSTER_WORKER === "1";
const sharedByPrimary = () => inServeWorker() && typeof process.send === "function" && process.connected;

function askPrimary(key: string, limit: number, windowMs: number): Promise<number> {
  if (!listening) {
    listening = true;
    process.on("message", (m: Partial<RateLimitAnswer>) => {
      if (m?.atlas !== "rate-limit-answer" || typeof m.id !== "number") return;
      pending.get(m.id)?.(m.retryAfterSeconds ?? 0);
      pending.delete(m.id);
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    // A primary that does not answer (shutting down) must not hang the request: count here.
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve(local.hit(key, limit, windowMs));
    }, 1000);
    pending.set(id, (retry) => {
      clearTimeout(timer);
      resolve(retry);
    });
    const ask: RateLimitAsk = { atlas: "rate-limit", id, key, limit, windowMs };
    process.send!(ask);
  });
}

/**
 * The client's address as server/serve.ts found it from the connection (an IPv6 client's /64).
 * Without serve.ts in front (next dev, tests calling handlers) nothing vouches for a header, so
 * all are one client.
 */
export function clientKey(request: Request): string {
  return inServeWorker() ? limitKey(request.headers.get(CLIENT_ADDRESS_HEADER) || "unknown") : "local";
}

export async function rateLimit(key: string, limit: number, windowMs: number): Promise<void> {
  const retry = sharedByPrimary() ? await askPrimary(key, limit, windowMs) : local.hit(key, limit, windowMs);
  if (retry > 0) {
    throw new ApiError("too_many_requests", `Too many requests: try again in ${retry} s`, undefined, { retryAfterSeconds: retry });
  }
}

const perMinute = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** Writes: 120 a minute per client unless ATLAS_RATE_LIMIT_WRITES says otherwise. */
export function limitWrites(request: Request): Promise<void> {
  return rateLimit(`write:${clientKey(request)}`, perMinute("ATLAS_RATE_LIMIT_WRITES", 120), 60_000);
}

/** Login attempts: 10 a minute per client (ATLAS_RATE_LIMIT_LOGINS), which slows password guessing to a crawl. */
export function limitLogins(request: Request): Promise<void> {
  return rateLimit(`login:${clientKey(request)}`, perMinute("ATLAS_RATE_LIMIT_LOGINS", 10), 60_000);
}
