// Hostile and malformed requests over real HTTP: every one gets a 4xx with the JSON error
// shape, none a 5xx.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";

type Case = {
  name: string;
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  auth?: boolean;
  headers?: Record<string, string>;
  body?: string | Buffer;
  status?: number;
};

const long = "x".repeat(10_000);
const GETS: Case[] = [
  { name: "unknown governorate", path: "/api/incidents?province=Atlantis" },
  { name: "governorate in the wrong case", path: "/api/incidents?province=homs" },
  { name: "year not a number", path: "/api/incidents?year=abc" },
  { name: "year too early", path: "/api/incidents?year=1800" },
  { name: "year five digits", path: "/api/incidents?year=20245" },
  { name: "year with decimals", path: "/api/incidents?year=2024.5" },
  { name: "year empty", path: "/api/incidents?year=" },
  { name: "year repeated", path: "/api/incidents?year=2024&year=2025" },
  { name: "month 13", path: "/api/incidents?from=2024-13-01" },
  { name: "30 February", path: "/api/incidents?from=2024-02-30" },
  { name: "date in words", path: "/api/incidents?from=yesterday" },
  { name: "from after to", path: "/api/incidents?from=2024-05-01&to=2024-01-01" },
  { name: "limit zero", path: "/api/incidents?limit=0" },
  { name: "negative limit", path: "/api/incidents?limit=-1" },
  { name: "huge limit", path: "/api/incidents?limit=100000" },
  { name: "limit not a number", path: "/api/incidents?limit=ten" },
  { name: "cursor with bad characters", path: "/api/incidents?cursor=!!!" },
  { name: "cursor not ours", path: "/api/incidents?cursor=Zm9vYmFy" },
  { name: "unknown sort", path: "/api/incidents?sort=random" },
  { name: "negative minKilled", path: "/api/incidents?minKilled=-3" },
  { name: "minKilled in exponent form", path: "/api/incidents?minKilled=1e9" },
  { name: "bbox with three numbers", path: "/api/incidents?bbox=1,2,3" },
  { name: "inverted bbox", path: "/api/incidents?bbox=50,40,30,20" },
  { name: "updatedSince not a date", path: "/api/incidents?updatedSince=soon" },
  { name: "SQL injection in a governorate", path: `/api/incidents?province=${encodeURIComponent("Homs' OR 1=1 --")}` },
  { name: "HTML in a governorate", path: `/api/incidents?province=${encodeURIComponent("<script>alert(1)</script>")}` },
  { name: "unknown parameter", path: "/api/incidents?provnce=Homs" },
  { name: "unknown dataset", path: "/api/incidents?dataset=fake" },
  { name: "invalid UTF-8 in the query", path: "/api/incidents?province=%FF%FE" },
  { name: "NUL in the query", path: "/api/incidents?province=%00" },
  { name: "10,000-character value", path: `/api/incidents?province=${long}` },
  { name: "timeline: unknown interval", path: "/api/stats/timeline?interval=hour" },
  { name: "timeline: unknown split", path: "/api/stats/timeline?split=target" },
  { name: "timeline: bad year", path: "/api/stats/timeline?year=abc" },
  { name: "provinces: unknown governorate", path: "/api/provinces?province=Narnia" },
  { name: "clusters without bbox", path: "/api/map/clusters?zoom=6" },
  { name: "clusters without zoom", path: "/api/map/clusters?bbox=35,32,42,37" },
  { name: "clusters zoom 99", path: "/api/map/clusters?bbox=35,32,42,37&zoom=99" },
  { name: "incident id not a number", path: "/api/incidents/abc" },
  { name: "incident that does not exist", path: "/api/incidents/99999999", status: 404 },
  { name: "negative incident id", path: "/api/incidents/-1" },
  { name: "article id in hex", path: "/api/articles/0x10" },
  { name: "negative offset", path: "/api/articles?offset=-5" },
  { name: "tallies limit zero", path: "/api/tallies?limit=0" },
  { name: "unknown API route", path: "/api/nothing-here", status: 404 },
  { name: "CSV export with a bad year", path: "/api/incidents.csv?year=abc" },
  { name: "GeoJSON export with an unknown governorate", path: "/api/incidents.geojson?province=Mars" },
  { name: "places without q", path: "/api/places" },
  { name: "places with q twice", path: "/api/places?q=a&q=b" },
  // Values PostgreSQL refuses (NUL, year 0, ids past 32 bits): refused before they reach it.
  ...["/api/incidents", "/api/stats/timeline", "/api/provinces", "/api/incidents.csv", "/api/incidents.geojson"].flatMap((route) => [
    { name: `${route}: NUL in a perpetrator`, path: `${route}?perpetrator=%00`, status: 400 },
    { name: `${route}: NUL in a target`, path: `${route}?target=a%00b`, status: 400 },
    { name: `${route}: year 0`, path: `${route}?from=0000-01-01`, status: 400 },
  ]),
  { name: "clusters: NUL in a perpetrator", path: "/api/map/clusters?bbox=35,32,42,37&zoom=6&perpetrator=%00", status: 400 },
  { name: "cursor past 32 bits", path: `/api/incidents?cursor=${Buffer.from("i:4294967296").toString("base64url")}`, status: 400 },
];

const json = { "content-type": "application/json" };
const WRITES: Case[] = [
  { name: "add an article without login", method: "POST", path: "/api/articles", headers: json, body: JSON.stringify({ text: "x" }), status: 401 },
  {
    name: "add an article with a made-up token",
    method: "POST",
    path: "/api/articles",
    headers: { ...json, authorization: "Bearer atl_made_up" },
    body: "{}",
    status: 401,
  },
  { name: "malformed Authorization header", method: "POST", path: "/api/articles", headers: { ...json, authorization: "Basic abc" }, body: "{}", status: 401 },
  { name: "edit without login", method: "PATCH", path: "/api/incidents/1", headers: json, body: JSON.stringify({ killed: 1 }), status: 401 },
  { name: "delete without login", method: "DELETE", path: "/api/incidents/1", status: 401 },
  { name: "merge without login", method: "POST", path: "/api/incidents/1/merge", headers: json, body: JSON.stringify({ other: 2 }), status: 401 },
  { name: "split without login", method: "POST", path: "/api/incidents/1/split", headers: json, body: JSON.stringify({ sourceId: 2 }), status: 401 },
  { name: "login with broken JSON", method: "POST", path: "/api/auth/login", headers: json, body: "{user", status: 400 },
  {
    name: "login as a form",
    method: "POST",
    path: "/api/auth/login",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "username=a&password=b",
    status: 415,
  },
  {
    name: "login with wrong credentials",
    method: "POST",
    path: "/api/auth/login",
    headers: json,
    body: JSON.stringify({ username: "nobody", password: "nothing at all" }),
    status: 401,
  },
  {
    name: "article as plain text",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: { "content-type": "text/plain" },
    body: "Seven killed",
    status: 415,
  },
  { name: "article with broken JSON", method: "POST", path: "/api/articles", auth: true, headers: json, body: '{"text": "unterminated', status: 400 },
  { name: "article with empty text", method: "POST", path: "/api/articles", auth: true, headers: json, body: JSON.stringify({ text: "" }), status: 400 },
  { name: "article text of the wrong type", method: "POST", path: "/api/articles", auth: true, headers: json, body: JSON.stringify({ text: 42 }), status: 400 },
  {
    name: "article with an unknown field",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "a", admin: true }),
    status: 400,
  },
  {
    name: "article with an impossible date",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "a b c", publishedAt: "2023-02-29" }),
    status: 400,
  },
  {
    name: "article with a lone surrogate",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "Two killed \ud800 in Homs" }),
    status: 400,
  },
  {
    name: "article with a NUL in its URL",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "Two killed in Homs", url: "https://example.org/a\u0000b" }),
    status: 400,
  },
  {
    name: "article with a javascript: URL",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "Two killed in Homs", url: "javascript:alert(document.cookie)" }),
    status: 400,
  },
  { name: "edit naming no version", method: "PATCH", path: "/api/incidents/1", auth: true, headers: json, body: JSON.stringify({ killed: 4 }), status: 400 },
  {
    name: "edit with a malformed If-Match",
    method: "PATCH",
    path: "/api/incidents/1",
    auth: true,
    headers: { ...json, "if-match": "yesterday" },
    body: JSON.stringify({ killed: 4 }),
    status: 400,
  },
  { name: "edit to year 0", method: "PATCH", path: "/api/incidents/1", auth: true, headers: json, body: JSON.stringify({ date: "0000-02-29" }), status: 400 },
  {
    name: "article with a bad URL",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "a b c", url: "not a url" }),
    status: 400,
  },
  {
    name: "article body over 2 MB",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: JSON.stringify({ text: "a".repeat(2_200_000) }),
    status: 413,
  },
  {
    name: "article body not UTF-8",
    method: "POST",
    path: "/api/articles",
    auth: true,
    headers: json,
    body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    status: 400,
  },
  {
    name: "edit with a negative count",
    method: "PATCH",
    path: "/api/incidents/1",
    auth: true,
    headers: json,
    body: JSON.stringify({ killed: -4 }),
    status: 400,
  },
  {
    name: "edit an incident that does not exist",
    method: "PATCH",
    path: "/api/incidents/99999999",
    auth: true,
    headers: json,
    body: JSON.stringify({ killed: 4, version: 1 }),
    status: 404,
  },
  { name: "merge with itself", method: "POST", path: "/api/incidents/1/merge", auth: true, headers: json, body: JSON.stringify({ other: 1 }), status: 400 },
];

let token = "";
test.beforeAll(() => {
  createEditor("hostile-tester", "a long enough password");
  token = createToken("hostile-tester", "hostile-spec");
});

async function send(request: APIRequestContext, c: Case) {
  const headers = { ...(c.headers ?? {}), ...(c.auth ? { authorization: `Bearer ${token}` } : {}) };
  return request.fetch(c.path, { method: c.method ?? "GET", headers, data: c.body, failOnStatusCode: false, maxRedirects: 0 });
}

test(`${GETS.length + WRITES.length} malformed requests each get a 4xx with the JSON error shape`, async ({ request }) => {
  expect(GETS.length + WRITES.length).toBeGreaterThanOrEqual(50);
  const failures: string[] = [];
  for (const c of [...GETS, ...WRITES]) {
    const res = await send(request, c);
    const status = res.status();
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    const ok =
      (c.status ? status === c.status : status >= 400 && status < 500) && typeof body?.error?.code === "string" && typeof body.error.message === "string";
    if (!ok) failures.push(`${c.name}: ${c.method ?? "GET"} ${c.path.slice(0, 80)} -> ${status} ${JSON.stringify(body)?.slice(0, 160)}`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/api/incidents?limit=1"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});
