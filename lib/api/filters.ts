// The request parameters, defined once. Each parameter is a zod item schema plus whether it
// may repeat; from that table come the zod objects that validate API query strings, the
// page's lenient URL parsing, and the OpenAPI document (lib/api/openapi.ts).
import { z } from "zod";
import { Governorate } from "@/lib/extract/types";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a real calendar date");

const intInRange = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const text = z.string().trim().min(1, "must not be empty").max(200, "too long");

export interface ParamSpec {
  item: z.ZodType<unknown, string>;
  many: boolean;
  description: string;
  example?: string;
}

/** A parameter that may be given several times (`?province=Homs&province=Raqqa`). */
const many = <T extends z.ZodType<unknown, string>>(item: T, description: string, example?: string) => ({ item, many: true as const, description, example });
/** A parameter given at most once. */
const one = <T extends z.ZodType<unknown, string>>(item: T, description: string, example?: string) => ({ item, many: false as const, description, example });

export const PARAMS = {
  dataset: one(z.enum(["real", "synthetic"]), "Which dataset: the incidents extracted from articles (default) or the synthetic benchmark set.", "real"),
  province: many(Governorate, "Governorate; repeat for several.", "Homs"),
  year: one(intInRange(1900, 2100), "Calendar year of the incident date.", "2024"),
  from: one(isoDate, "Incidents on or after this date (YYYY-MM-DD).", "2024-01-01"),
  to: one(isoDate, "Incidents on or before this date (YYYY-MM-DD).", "2024-12-31"),
  perpetrator: many(text, "Normalised perpetrator, e.g. Islamic State; repeat for several.", "Islamic State"),
  target: many(text, "Normalised target group; repeat for several.", "Syrian government forces"),
  minKilled: one(intInRange(0, 1_000_000), "Only incidents with at least this many killed (best estimate).", "10"),
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
  split: one(z.enum(["none", "province", "perpetrator"]), "Split each bucket by governorate or perpetrator (default none)."),
  zoom: one(intInRange(0, 20), "Map zoom level.", "6"),
} satisfies Record<string, ParamSpec>;
export type ParamName = keyof typeof PARAMS;

type ItemOut<K extends ParamName> = z.output<(typeof PARAMS)[K]["item"]>;
type ParsedParams<K extends ParamName> = { [P in K]: (typeof PARAMS)[P]["many"] extends true ? ItemOut<P>[] : ItemOut<P> | undefined };

// One schema per set of names, built once: a route asks for the same set on every request, and
// zod compiles an object schema on its first parse, which cost more than the parse itself.
const schemas = new Map<string, z.ZodType>();

/** A zod object for the named parameters: repeated keys arrive as string arrays. */
export function querySchema<K extends ParamName>(names: readonly K[]): z.ZodType<ParsedParams<K>, Record<string, string[]>> {
  const key = names.join(",");
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildQuerySchema(names)));
  return schema as z.ZodType<ParsedParams<K>, Record<string, string[]>>;
}

function buildQuerySchema(names: readonly ParamName[]): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const name of names) {
    const spec: ParamSpec = PARAMS[name];
    shape[name] = spec.many
      ? z.array(spec.item).max(50, "too many values").default([])
      : z
          .array(z.string())
          .max(1, "give this parameter once")
          .default([])
          .transform((v) => v[0])
          .pipe(spec.item.optional());
  }
  return z.object(shape);
}

export const FILTER_KEYS = ["dataset", "province", "year", "from", "to", "perpetrator", "target", "minKilled"] as const;

const FilterShape = querySchema(FILTER_KEYS);
export const IncidentFilters = FilterShape.transform((f) => ({ ...f, dataset: f.dataset ?? "real" })).refine(
  (f) => !f.from || !f.to || f.from <= f.to,
  { message: "from must not be after to", path: ["from"] },
);
export type IncidentFilters = z.output<typeof IncidentFilters>;

/** URLSearchParams (or Next's searchParams object) to { key: string[] } so repeated keys survive. */
export function paramsToArrays(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) (out[k] ??= []).push(v);
  } else {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      out[k] = Array.isArray(v) ? v : [v];
    }
  }
  return out;
}

export const EMPTY_FILTERS: IncidentFilters = {
  dataset: "real",
  province: [],
  perpetrator: [],
  target: [],
  year: undefined,
  from: undefined,
  to: undefined,
  minKilled: undefined,
};

/**
 * For pages: the filters from the URL, dropping what is invalid instead of failing,
 * so that a hand-edited link still renders.
 */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): IncidentFilters {
  const raw = paramsToArrays(params);
  const parsed = IncidentFilters.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    if (value && IncidentFilters.safeParse({ [key]: value }).success) kept[key] = value;
  }
  const retry = IncidentFilters.safeParse(kept);
  return retry.success ? retry.data : EMPTY_FILTERS;
}

/** The filters as a query string, in a stable order, for links and API calls. */
export function filtersToSearchParams(f: Partial<IncidentFilters>): URLSearchParams {
  const p = new URLSearchParams();
  if (f.dataset === "synthetic") p.set("dataset", "synthetic");
  for (const v of f.province ?? []) p.append("province", v);
  if (f.year !== undefined) p.set("year", String(f.year));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  for (const v of f.perpetrator ?? []) p.append("perpetrator", v);
  for (const v of f.target ?? []) p.append("target", v);
  if (f.minKilled !== undefined) p.set("minKilled", String(f.minKilled));
  return p;
}

/** A numeric id in a route segment. */
export const IdParam = z.string().regex(/^\d{1,9}$/, "expected a numeric id").transform(Number);
