// One error shape for every API error:
//   { "error": { "code": "bad_request", "message": "...", "param": "year" } }
// Route handlers throw ApiError, the layers below throw DomainError (lib/errors.ts), zod errors
// come through as they are; toErrorResponse maps anything thrown to its response.
import { z } from "zod";
import { withoutReadCache } from "@/lib/db/read-cache";
import { DomainError, type DomainErrorKind } from "@/lib/errors";

export type ApiErrorCode =
  | "bad_request"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "payload_too_large"
  | "unsupported_media_type"
  | "too_many_requests"
  | "service_unavailable"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  service_unavailable: 503,
};

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly param?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; param?: string; issues?: { param: string; message: string }[] } & Record<string, unknown>;
}

export function errorResponse(err: ApiError): Response {
  const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.param ? { param: err.param } : {}), ...err.details } };
  return Response.json(body, { status: err.status });
}

/** A zod error on query parameters becomes a 400 naming the first bad parameter. */
export function fromZodError(e: z.ZodError): ApiError {
  const issues = e.issues.map((i) => ({ param: String(i.path[0] ?? ""), message: i.message }));
  const first = issues[0] ?? { param: "", message: "invalid request" };
  return new ApiError("bad_request", `Invalid parameter "${first.param}": ${first.message}`, first.param, { issues });
}

/** What the driver and Prisma say when PostgreSQL is down, restarting or out of connections. */
const DATABASE_DOWN_RE = new RegExp(
  [
    "ECONNREFUSED|ECONNRESET|57P01|57P03|Can't reach database|Connection terminated",
    "timeout exceeded when trying to connect|connect ETIMEDOUT|DatabaseNotReachable|too many clients",
  ].join("|"),
  "i",
);

function isDatabaseDown(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""} ${String((e as { cause?: unknown })?.cause ?? "")}`;
  return DATABASE_DOWN_RE.test(text);
}

/** The status of each kind of domain error. */
const FROM_DOMAIN: Record<DomainErrorKind, ApiErrorCode> = {
  invalid: "bad_request",
  not_found: "not_found",
  conflict: "conflict",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
};

export function toErrorResponse(e: unknown): Response {
  if (e instanceof ApiError) return errorResponse(e);
  if (e instanceof DomainError) return errorResponse(new ApiError(FROM_DOMAIN[e.kind], e.message, e.param));
  if (e instanceof z.ZodError) return errorResponse(fromZodError(e));
  if (isDatabaseDown(e)) {
    return errorResponse(new ApiError("service_unavailable", "The database is unavailable. Try again in a moment."));
  }
  console.error(e);
  return errorResponse(new ApiError("internal", "Something went wrong on our side."));
}

/**
 * Wraps a route handler so that whatever it throws becomes the one error shape. A request
 * that says `Cache-Control: no-cache` gets its reads computed afresh (lib/db/read-cache.ts);
 * it opens nothing new, since other parameters already make a read new.
 */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      const request = args[0];
      const fresh = request instanceof Request && /\bno-cache\b/i.test(request.headers.get("cache-control") ?? "");
      return await (fresh ? withoutReadCache(() => fn(...args)) : fn(...args));
    } catch (e) {
      return toErrorResponse(e);
    }
  };
}

export function parseQuery<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}
