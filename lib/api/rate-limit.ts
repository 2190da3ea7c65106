// A small in-memory fixed-window rate limiter, per key (what is counted + the client). Under the
// production server (server/serve.ts) the worker processes share one count per key: the
// primary process holds the windows and each worker asks it over node:cluster's IPC channel,
// so a client gets the same limit however its connections are spread. A process on its own
// (next dev, tests) counts for itself. Behind several machines, put the limit in the proxy.
// The policies (what is limited, how much) are in lib/api/limits.ts.
import { CLIENT_ADDRESS_HEADER, limitKey } from "@/lib/api/client-address";
import { ApiError } from "@/lib/api/errors";

export interface RateLimitAsk {
  atlas: "rate-limit";
  id: number;
  /** hit counts one and answers whether it was allowed; peek answers whether a hit would be, counting nothing. */
  op: "hit" | "peek";
  key: string;
  limit: number;
  windowMs: number;
}
export interface RateLimitAnswer {
  atlas: "rate-limit-answer";
  id: number;
  /** 0 when allowed, else the seconds until the window ends. */
  retryAfterSeconds: number;
}

const secondsUntil = (end: number, now: number) => Math.max(1, Math.ceil((end - now) / 1000));

/** Fixed windows per key: the first hit opens a window of `windowMs`; hits past `limit` in it are refused. */
export class FixedWindows {
  private windows = new Map<string, { end: number; count: number }>();

  /** Counts a hit; returns 0 when allowed, else the whole seconds to wait. */
  hit(key: string, limit: number, windowMs: number, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now >= w.end) {
      this.windows.set(key, { end: now + windowMs, count: 1 });
      if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (now >= v.end) this.windows.delete(k);
      return 0;
    }
    w.count++;
    return w.count > limit ? secondsUntil(w.end, now) : 0;
  }

  /** Counts nothing; returns the seconds to wait when the window already holds `limit` hits, else 0. */
  peek(key: string, limit: number, now = Date.now()): number {
    const w = this.windows.get(key);
    return w && now < w.end && w.count >= limit ? secondsUntil(w.end, now) : 0;
  }

  /** What the primary answers a worker. */
  answer(ask: RateLimitAsk): number {
    return ask.op === "peek" ? this.peek(ask.key, Number(ask.limit)) : this.hit(ask.key, Number(ask.limit), Number(ask.windowMs));
  }
}

const local = new FixedWindows();
const pending = new Map<number, (retry: number) => void>();
let nextId = 1;
let listening = false;

/** True in a worker of server/serve.ts, whose primary keeps the shared windows. */
const inServeWorker = () => process.env.ATLAS_CLUSTER_WORKER === "1";
const sharedByPrimary = () => inServeWorker() && typeof process.send === "function" && process.connected;

function askPrimary(ask: Omit<RateLimitAsk, "atlas" | "id">): Promise<number> {
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
      resolve(local.answer({ atlas: "rate-limit", id, ...ask }));
    }, 1000);
    pending.set(id, (retry) => {
      clearTimeout(timer);
      resolve(retry);
    });
    process.send!({ atlas: "rate-limit", id, ...ask } satisfies RateLimitAsk);
  });
}

function ask(op: RateLimitAsk["op"], key: string, limit: number, windowMs: number): Promise<number> {
  const question = { op, key, limit, windowMs };
  return sharedByPrimary() ? askPrimary(question) : Promise.resolve(local.answer({ atlas: "rate-limit", id: 0, ...question }));
}

/**
 * The client's address as server/serve.ts found it from the connection (an IPv6 client's /64).
 * Without serve.ts in front (next dev, tests calling handlers) nothing vouches for a header, so
 * all are one client.
 */
export function clientKey(request: Request): string {
  return inServeWorker() ? limitKey(request.headers.get(CLIENT_ADDRESS_HEADER) || "unknown") : "local";
}

export const tooManyRequests = (retry: number, message = "Too many requests") =>
  new ApiError("too_many_requests", `${message}: try again in ${retry} s`, undefined, { retryAfterSeconds: retry });

/** Counts a hit on `key`; a 429 when it is past `limit` in the window. */
export async function rateLimit(key: string, limit: number, windowMs: number): Promise<void> {
  const retry = await ask("hit", key, limit, windowMs);
  if (retry > 0) throw tooManyRequests(retry);
}

/** The seconds to wait when `key` already has `limit` hits in its window, else 0; counts nothing. */
export const peekLimit = (key: string, limit: number): Promise<number> => ask("peek", key, limit, 0);

/** Counts a hit on `key` with no limit of its own: what a peek at it will see. */
export const countHit = async (key: string, windowMs: number): Promise<void> => {
  await ask("hit", key, Number.MAX_SAFE_INTEGER, windowMs);
};

/** A per-minute limit from the environment, or its default. */
export const perMinute = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
