// A small in-memory fixed-window rate limiter, per key (client address + route). One Next
// instance holds its own counts; behind several instances, put the limit in the proxy.
import { ApiError } from "@/lib/api/errors";

const windows = new Map<string, { start: number; count: number }>();

export function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

export function rateLimit(key: string, limit: number, windowMs: number): void {
  const now = Date.now();
  const w = windows.get(key);
  if (!w || now - w.start >= windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    return;
  }
  w.count++;
  if (w.count > limit) {
    const retry = Math.ceil((w.start + windowMs - now) / 1000);
    throw new ApiError("too_many_requests", `Too many requests: try again in ${retry} s`, undefined, { retryAfterSeconds: retry });
  }
}

const perMinute = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** Writes: 120 a minute per client unless ATLAS_RATE_LIMIT_WRITES says otherwise. */
export function limitWrites(request: Request): void {
  rateLimit(`write:${clientKey(request)}`, perMinute("ATLAS_RATE_LIMIT_WRITES", 120), 60_000);
}

/** Login attempts: 10 a minute per client (ATLAS_RATE_LIMIT_LOGINS), which slows password guessing to a crawl. */
export function limitLogins(request: Request): void {
  rateLimit(`login:${clientKey(request)}`, perMinute("ATLAS_RATE_LIMIT_LOGINS", 10), 60_000);
}
