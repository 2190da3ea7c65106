import { z } from "zod";
import { handler, parseQuery } from "@/lib/api/errors";
import { paramsToArrays } from "@/lib/incidents/params";
import { searchPlaces } from "@/lib/ingest/place-search";

const Query = z
  .object({
    q: z
      .array(z.string().max(100))
      .length(1, 'give "q" once')
      .transform((v) => v[0]!),
  })
  .strict();

/** Gazetteer places matching a name (for the place box of the review page). */
export const GET = handler(async (request: Request) => {
  const { q } = parseQuery(Query, paramsToArrays(new URL(request.url).searchParams));
  return Response.json({
    places: searchPlaces(q).map((p) => ({ id: p.id, name: p.name, governorate: p.governorate, lat: p.lat, lon: p.lon, kind: p.kind })),
  });
});
