import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { IdParam } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { baseVersion, etagOf } from "@/lib/api/versions";
import { reviewIncident } from "@/lib/db/incident-edits";
import { getIncident } from "@/lib/db/incidents";

const Body = z.object({ version: z.number().int().positive().max(2_147_483_647).optional() }).strict();

/** Accepts the incident as it stands (the review queue's "accept"); names the version looked at, as a correction does. */
export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  const { version } = await readJson(request, Body);
  const after = await reviewIncident(id, actor.name, baseVersion(request, version));
  return Response.json({ incident: await getIncident(id) }, { headers: { ETag: etagOf(after.version) } });
});
