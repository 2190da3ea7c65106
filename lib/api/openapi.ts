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

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const r of ROUTES) {
    const parameters = [
      ...(r.pathId ? [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }] : []),
      ...r.params.map((p) => parameter(p, r.required?.includes(p) ?? false)),
    ];
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
  return {
    openapi: "3.1.0",
    info: {
      title: "Conflict Atlas API",
      version: "1.0.0",
      description: "Incidents of armed conflict extracted from news articles, each with its source sentence. Unknown parameters are refused with a 400.",
    },
    paths,
    components: { schemas: { Error: ErrorSchema } },
  };
}
