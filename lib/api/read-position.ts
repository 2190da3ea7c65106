// Read-your-writes for API requests: a request that writes leaves the primary's WAL position in
// a cookie, and the session's reads go to the primary until the replica has replayed past it.
import { replica } from "@/lib/db/client";
import { READ_POSITION_COOKIE, readPositionMaxAge, readsAfter, readsOnPrimary, writePosition } from "@/lib/db/replica";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

/** Adds the position cookie to a write's response; a response without one is no worse than before. */
async function withPosition(response: Response): Promise<Response> {
  if (!replica() || response.status >= 400) return response;
  let position: string;
  try {
    position = await writePosition();
  } catch {
    return response;
  }
  const cookie = `${READ_POSITION_COOKIE}=${position}; Path=/; Max-Age=${readPositionMaxAge()}; HttpOnly; SameSite=Lax`;
  try {
    response.headers.append("Set-Cookie", cookie);
    return response;
  } catch {
    // Headers of a fetched or redirected response are immutable.
    const copy = new Response(response.body, response);
    copy.headers.append("Set-Cookie", cookie);
    return copy;
  }
}

/** Runs a route handler with its reads routed for the session: writes read the primary, reads wait for the session's last write. */
export async function sessionReads(request: unknown, fn: () => Promise<Response>): Promise<Response> {
  if (!(request instanceof Request)) return fn();
  if (READS.has(request.method)) return readsAfter(cookieValue(request, READ_POSITION_COOKIE), fn);
  return withPosition(await readsOnPrimary(fn));
}
