// JSON responses for results that come from the read cache (lib/db/read-cache.ts): the same
// result object is handed to every request until the data changes, so its body is serialized
// and encoded to UTF-8 once and the same bytes answer every later request. (Serializing a
// timeline split by governorate, 2,500 points and 210 KB, cost more than answering from the
// cache.) Compression stays with Next, which gzips per request for clients that ask: a route
// handler cannot send a body it encoded itself, since Next drops its Content-Encoding header.
const bodies = new WeakMap<object, Uint8Array<ArrayBuffer>>();
const encoder = new TextEncoder();

/**
 * A JSON response whose body depends on `key` alone: a cached result, which never changes once
 * made. The body is built and encoded the first time, and the same bytes answer every later
 * request that carries the same key.
 */
export function cachedJsonResponse(key: object, body: () => unknown, status = 200): Response {
  let bytes = bodies.get(key);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(body()));
    bodies.set(key, bytes);
  }
  return new Response(bytes, { status, headers: { "Content-Type": "application/json" } });
}
