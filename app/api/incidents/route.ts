import { ApiError, handler } from "@/lib/api/errors";
import { FILTER_KEYS, IncidentFilters, IncidentListQuery } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { decodeCursor, listIncidents } from "@/lib/db/incidents";

const Query = IncidentFilters.and(IncidentListQuery);

export const GET = handler(async (request: Request) => {
  const { limit, cursor, sort, ...filters } = readQuery(request, Query, [...FILTER_KEYS, "limit", "cursor", "sort"]);
  const cursorId = cursor ? decodeCursor(cursor) : null;
  if (cursor && cursorId === null) throw new ApiError("bad_request", 'Invalid parameter "cursor": not a cursor from a previous page', "cursor");
  const page = await listIncidents(filters, limit, { sort, cursorId });
  return Response.json({ total: page.total, count: page.incidents.length, nextCursor: page.nextCursor, incidents: page.incidents });
});
