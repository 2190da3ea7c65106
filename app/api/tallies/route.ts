import { handler } from "@/lib/api/errors";
import { PageQuery } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { listTallies } from "@/lib/db/articles";

export const GET = handler(async (request: Request) => {
  const { limit } = readQuery(request, PageQuery.pick({ limit: true }), ["limit"]);
  return Response.json({ tallies: await listTallies(limit) });
});
