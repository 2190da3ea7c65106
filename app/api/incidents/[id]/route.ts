import { ApiError, handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { getIncident } from "@/lib/db/incidents";
import { z } from "zod";

export const GET = handler(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  const incident = await getIncident(id);
  if (!incident) throw new ApiError("not_found", `No incident with id ${id}`, "id");
  return Response.json({ incident });
});
