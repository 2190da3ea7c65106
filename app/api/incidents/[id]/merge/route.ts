import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { IdParam, RowId } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { mergeIncident } from "@/lib/db/incident-edits";
import { getIncident } from "@/lib/db/incidents";

const Body = z.object({ other: RowId }).strict();

/** Merges incident `other` into this one: its sources move here, it is deleted. */
export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  const { other } = await readJson(request, Body);
  await mergeIncident(id, other, actor.name);
  return Response.json({ incident: await getIncident(id) });
});
