import { handler } from "@/lib/api/errors";
import { PageQuery } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { listArticles } from "@/lib/db/articles";

export const GET = handler(async (request: Request) => {
  const { limit, offset } = readQuery(request, PageQuery, ["limit", "offset"]);
  return Response.json(await listArticles(limit, offset));
});
