import { z } from "zod";
import { ApiError, handler, parseQuery } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { IdParam } from "@/lib/api/filters";
import { IncidentEdit } from "@/lib/incidents/fields";
import { authorizeWrite } from "@/lib/api/limits";
import { baseVersion, etagOf } from "@/lib/api/versions";
import { deleteIncident, incidentHistory, updateIncident } from "@/lib/db/incident-edits";
import { getIncident } from "@/lib/db/incidents";

type Ctx = { params: Promise<{ id: string }> };
const readId = async (ctx: Ctx) => parseQuery(z.object({ id: IdParam }), await ctx.params).id;

export const GET = handler(async (_request: Request, ctx: Ctx) => {
  const id = await readId(ctx);
  const [incident, history] = await Promise.all([getIncident(id), incidentHistory(id)]);
  if (!incident) throw new ApiError("not_found", `No incident with id ${id}`, "id");
  return Response.json({ incident, history }, { headers: { ETag: etagOf(incident.version) } });
});

/**
 * Corrects fields; each corrected field is marked reviewed and kept through re-extraction. The
 * change names the version it was based on; a stale one is a 409 carrying the current values.
 */
export const PATCH = handler(async (request: Request, ctx: Ctx) => {
  const actor = await authorizeWrite(request);
  const id = await readId(ctx);
  const { version, ...patch } = await readJson(request, IncidentEdit);
  if (!Object.keys(patch).length) throw new ApiError("bad_request", "Nothing to change: send at least one field");
  const after = await updateIncident(id, patch, actor.name, baseVersion(request, version));
  return Response.json({ incident: await getIncident(id) }, { headers: { ETag: etagOf(after.version) } });
});

/** Soft delete: the incident disappears from lists and sums, its history stays. */
export const DELETE = handler(async (request: Request, ctx: Ctx) => {
  const actor = await authorizeWrite(request);
  const id = await readId(ctx);
  await deleteIncident(id, actor.name);
  return Response.json({ deleted: id });
});
