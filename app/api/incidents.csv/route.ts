import { handler } from "@/lib/api/errors";
import { readFilteredQuery } from "@/lib/api/query";
import { streamResponse } from "@/lib/api/stream";
import { exportIncidentsCsv } from "@/lib/db/export";

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  return streamResponse(await exportIncidentsCsv(filters), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="conflict-atlas-incidents.csv"',
  });
});
