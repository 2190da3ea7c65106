import { handler } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/json";
import { readFilteredQuery } from "@/lib/api/query";
import { timeline } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const { filters, params } = readFilteredQuery(request, ["interval", "split"]);
  const interval = params.interval ?? "month";
  const split = params.split ?? "none";
  return jsonResponse({ interval, split, points: await timeline(filters, interval, split) });
});
