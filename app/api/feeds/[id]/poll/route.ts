import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { pollFeed } from "@/lib/jobs/feeds";

/** Polls a feed now: its new items are queued; a feed that cannot be read answers with the reason, kept as its last error. */
export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  return Response.json(await pollFeed(id));
});
