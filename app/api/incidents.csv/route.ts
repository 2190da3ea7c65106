import { handler } from "@/lib/api/errors";
import { exportResponse } from "@/lib/api/exports";
import { readFilteredQuery } from "@/lib/api/query";
import { exportIncidentsCsv } from "@/lib/db/export";

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  return exportResponse(() => exportIncidentsCsv(filters), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="conflict-atlas-incidents.csv"',
  });
});
