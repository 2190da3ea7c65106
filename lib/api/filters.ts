// The request parameters of the API: the incident filters (lib/incidents/filters.ts) plus the
// paging, map and chart parameters of particular routes. From this table come the zod objects
// that validate query strings and the OpenAPI document (lib/api/openapi.ts).
import { z } from "zod";
import { FILTER_PARAMS } from "@/lib/incidents/filters";
import { JOB_STATES } from "@/lib/jobs/states";
import { intInRange, one, paramsObject, type ParamSpec, type ParsedParams } from "@/lib/incidents/params";

export const PARAMS = {
  ...FILTER_PARAMS,
  bbox: one(
    z
      .string()
      .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, "expected minLon,minLat,maxLon,maxLat")
      .transform((s) => s.split(",").map(Number) as [number, number, number, number])
      .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n, "expected minLon<maxLon and minLat<maxLat within the world"),
    "Bounding box minLon,minLat,maxLon,maxLat.",
    "35.5,32.3,42.4,37.4",
  ),
  updatedSince: one(
    z.string().refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), "expected an ISO date or date-time"),
    "Only incidents changed at or after this instant (for incremental sync).",
    "2026-01-01T00:00:00Z",
  ),
  limit: one(intInRange(1, 1000), "Page size (1 to 1000, default 100).", "100"),
  cursor: one(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "not a cursor from a previous page"), "The nextCursor of the previous page."),
  sort: one(z.enum(["date_desc", "date_asc", "killed_desc", "updated_desc"]), "Order (default date_desc); ties broken by id, so pages are stable."),
  offset: one(intInRange(0, 10_000_000), "Rows to skip (default 0)."),
  interval: one(z.enum(["day", "week", "month", "year"]), "Time bucket (default month)."),
  split: one(z.enum(["none", "province", "perpetrator", "eventType"]), "Split each bucket by governorate, perpetrator or event type (default none)."),
  zoom: one(intInRange(0, 20), "Map zoom level.", "6"),
  state: one(z.enum(JOB_STATES), "Only jobs in this state (dead: out of attempts, or refused for good; see lastError)."),
  async: one(z.enum(["1", "0"]), "1: queue the page and answer 202 with the job, instead of fetching it within the request."),
} satisfies Record<string, ParamSpec>;
export type ParamName = keyof typeof PARAMS;

// One schema per set of names, built once: a route asks for the same set on every request, and
// zod compiles an object schema on its first parse, which cost more than the parse itself.
const schemas = new Map<string, z.ZodType>();

/** A zod object for the named parameters: repeated keys arrive as string arrays. */
export function querySchema<K extends ParamName>(names: readonly K[]): z.ZodType<ParsedParams<Pick<typeof PARAMS, K>>, Record<string, string[]>> {
  const key = names.join(",");
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = paramsObject(Object.fromEntries(names.map((n) => [n, PARAMS[n]])))));
  return schema as z.ZodType<ParsedParams<Pick<typeof PARAMS, K>>, Record<string, string[]>>;
}

/** A numeric id in a route segment. */
export const IdParam = z
  .string()
  .regex(/^\d{1,9}$/, "expected a numeric id")
  .transform(Number);

/** A row id in a JSON body: a positive PostgreSQL int4. */
export const RowId = z.number().int().positive().max(2_147_483_647, "not an id of ours");
