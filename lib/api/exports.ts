// Streamed exports (CSV, GeoJSON) take one of a few slots of their process, as many as the
// export pool has connections (lib/db/client.ts), so however many clients download or stall,
// the reads keep their own pool. One export more is refused with a 429 that says when to retry.
import { ApiError } from "@/lib/api/errors";
import { streamResponse } from "@/lib/api/stream";
import { EXPORT_POOL_SIZE } from "@/lib/db/client";

const RETRY_AFTER_SECONDS = 10;
/**
 * A backstop for an export nobody takes chunks from, such as one whose client left before the
 * response started: server/stalled-clients.ts cuts a stalled connection well before.
 */
const IDLE_MS = 60_000;
let running = 0;

/** Takes an export slot, or refuses with a 429; the function returned gives it back, once. */
function takeSlot(): () => void {
  if (running >= EXPORT_POOL_SIZE) {
    const message = `${EXPORT_POOL_SIZE} exports are already running on this server: try again in ${RETRY_AFTER_SECONDS} s`;
    throw new ApiError("too_many_requests", message, undefined, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
  running++;
  let given = false;
  return () => {
    if (!given) running--;
    given = true;
  };
}

type Chunks = AsyncIterable<string | Uint8Array>;

/** An export streamed in a slot: `open` starts it, and the slot is given back when the stream ends, fails or is dropped. */
export async function exportResponse(open: () => Chunks | Promise<Chunks>, headers: Record<string, string>): Promise<Response> {
  const release = takeSlot();
  try {
    return streamResponse(await open(), headers, { onEnd: release, idleMs: IDLE_MS });
  } catch (e) {
    release();
    throw e;
  }
}
