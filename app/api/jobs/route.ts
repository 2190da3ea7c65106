import { handler } from "@/lib/api/errors";
import { readQuery } from "@/lib/api/query";
import { listJobs } from "@/lib/jobs/list";

/** The newest ingest jobs, with their state, attempts and last error. */
export const GET = handler(async (request: Request) => {
  const { state, limit } = readQuery(request, ["state", "limit"]);
  return Response.json({ jobs: await listJobs(state, limit ?? 100) });
});
