// Streams an async sequence of chunks (text, or bytes such as a Node stream's) as an HTTP response body, pulling the next chunk
// only when the client has taken the previous one, so memory stays flat for any size.
export function streamResponse(chunks: AsyncIterable<string | Uint8Array>, headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, { headers });
}
