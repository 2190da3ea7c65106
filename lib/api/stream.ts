// Streams an async sequence of chunks (text, or bytes such as a Node stream's) as an HTTP response body, pulling the next chunk
// only when the client has taken the previous one, so memory stays flat for any size.

export interface StreamOptions {
  /** Called once when the stream ends, fails, is cancelled or is given up. */
  onEnd?: () => void;
  /** Gives the stream up when nobody took a chunk for this long: its reader is gone or stalled. */
  idleMs?: number;
}

/** The error a given-up stream ends with; named as an abort, which Next does not log as a failure. */
const givenUp = () => Object.assign(new Error("Nobody read the response for too long"), { name: "AbortError" });

export function streamResponse(chunks: AsyncIterable<string | Uint8Array>, headers: Record<string, string>, opts: StreamOptions = {}): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  let ended = false;
  let idle: NodeJS.Timeout | undefined;
  const end = () => {
    clearTimeout(idle);
    if (!ended) opts.onEnd?.();
    ended = true;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      clearTimeout(idle);
      try {
        const { value, done } = await iterator.next();
        if (done) {
          end();
          controller.close();
          return;
        }
        controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
        if (opts.idleMs) {
          idle = setTimeout(() => {
            end();
            controller.error(givenUp());
            void iterator.return?.();
          }, opts.idleMs).unref();
        }
      } catch (e) {
        end();
        controller.error(e);
      }
    },
    async cancel() {
      end();
      await iterator.return?.();
    },
  });
  return new Response(body, { headers });
}
