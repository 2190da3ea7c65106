// One error shape for every API error:
//   { "error": { "code": "bad_request", "message": "...", "param": "year" } }
// Route handlers throw ApiError, the layers below throw DomainError (lib/errors.ts), zod errors
// come through as they are; toErrorResponse maps anything thrown to its response.
import { z } from "zod";
import { withoutReadCache } from "@/lib/db/read-cache";
import { sessionReads } from "@/lib/api/read-position";
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
  const retry = err.details?.retryAfterSeconds;
  return Response.json(body, { status: err.status, headers: typeof retry === "number" ? { "Retry-After": String(retry) } : {} });
}

/** A zod error on query parameters becomes a 400 naming the first bad parameter. */
export function fromZodError(e: z.ZodError): ApiError {
  const issues = e.issues.map((i) => ({ param: String(i.path[0] ?? ""), message: i.message }));
  const first = issues[0] ?? { param: "", message: "invalid request" };
  return new ApiError("bad_request", `Invalid parameter "${first.param}": ${first.message}`, first.param, { issues });
}

/** SQLSTATEs, Prisma codes and socket errors that mean PostgreSQL is down, restarting or out of connections. */
const DATABASE_DOWN_CODES = new Set(
  ["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "P1001", "P1002", "P1008", "P1017", "P2024"].concat([
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "EPIPE",
  ]),
);
/** The same, as messages say it when no code came along. */
const DATABASE_DOWN_RE = new RegExp(
  [
    "ECONNREFUSED|ECONNRESET|Can't reach database|Connection terminated|terminating connection|the database system is (?:starting|shutting) ",
    "timeout exceeded when trying to connect|connect ETIMEDOUT|DatabaseNotReachable|too many clients|Server has closed the connection",
  ].join("|"),
  "i",
);

/** A deadlock, a serialisation failure, a row a constraint refused: the write met a concurrent one. */
const CONFLICT_CODES = new Set(["40P01", "40001", "23514"]);

type Cause = { code?: unknown; originalCode?: unknown; errorCode?: unknown; message?: unknown; cause?: unknown };

/** The codes and messages along an error's causes: Prisma wraps the driver's error, which may wrap a socket's. */
function causes(e: unknown): { codes: string[]; messages: string[] } {
  const out = { codes: [] as string[], messages: [] as string[] };
  for (let c = e as Cause | undefined, depth = 0; c && typeof c === "object" && depth < 5; c = c.cause as Cause | undefined, depth++) {
    for (const code of [c.code, c.originalCode, c.errorCode]) if (typeof code === "string") out.codes.push(code);
    if (typeof c.message === "string") out.messages.push(c.message);
  }
  return out;
}

const isDatabaseDown = ({ codes, messages }: ReturnType<typeof causes>) =>
  codes.some((c) => DATABASE_DOWN_CODES.has(c)) || messages.some((m) => DATABASE_DOWN_RE.test(m));

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
  if (e instanceof DomainError) return errorResponse(new ApiError(FROM_DOMAIN[e.kind], e.message, e.param, e.details));
  if (e instanceof z.ZodError) return errorResponse(fromZodError(e));
  const found = causes(e);
  if (isDatabaseDown(found)) {
    return errorResponse(new ApiError("service_unavailable", "The database is unavailable. Try again in a moment."));
  }
  console.error(e);
  if (found.codes.some((c) => CONFLICT_CODES.has(c))) {
    return errorResponse(new ApiError("conflict", "Another change to the same records was saved at the same moment. Reload and try again."));
  }
  return errorResponse(new ApiError("internal", "Something went wrong on our side."));
}

/**
 * Wraps a route handler so that whatever it throws becomes the one error shape. A request
 * that says `Cache-Control: no-cache` gets its reads computed afresh (lib/db/read-cache.ts);
 * it opens nothing new, since other parameters already make a read new. Reads go to the
 * replica or the primary by the session's last write (lib/api/read-position.ts).
 */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      const request = args[0];
      const fresh = request instanceof Request && /\bno-cache\b/i.test(request.headers.get("cache-control") ?? "");
      return await sessionReads(request, () => (fresh ? withoutReadCache(() => fn(...args)) : fn(...args)));
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
