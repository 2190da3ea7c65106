import { handler } from "@/lib/api/errors";
import { FILTER_KEYS, IncidentFilters, TimelineQuery } from "@/lib/api/filters";
import { readQuery } from "@/lib/api/query";
import { timeline } from "@/lib/db/incidents";

const Query = IncidentFilters.and(TimelineQuery);

export const GET = handler(async (request: Request) => {
  const { interval, split, ...filters } = readQuery(request, Query, [...FILTER_KEYS, "interval", "split"]);
  return Response.json({ interval, split, points: await timeline(filters, interval, split) });
});
