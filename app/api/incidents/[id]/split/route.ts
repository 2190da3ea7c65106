import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { IdParam, RowId } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { splitIncident } from "@/lib/db/incident-edits";
import { getIncident } from "@/lib/db/incidents";

const Body = z.object({ sourceId: RowId }).strict();

/** Takes one source out into a new incident of its own (undoes a wrong merge). */
export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  const { sourceId } = await readJson(request, Body);
  const { created } = await splitIncident(id, sourceId, actor.name);
  return Response.json({ incident: await getIncident(id), created: await getIncident(created.id) }, { status: 201 });
});
