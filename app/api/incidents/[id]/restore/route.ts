import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { limitWrites } from "@/lib/api/rate-limit";
import { requireEditor } from "@/lib/auth/editors";
import { deleteIncident } from "@/lib/db/incident-edits";

export const POST = handler(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  await limitWrites(request);
  const actor = await requireEditor(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  await deleteIncident(id, actor.name, true);
  return Response.json({ restored: id });
});
