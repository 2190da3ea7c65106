// The change history of incidents: who changed what, when, from what to what.
import { Prisma } from "@/lib/db/client";
import { EDITABLE_FIELDS } from "@/lib/incidents/fields";

type Tx = Prisma.TransactionClient;
type IncidentRow = Prisma.IncidentGetPayload<object>;

/** The fields a person can see and change, as plain JSON. */
export function incidentSnapshot(r: IncidentRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) {
    const v = r[f];
    out[f] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  }
  out.deleted = r.deletedAt !== null;
  out.reviewed = r.reviewedAt !== null;
  return out;
}

export async function recordChange(
  tx: Tx,
  incidentId: number,
  actor: string,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  note: string | null = null,
): Promise<void> {
  await tx.incidentChange.create({
    data: {
      incidentId,
      actor,
      action,
      before: before === null ? Prisma.JsonNull : (before as Prisma.InputJsonValue),
      after: after === null ? Prisma.JsonNull : (after as Prisma.InputJsonValue),
      note,
    },
  });
}
