import { stringify } from "csv-stringify/sync";
import { handler } from "@/lib/api/errors";
import { readFilteredQuery } from "@/lib/api/query";
import { streamResponse } from "@/lib/api/stream";
import { EXPORT_COLUMNS, exportIncidents } from "@/lib/db/export";
import type { IncidentFilters } from "@/lib/api/filters";

async function* csv(filters: IncidentFilters): AsyncGenerator<string> {
  yield stringify([EXPORT_COLUMNS]);
  for await (const rows of exportIncidents(filters)) {
    yield stringify(rows, { columns: EXPORT_COLUMNS, cast: { number: (n) => String(n) } });
  }
}

export const GET = handler(async (request: Request) => {
  const { filters } = readFilteredQuery(request, []);
  return streamResponse(csv(filters), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="conflict-atlas-incidents.csv"',
  });
});
