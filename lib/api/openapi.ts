// The OpenAPI 3.1 document, generated from the same parameter table (lib/api/filters.ts)
// whose zod schemas validate the requests.
import { z } from "zod";
import { PARAMS, type ParamName } from "@/lib/api/filters";
import { FILTER_KEYS } from "@/lib/incidents/filters";

interface RouteDoc {
  path: string;
  summary: string;
  /** What a client must know beyond the summary. */
  description?: string;
  /** A streamed export: a few at once per server process (lib/api/exports.ts). */
  export?: boolean;
  params: readonly ParamName[];
  pathId?: boolean;
  /** The path's id is a job's UUID, not a row number. */
  uuid?: boolean;
  produces?: string;
  required?: readonly ParamName[];
}

export const ROUTES: RouteDoc[] = [
  {
    path: "/api/incidents",
    summary: "Incidents matching the filters, a page at a time (cursor pagination with the total count).",
    params: [...FILTER_KEYS, "bbox", "updatedSince", "limit", "cursor", "sort"],
  },
  {
    path: "/api/incidents/{id}",
    summary: "One incident with every field and all its sources. Its ETag is its version, which a correction (PATCH) names as If-Match.",
    params: [],
    pathId: true,
  },
  {
    path: "/api/incidents.csv",
    summary: "CSV export of the incidents matching the filters, streamed, with provenance columns.",
    description:
      "A text cell that starts with =, +, -, @, a tab or a carriage return is written with a single quote (') before it, " +
      "so that a spreadsheet shows it as text instead of running it as a formula (OWASP, CSV injection): an article " +
      "sentence can start that way. Remove that one leading quote to get the stored value. Numbers are written as they are.",
    params: FILTER_KEYS,
    produces: "text/csv",
    export: true,
  },
  {
    path: "/api/incidents.geojson",
    summary: "GeoJSON export of the located incidents matching the filters, streamed.",
    params: FILTER_KEYS,
    produces: "application/geo+json",
    export: true,
  },
  {
    path: "/api/stats/timeline",
    summary: "Incidents, killed and injured per day, week, month or year, optionally split by governorate, perpetrator or event type.",
    params: [...FILTER_KEYS, "interval", "split"],
  },
  { path: "/api/provinces", summary: "Incidents, killed and injured per governorate (all 14, zeros included).", params: FILTER_KEYS },
  {
    path: "/api/map/clusters",
    summary: "Grid cells (or single incidents when few) for a map view.",
    params: [...FILTER_KEYS, "bbox", "zoom"],
    required: ["bbox", "zoom"],
  },
  { path: "/api/articles", summary: "Stored articles, newest first.", params: ["limit", "offset"] },
  { path: "/api/articles/{id}", summary: "One article with its text and the offsets of its incidents and tallies.", params: [], pathId: true },
  { path: "/api/tallies", summary: "Cumulative and period figures quoted by the articles (never counted as incidents).", params: ["limit"] },
  { path: "/api/health", summary: "Liveness: the process answers (no database is asked).", params: [] },
  {
    path: "/api/ready",
    summary: "Readiness: the primary answers and is migrated (else 503); where reads go (replica ok, lagging or down).",
    description: "A replica that is down or lags past ATLAS_READ_MAX_LAG keeps the instance ready: reads then go to the primary, and `checks.replica` says so.",
    params: [],
  },
  { path: "/api/feeds", summary: "The feeds followed, each with its last poll, items seen, articles added and last error.", params: [] },
  { path: "/api/feeds/{id}", summary: "One feed with its figures.", params: [], pathId: true },
  {
    path: "/api/jobs",
    summary: "The newest ingest jobs: state, URL, attempts, last error and its reason.",
    description:
      "States: queued, running, retrying (a failure that may pass; nextAttemptAt says when), done (articleId, outcome created or duplicate), " +
      "dead (out of attempts, or refused for good: no article, not HTML, a private address; lastError says why), cancelled.",
    params: ["state", "limit"],
  },
  { path: "/api/jobs/{id}", summary: "One ingest job (where POST /api/articles?async=1 points).", params: [], pathId: true, uuid: true },
];

interface WriteDoc {
  method: "post" | "delete";
  path: string;
  summary: string;
  description?: string;
  params?: readonly ParamName[];
  pathId?: boolean;
  /** The JSON body's properties (all strings) and which are required. */
  body?: { properties: Record<string, string>; required: string[] };
  /** The success status and what it means. */
  ok: [string, string];
  conflict?: string;
}

/** The writes: an editor's session cookie or `Authorization: Bearer <token>`, counted against the write limit. */
export const WRITES: WriteDoc[] = [
  {
    method: "post",
    path: "/api/articles",
    summary: "Adds an article: its text (JSON or a multipart file), or only its `url`, which the server fetches, reads and extracts.",
    description:
      "With `?async=1` and a JSON body with only `url` (and optionally `title`, `source`, `publishedAt`), the page is queued instead: " +
      "202 with `jobId` and `link` (/api/jobs/{id}, also in Location), and the worker fetches it.",
    params: ["async"],
    body: {
      properties: { url: "The page to fetch (http or https).", text: "The article text, instead of a url.", title: "", source: "", publishedAt: "YYYY-MM-DD" },
      required: [],
    },
    ok: ["201", "The article is stored; 202 with the job when queued (async=1)."],
    conflict: "The same article (same canonical URL or text) is already stored; the body links to it.",
  },
  {
    method: "post",
    path: "/api/feeds",
    summary: "Follows a feed (RSS 2.0, Atom or JSON Feed): read at once, its items queued as ingest jobs, then polled every ATLAS_FEED_INTERVAL seconds.",
    body: { properties: { url: "The feed's address (http or https)." }, required: ["url"] },
    ok: ["201", "The feed, and how many items were queued (`newItems`)."],
    conflict: "This feed is already followed.",
  },
  { method: "delete", path: "/api/feeds/{id}", summary: "Stops following a feed; the articles it brought stay.", pathId: true, ok: ["200", "Deleted."] },
  {
    method: "post",
    path: "/api/feeds/{id}/poll",
    summary: "Polls a feed now (ETag and Last-Modified sent back: 304 means nothing new); each new item becomes one ingest job.",
    description: "A feed that cannot be read answers `status: error` with the reason, which is also kept as the feed's last error.",
    pathId: true,
    ok: ["200", "`status` (polled, not_modified or error) and `newItems`."],
  },
];

const EXPORT_LIMITS =
  "A server process streams at most a few exports at once; one more is refused with 429 and a Retry-After header. " +
  "A client that takes nothing of the download for 10 s is disconnected.";

const ErrorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "bad_request",
            "not_found",
            "conflict",
            "unauthorized",
            "forbidden",
            "payload_too_large",
            "unsupported_media_type",
            "too_many_requests",
            "service_unavailable",
            "internal",
          ],
        },
        message: { type: "string" },
        param: { type: "string", description: "The parameter at fault, for a 400." },
      },
    },
  },
};

const TOO_MANY_EXPORTS = {
  description: "Too many exports are running on this server process; try again after the seconds in Retry-After.",
  headers: { "Retry-After": { schema: { type: "integer", minimum: 1 }, description: "Seconds to wait before trying again." } },
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

function parameter(name: ParamName, required: boolean) {
  const spec = PARAMS[name];
  const item = z.toJSONSchema(spec.item, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete item.$schema;
  if (item.type === "integer") delete item.pattern;
  return {
    name,
    in: "query",
    required,
    description: spec.description,
    ...(spec.many ? { schema: { type: "array", items: item }, style: "form", explode: true } : { schema: item }),
    ...(spec.example ? { example: spec.many ? [spec.example] : spec.example } : {}),
  };
}

const pathId = (uuid?: boolean) => ({
  name: "id",
  in: "path",
  required: true,
  schema: uuid ? { type: "string", format: "uuid" } : { type: "integer", minimum: 1 },
});
const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

function writeOperation(w: WriteDoc) {
  const body = w.body && {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: w.body.required,
          properties: Object.fromEntries(Object.entries(w.body.properties).map(([k, d]) => [k, { type: "string", ...(d ? { description: d } : {}) }])),
        },
      },
    },
  };
  return {
    summary: w.summary,
    ...(w.description ? { description: w.description } : {}),
    security: [{ bearer: [] }, { session: [] }],
    parameters: [...(w.pathId ? [pathId()] : []), ...(w.params ?? []).map((p) => parameter(p, false))],
    ...(body ? { requestBody: body } : {}),
    responses: {
      [w.ok[0]]: { description: w.ok[1], content: { "application/json": {} } },
      ...(w.path === "/api/articles" ? { "202": { description: "Queued (async=1): the job's id and link.", content: { "application/json": {} } } } : {}),
      "400": { description: "The body or a parameter is invalid, or the page or feed cannot be read; `error.param` names it.", content: errorContent },
      "401": { description: "No editor session or token.", content: errorContent },
      ...(w.pathId ? { "404": { description: "No such record.", content: errorContent } } : {}),
      ...(w.conflict ? { "409": { description: w.conflict, content: errorContent } } : {}),
      "429": { description: "Too many writes this minute.", content: errorContent },
      "503": { description: "The database is unavailable.", content: errorContent },
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const r of ROUTES) {
    const parameters = [...(r.pathId ? [pathId(r.uuid)] : []), ...r.params.map((p) => parameter(p, r.required?.includes(p) ?? false))];
    paths[r.path] = {
      get: {
        summary: r.summary,
        ...(r.description || r.export ? { description: [r.description, r.export ? EXPORT_LIMITS : ""].filter(Boolean).join(" ") } : {}),
        parameters,
        responses: {
          "200": { description: "OK", content: { [r.produces ?? "application/json"]: {} } },
          "400": {
            description: "A parameter is invalid; `error.param` names it.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          ...(r.pathId
            ? { "404": { description: "No such record.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } }
            : {}),
          ...(r.export ? { "429": TOO_MANY_EXPORTS } : {}),
          "503": { description: "The database is unavailable.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    };
  }
  for (const w of WRITES) paths[w.path] = { ...(paths[w.path] as object), [w.method]: writeOperation(w) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Conflict Atlas API",
      version: "1.0.0",
      description: "Incidents of armed conflict extracted from news articles, each with its source sentence. Unknown parameters are refused with a 400.",
    },
    paths,
    components: {
      schemas: { Error: ErrorSchema },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token from `npm run token:create`." },
        session: { type: "apiKey", in: "cookie", name: "atlas_session", description: "An editor's session, from /login." },
      },
    },
  };
}
