import "server-only";
// The review queue: live real incidents that arrived by themselves and nobody has looked at yet,
// least confident first, so an editor's first minutes go where the extractor was least sure.
import { queryRows } from "@/lib/db/client";
import { incidentViews, type IncidentView } from "@/lib/db/incidents";

/** An incident in the queue, with the gazetteer id its correction form starts from. */
export type ReviewItem = IncidentView & { placeId: string | null };

export interface ReviewQueue {
  /** How many incidents wait for review in all. */
  total: number;
  /** The first of them, least confident first (an unknown confidence before any known one). */
  incidents: ReviewItem[];
}

export async function reviewQueue(limit = 200): Promise<ReviewQueue> {
  // The same predicate as the migration "incident_review"'s partial index, which serves both reads.
  const [count, ids] = await Promise.all([
    queryRows<{ n: number }>`
      SELECT COUNT(*)::int AS n FROM "Incident" i
      WHERE i."reviewedAt" IS NULL AND i."deletedAt" IS NULL AND NOT i."synthetic"`,
    queryRows<{ id: number }>`
      SELECT i."id" FROM "Incident" i
      WHERE i."reviewedAt" IS NULL AND i."deletedAt" IS NULL AND NOT i."synthetic"
      ORDER BY i."confidence" ASC NULLS FIRST, i."id" LIMIT ${limit}`,
  ]);
  const idList = ids.map((r) => r.id);
  const [views, places] = await Promise.all([
    incidentViews(idList),
    queryRows<{ id: number; placeId: string | null }>`SELECT i."id", i."placeId" FROM "Incident" i WHERE i."id" = ANY(${idList}::int[])`,
  ]);
  const placeOf = new Map(places.map((p) => [p.id, p.placeId]));
  return { total: count[0]?.n ?? 0, incidents: views.map((v) => ({ ...v, placeId: placeOf.get(v.id) ?? null })) };
}
