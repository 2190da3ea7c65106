import { handler } from "@/lib/api/errors";
import { readQuery } from "@/lib/api/query";
import { listArticles } from "@/lib/db/articles";

export const GET = handler(async (request: Request) => {
  const { limit, offset } = readQuery(request, ["limit", "offset"]);
  return Response.json(await listArticles(limit ?? 100, offset ?? 0));
});
