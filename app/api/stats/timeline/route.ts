import { handler } from "@/lib/api/errors";
import { cachedJsonResponse } from "@/lib/api/json";
import { readFilteredQuery } from "@/lib/api/query";
import { timeline } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const { filters, params } = readFilteredQuery(request, ["interval", "split"]);
  const interval = params.interval ?? "month";
  const split = params.split ?? "none";
  const points = await timeline(filters, interval, split);
  return cachedJsonResponse(points, () => ({ interval, split, points }));
});
