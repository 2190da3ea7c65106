// The locks writers take, always in one order so that two writers wait for each other instead of
// deadlocking: first the ingestion lock, by every writer that may touch more than one incident
// (saving or re-extracting an article, merging, splitting), then incident rows by id.
import type { Prisma } from "@/lib/db/client";

type Tx = Prisma.TransactionClient;

/** Serialises the writers that touch several incidents; held to the end of the transaction. */
export async function lockIngestion(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(7719001)::text`;
}

/**
 * Locks the incidents with these ids (lowest id first) to the end of the transaction, and reads
 * them as they are once the lock is held: what a concurrent writer committed meanwhile included.
 */
export async function lockIncidents(tx: Tx, ids: number[]) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.$queryRaw`SELECT "id" FROM "Incident" WHERE "id" = ANY(${sorted}::int[]) ORDER BY "id" FOR UPDATE`;
  return tx.incident.findMany({ where: { id: { in: sorted } } });
}
