import { handler } from "@/lib/api/errors";
import { FILTER_KEYS, IncidentFilters } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { provinceSummary } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const filters = readQuery(request, IncidentFilters, FILTER_KEYS);
  return Response.json({ provinces: await provinceSummary(filters) });
});
