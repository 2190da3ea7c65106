// The incident filters, defined once: the API validates query strings with these schemas,
// the page parses its search params with them (falling back to defaults), and the
// database layer takes the parsed type.
import { z } from "zod";
import { Governorate } from "@/lib/extract/types";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a real calendar date");

const intInRange = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** A parameter that may be given several times (`?province=Homs&province=Raqqa`). */
const many = <T extends z.ZodType>(item: T) => z.array(item).max(50, "too many values").default([]);

/** A parameter given at most once. */
const one = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .array(z.string())
    .max(1, "give this parameter once")
    .transform((v) => v[0])
    .pipe(item.optional());

const text = z.string().trim().min(1, "must not be empty").max(200, "too long");

export const IncidentFilters = z
  .object({
    province: many(Governorate),
    year: one(intInRange(1900, 2100)),
    from: one(isoDate),
    to: one(isoDate),
    perpetrator: many(text),
    target: many(text),
    minKilled: one(intInRange(0, 1_000_000)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] });
export type IncidentFilters = z.infer<typeof IncidentFilters>;

export const IncidentListQuery = z.object({
  limit: one(intInRange(1, 1000)).transform((v) => v ?? 100),
  cursor: one(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "not a cursor from a previous page")),
  sort: one(z.enum(["date_desc", "date_asc", "killed_desc", "updated_desc"])).transform((v) => v ?? "date_desc"),
});

export const TimelineQuery = z.object({
  interval: one(z.enum(["day", "week", "month", "year"])).transform((v) => v ?? "month"),
  split: one(z.enum(["none", "province", "perpetrator"])).transform((v) => v ?? "none"),
});

export const PageQuery = z.object({
  limit: one(intInRange(1, 1000)).transform((v) => v ?? 100),
  offset: one(intInRange(0, 10_000_000)).transform((v) => v ?? 0),
});

/** A numeric id in a route segment. */
export const IdParam = z.string().regex(/^\d{1,9}$/, "expected a numeric id").transform(Number);

export const FILTER_KEYS = ["province", "year", "from", "to", "perpetrator", "target", "minKilled"] as const;

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

export const EMPTY_FILTERS: IncidentFilters = { province: [], perpetrator: [], target: [], year: undefined, from: undefined, to: undefined, minKilled: undefined };

/**
 * For pages: the filters from the URL, dropping what is invalid instead of failing,
 * so that a hand-edited link still renders.
 */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): IncidentFilters {
  const raw = paramsToArrays(params);
  const parsed = IncidentFilters.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep each key that is valid on its own.
  const kept: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    if (!value) continue;
    if (IncidentFilters.safeParse({ [key]: value }).success) kept[key] = value;
  }
  const retry = IncidentFilters.safeParse(kept);
  return retry.success ? retry.data : EMPTY_FILTERS;
}

/** The filters as a query string, in a stable order, for links and API calls. */
export function filtersToSearchParams(f: Partial<IncidentFilters>): URLSearchParams {
  const p = new URLSearchParams();
  for (const v of f.province ?? []) p.append("province", v);
  if (f.year !== undefined) p.set("year", String(f.year));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  for (const v of f.perpetrator ?? []) p.append("perpetrator", v);
  for (const v of f.target ?? []) p.append("target", v);
  if (f.minKilled !== undefined) p.set("minKilled", String(f.minKilled));
  return p;
}
