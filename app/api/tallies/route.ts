import { handler } from "@/lib/api/errors";
import { readQuery } from "@/lib/api/query";
import { listTallies } from "@/lib/db/articles";

export const GET = handler(async (request: Request) => {
  const { limit } = readQuery(request, ["limit"]);
  return Response.json({ tallies: await listTallies(limit ?? 200) });
});
