// What each source of an incident says of the fields its incident shares (who, where, how), kept
// on the source row, so that a source split off again takes back its own account, not the
// incident's, and an incident left with one source takes that source's.
import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import { columnsOf } from "@/lib/db/field-sql";
import { columnOf, EDITABLE_FIELDS, EXTRACTED_FIELDS, type FieldKey, PER_SOURCE_FIELDS } from "@/lib/incidents/fields";

/** The fields an incident shares among its sources: those a source keeps no column of. */
export const ACCOUNT_FIELDS: FieldKey[] = EXTRACTED_FIELDS.filter((k) => !(PER_SOURCE_FIELDS as string[]).includes(k));

export interface SourceAccount {
  /** By field key (place, not placeName). */
  values: Record<string, unknown>;
  /** The fields a reviewer set for this source, by their editable names (placeName). */
  reviewed: string[];
}

const Stored = z.object({ values: z.record(z.string(), z.unknown()), reviewed: z.array(z.string()) });
const EDITABLE = new Set<string>(EDITABLE_FIELDS);

/** A source's account as it is stored: its values of the shared fields, and which a reviewer set. */
export function accountOf(values: object, reviewed: readonly string[] = []): Prisma.InputJsonValue {
  const picked = Object.fromEntries(ACCOUNT_FIELDS.map((k) => [k, (values as Record<string, unknown>)[k] ?? null]));
  return { values: picked, reviewed: reviewed.filter((f) => EDITABLE.has(f)) } as Prisma.InputJsonValue;
}

/** The stored account, or null for a source stored before accounts were kept (or kept none). */
export function readAccount(json: unknown): SourceAccount | null {
  const parsed = Stored.safeParse(json);
  return parsed.success ? { values: parsed.data.values, reviewed: parsed.data.reviewed.filter((f) => EDITABLE.has(f)) } : null;
}

/** The Incident columns of an account's values. */
export const accountColumns = (a: SourceAccount): Record<string, unknown> => columnsOf(a.values, ACCOUNT_FIELDS);

/**
 * A source's account after re-extraction: the fresh values, but for those a reviewer set, which stand.
 * Null when nothing changed, so an unchanged article writes nothing.
 */
export function refreshedAccount(old: unknown, fresh: object): Prisma.InputJsonValue | null {
  const before = readAccount(old);
  const reviewed = new Set(before?.reviewed ?? []);
  const values: Record<string, unknown> = {};
  for (const k of ACCOUNT_FIELDS) values[k] = reviewed.has(columnOf(k)) ? before!.values[k] : ((fresh as Record<string, unknown>)[k] ?? null);
  const next = accountOf(values, [...reviewed]);
  return before && JSON.stringify(accountOf(before.values, before.reviewed)) === JSON.stringify(next) ? null : next;
}
