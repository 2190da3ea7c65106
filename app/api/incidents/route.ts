import { ApiError, handler } from "@/lib/api/errors";
import { cachedJsonResponse } from "@/lib/api/json";
import { readFilteredQuery } from "@/lib/api/query";
import { decodeCursor, listIncidents } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const { filters, params } = readFilteredQuery(request, ["bbox", "updatedSince", "limit", "cursor", "sort"]);
  const cursorId = params.cursor ? decodeCursor(params.cursor) : null;
  if (params.cursor && cursorId === null) throw new ApiError("bad_request", 'Invalid parameter "cursor": not a cursor from a previous page', "cursor");
  const page = await listIncidents(filters, params.limit ?? 100, {
    sort: params.sort ?? "date_desc",
    cursorId,
    bbox: params.bbox,
    updatedSince: params.updatedSince,
  });
  return cachedJsonResponse(page, () => ({ total: page.total, count: page.incidents.length, nextCursor: page.nextCursor, incidents: page.incidents }));
});
