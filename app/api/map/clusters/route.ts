import { ApiError, handler } from "@/lib/api/errors";
import { cachedJsonResponse } from "@/lib/api/json";
import { readFilteredQuery } from "@/lib/api/query";
import { mapClusters } from "@/lib/db/clusters";

export const GET = handler(async (request: Request) => {
  const { filters, params } = readFilteredQuery(request, ["bbox", "zoom"]);
  if (!params.bbox) throw new ApiError("bad_request", 'Missing parameter "bbox" (minLon,minLat,maxLon,maxLat)', "bbox");
  if (params.zoom === undefined) throw new ApiError("bad_request", 'Missing parameter "zoom" (0 to 20)', "zoom");
  const clusters = await mapClusters(filters, params.bbox, params.zoom);
  return cachedJsonResponse(clusters, () => clusters);
});
