import { handler } from "@/lib/api/errors";
import { readFilteredQuery } from "@/lib/api/query";
import { provinceSummary } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  return Response.json({ provinces: await provinceSummary(filters) });
});
