import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { authorizeWrite } from "@/lib/api/limits";
import { deleteFeed, getFeed } from "@/lib/db/feeds";

type Ctx = { params: Promise<{ id: string }> };

export const GET = handler(async (_request: Request, ctx: Ctx) => {
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  return Response.json(await getFeed(id));
});

/** Stops following a feed; the articles it brought stay. */
export const DELETE = handler(async (request: Request, ctx: Ctx) => {
  await authorizeWrite(request);
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  await deleteFeed(id);
  return Response.json({ deleted: id });
});
