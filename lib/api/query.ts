// Reading a request's query string: repeated keys kept as arrays, unknown keys refused
// (a misspelt filter must not silently return everything), then one zod schema.
import { z } from "zod";
import { ApiError, parseQuery } from "@/lib/api/errors";
import { paramsToArrays } from "@/lib/api/filters";

export function readQuery<T extends z.ZodType>(request: Request, schema: T, allowed: readonly string[]): z.infer<T> {
  const raw = paramsToArrays(new URL(request.url).searchParams);
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      throw new ApiError("bad_request", `Unknown parameter "${key}". Allowed: ${allowed.join(", ")}`, key);
    }
  }
  return parseQuery(schema, raw);
}
