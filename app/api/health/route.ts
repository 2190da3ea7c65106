// Liveness for load balancers and orchestrators: the process answers. No database: a database
// outage must not get every instance restarted (that is what /api/ready reports).
import { handler } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

export const GET = handler(async (_request: Request) =>
  Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } }),
);
