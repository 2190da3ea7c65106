// Readiness for load balancers: 200 when the primary answers and is migrated, 503 otherwise.
// A replica that is down or late is reported but keeps the instance ready: reads use the primary.
import { ApiError, handler } from "@/lib/api/errors";
import { readiness } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export const GET = handler(async (_request: Request) => {
  const r = await readiness();
  if (!r.ready) throw new ApiError("service_unavailable", r.message, undefined, { checks: r.checks });
  return Response.json({ status: "ready", message: r.message, checks: r.checks }, { headers: { "Cache-Control": "no-store" } });
});
