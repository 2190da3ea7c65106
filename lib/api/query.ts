// Reading a request's query string: repeated keys kept as arrays, unknown keys refused
// (a misspelt filter must not silently return everything), then one zod schema.
import type { z } from "zod";
import { ApiError, parseQuery } from "@/lib/api/errors";
import { querySchema, type ParamName } from "@/lib/api/filters";
import { FILTER_KEYS, IncidentFilters } from "@/lib/incidents/filters";
import { paramsToArrays } from "@/lib/incidents/params";

function rawQuery(request: Request, allowed: readonly string[]): Record<string, string[]> {
  const raw = paramsToArrays(new URL(request.url).searchParams);
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      throw new ApiError("bad_request", `Unknown parameter "${key}". Allowed: ${allowed.join(", ")}`, key);
    }
  }
  return raw;
}

/** The incident filters plus the named extra parameters of one route. */
export function readFilteredQuery<K extends ParamName>(request: Request, extra: readonly K[]) {
  const raw = rawQuery(request, [...FILTER_KEYS, ...extra]);
  const filterRaw: Record<string, string[]> = {};
  const extraRaw: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw)) ((FILTER_KEYS as readonly string[]).includes(k) ? filterRaw : extraRaw)[k] = v;
  const filters = parseQuery(IncidentFilters, filterRaw);
  const params = parseQuery(querySchema(extra), extraRaw);
  return { filters, params };
}

/** Only the named parameters. */
export function readQuery<K extends ParamName>(request: Request, names: readonly K[]) {
  return parseQuery(querySchema(names), rawQuery(request, names));
}

export type { z };
