// JSON responses for results that come from the read cache (lib/db/read-cache.ts): the same
// result objects are handed to every request until the data changes, so each is serialized
// once and its text reused. (Serializing a timeline split by governorate, 2,500 points, cost
// more than answering the request from the cache.)
const serialized = new WeakMap<object, string>();

/** JSON.stringify, remembered per object. The object must not change afterwards: cached results do not. */
export function jsonOf(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  let text = serialized.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    serialized.set(value, text);
  }
  return text;
}

/** A JSON response whose top-level members are each serialized through jsonOf. */
export function jsonResponse(members: Record<string, unknown> | object, status = 200): Response {
  const body = `{${Object.entries(members)
    .map(([k, v]) => `${JSON.stringify(k)}:${jsonOf(v)}`)
    .join(",")}}`;
  return new Response(body, { status, headers: { "Content-Type": "application/json" } });
}
