import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { deleteIncident } from "@/lib/db/incident-edits";

export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  await deleteIncident(id, actor.name, true);
  return Response.json({ restored: id });
});
