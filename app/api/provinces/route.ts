import { handler } from "@/lib/api/errors";
import { cachedJsonResponse } from "@/lib/api/json";
import { readFilteredQuery } from "@/lib/api/query";
import { provinceSummary } from "@/lib/db/incidents";

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  const provinces = await provinceSummary(filters);
  return cachedJsonResponse(provinces, () => ({ provinces }));
});
