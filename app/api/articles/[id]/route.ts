import { ApiError, handler, parseQuery } from "@/lib/api/errors";
import { IdParam } from "@/lib/api/filters";
import { getArticle } from "@/lib/db/articles";
import { z } from "zod";

export const GET = handler(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = parseQuery(z.object({ id: IdParam }), await ctx.params);
  const article = await getArticle(id);
  if (!article) throw new ApiError("not_found", `No article with id ${id}`, "id");
  return Response.json({ article });
});
