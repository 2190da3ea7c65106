import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { getJob } from "@/lib/jobs/list";

const JobId = z.object({ id: z.uuid("expected a job id") });

/** One ingest job: where POST /api/articles?async=1 points. */
export const GET = handler(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = parseQuery(JobId, await ctx.params);
  return Response.json(await getJob(id));
});
