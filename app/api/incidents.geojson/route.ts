import { handler } from "@/lib/api/errors";
import { exportResponse } from "@/lib/api/exports";
import { readFilteredQuery } from "@/lib/api/query";
import { exportIncidents } from "@/lib/db/export";
import type { IncidentFilters } from "@/lib/incidents/filters";

async function* geojson(filters: IncidentFilters): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const rows of exportIncidents(filters)) {
    const features = rows
      .filter((r) => r.lat !== null && r.lon !== null)
      .map(({ lat, lon, ...properties }) => JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties }));
    if (!features.length) continue;
    yield (first ? "" : ",") + features.join(",");
    first = false;
  }
  yield "]}";
}

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  return exportResponse(() => geojson(filters), {
    "Content-Type": "application/geo+json; charset=utf-8",
    "Content-Disposition": 'attachment; filename="conflict-atlas-incidents.geojson"',
  });
});
