// Fixed-window rate limits per key (what is counted + the client), kept in PostgreSQL
// (lib/db/rate-limits.ts) so that a client gets the same limit however its requests are spread
// over the worker processes of server/serve.ts and over several instances behind a load balancer.
// The policies (what is limited, how much) are in lib/api/limits.ts.
import { CLIENT_ADDRESS_HEADER, limitKey } from "@/lib/api/client-address";
import { ApiError } from "@/lib/api/errors";
import { hitWindow, windowFull } from "@/lib/db/rate-limits";

/** True in a worker of server/serve.ts, which writes the client's address from the connection. */
const inServeWorker = () => process.env.ATLAS_CLUSTER_WORKER === "1";

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
  const { count, secondsLeft } = await hitWindow(key, windowMs);
  if (count > limit) throw tooManyRequests(secondsLeft);
}

/** The seconds to wait when `key` already has `limit` hits in its window, else 0; counts nothing. */
export const peekLimit = (key: string, limit: number): Promise<number> => windowFull(key, limit);

/** Counts a hit on `key` with no limit of its own: what a peek at it will see. */
export const countHit = async (key: string, windowMs: number): Promise<void> => {
  await hitWindow(key, windowMs);
};

/** A per-minute limit from the environment, or its default. */
export const perMinute = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
