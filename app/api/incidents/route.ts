import { handler } from "@/lib/api/errors";
import { FILTER_KEYS, IncidentFilters, IncidentListQuery } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { listIncidents } from "@/lib/db/incidents";

const Query = IncidentFilters.and(IncidentListQuery);

export const GET = handler(async (request: Request) => {
  const { limit, ...filters } = readQuery(request, Query, [...FILTER_KEYS, "limit"]);
  const { total, incidents } = await listIncidents(filters, limit);
  return Response.json({ total, count: incidents.length, incidents });
});
