import "server-only";
import { conflict, invalid, notFound } from "@/lib/errors";
// Editors' changes to incidents. Each runs in one transaction, locks what it touches in the one
// order of lib/db/locks.ts, and leaves a history entry.
import { db, type Prisma, readDb } from "@/lib/db/client";
import { cachedRead } from "@/lib/db/read-cache";
import { checkCounts, type EditableField, EXTRACTED_FIELDS, type IncidentPatch, PER_SOURCE_FIELDS } from "@/lib/incidents/fields";
import { incidentSnapshot, recordChange } from "@/lib/db/history";
import { lockIncidents, lockIngestion } from "@/lib/db/locks";
import { ensurePlace, recomputeMergedCounts } from "@/lib/db/save-article";
import { placeById } from "@/lib/extract/places";
import { columnsOf, fieldValues } from "@/lib/db/field-sql";
import { accountColumns, readAccount } from "@/lib/db/source-account";

type Tx = Prisma.TransactionClient;
type IncidentRow = Prisma.IncidentGetPayload<object>;

/** The version an edit was based on (its ETag), or "any": the editor means to overwrite whatever is there. */
export type BaseVersion = number | "any";

/**
 * What a source stored before sources kept their accounts takes, split off, from the incident it
 * leaves: where and who. Its counts, date and sentence are its own; the attackers' dead and the claim stay.
 */
const SHARED_ON_SPLIT = EXTRACTED_FIELDS.filter((k) => !(PER_SOURCE_FIELDS as string[]).includes(k) && k !== "attackersKilled" && k !== "claimedBy");

/** The real incidents with these ids, locked, in the order asked. */
async function lockReal(tx: Tx, ids: number[]): Promise<IncidentRow[]> {
  const rows = await lockIncidents(tx, ids);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id && !r.synthetic);
    if (!row) throw notFound(`No incident with id ${id}`, "id");
    return row;
  });
}

/** A 409 carrying what is stored now, so that the editor's change can be applied on top of it. */
function staleVersion(row: IncidentRow, base: number) {
  return conflict(
    `Incident ${row.id} was changed by someone else after version ${base}; it is now version ${row.version}. ` +
      `Apply your change to the current values and send it with version ${row.version}.`,
    "version",
    { current: { version: row.version, values: incidentSnapshot(row) } },
  );
}

/** The columns a patch sets, and the fields it marks reviewed: a gazetteer place brings its name, governorate and coordinates unless given too. */
function patchData(patch: IncidentPatch): { data: Prisma.IncidentUncheckedUpdateInput; fields: Set<EditableField> } {
  const data: Record<string, unknown> = {};
  const fields = new Set<EditableField>(Object.keys(patch) as EditableField[]);
  // A figure a person types is theirs, not a vague word's floor, unless they say it still is.
  for (const [count, vague] of [
    ["killed", "killedVague"],
    ["injured", "injuredVague"],
  ] as const) {
    if (count in patch && !(vague in patch)) {
      data[vague] = patch[count] === null || patch[count] === undefined ? null : false;
      fields.add(vague);
    }
  }
  const place = patch.placeId ? placeById(patch.placeId) : null;
  if (place) {
    const fromPlace = {
      placeName: place.name,
      province: place.governorate ?? undefined,
      lat: place.lat,
      lon: place.lon,
      geoPrecision: place.kind === "governorate" || place.kind === "region" ? 3 : 1,
    };
    for (const [k, v] of Object.entries(fromPlace)) {
      if (k in patch || v === undefined) continue;
      data[k] = v;
      fields.add(k as EditableField);
    }
  }
  for (const [k, v] of Object.entries(patch)) data[k] = k === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v;
  return { data, fields };
}

/**
 * Sets the given fields, marks them reviewed (re-extraction leaves them alone), records the change.
 * Refused (409, with the current values) when the incident changed since the version the edit was based on.
 */
export async function updateIncident(id: number, patch: IncidentPatch, actor: string, base: BaseVersion) {
  if (patch.placeId && !placeById(patch.placeId)) throw invalid(`Unknown place id ${patch.placeId}`, "placeId");
  // Gazetteer rows never change: stored before the transaction, they take no lock inside it.
  if (patch.placeId) await ensurePlace(db(), patch.placeId);
  return db().$transaction(async (tx) => {
    const [before] = (await lockReal(tx, [id])) as [IncidentRow];
    if (before.deletedAt) throw conflict(`Incident ${id} is deleted; restore it first`);
    if (base !== "any" && base !== before.version) throw staleVersion(before, base);
    const problem = checkCounts({ killed: before.killed, killedLow: before.killedLow, killedHigh: before.killedHigh, ...patch });
    if (problem) throw invalid(problem, "killed");
    const { data, fields } = patchData(patch);
    data.reviewedFields = [...new Set([...before.reviewedFields, ...fields])];
    // Correcting an incident is looking at it: it leaves the review queue.
    Object.assign(data, { reviewedAt: new Date(), reviewedBy: actor });
    const after = await tx.incident.update({ where: { id }, data });
    await recordChange(tx, id, actor, "update", incidentSnapshot(before), incidentSnapshot(after));
    return after;
  });
}

/**
 * Accepts an incident as it stands (the review queue's "accept"): marks it reviewed by the actor and records it.
 * Refused like an edit when the incident changed since the version the editor looked at.
 */
export async function reviewIncident(id: number, actor: string, base: BaseVersion) {
  return db().$transaction(async (tx) => {
    const [before] = (await lockReal(tx, [id])) as [IncidentRow];
    if (before.deletedAt) throw conflict(`Incident ${id} is deleted; restore it first`);
    if (base !== "any" && base !== before.version) throw staleVersion(before, base);
    const after = await tx.incident.update({ where: { id }, data: { reviewedAt: new Date(), reviewedBy: actor } });
    await recordChange(tx, id, actor, "review", incidentSnapshot(before), incidentSnapshot(after), "accepted as it stands");
    return after;
  });
}

/** Soft delete: hidden from every list, sum and export; kept with its history; `updatedAt` moves for sync. */
export async function deleteIncident(id: number, actor: string, restore = false) {
  return db().$transaction(async (tx) => {
    const [before] = (await lockReal(tx, [id])) as [IncidentRow];
    if (restore === (before.deletedAt === null)) return before;
    if (restore && !(await tx.incidentSource.count({ where: { incidentId: id } }))) {
      throw conflict(`Incident ${id} has no source left: it was merged into another incident. Split that one instead.`);
    }
    const after = await tx.incident.update({
      where: { id },
      data: {
        deletedAt: restore ? null : new Date(),
        reviewedFields: restore ? before.reviewedFields.filter((f) => f !== "rejected") : [...new Set([...before.reviewedFields, "deleted"])],
      },
    });
    await recordChange(tx, id, actor, restore ? "restore" : "delete", incidentSnapshot(before), incidentSnapshot(after));
    return after;
  });
}

/** Moves every source of `otherId` to `id` and deletes `otherId` (softly, pointing at the survivor). */
export async function mergeIncident(id: number, otherId: number, actor: string) {
  if (id === otherId) throw invalid("An incident cannot be merged with itself", "other");
  return db().$transaction(async (tx) => {
    await lockIngestion(tx);
    const [before, other] = (await lockReal(tx, [id, otherId])) as [IncidentRow, IncidentRow];
    const gone = [before, other].find((r) => r.deletedAt);
    if (gone) throw conflict(`Incident ${gone.id} is deleted (merged or removed a moment ago?): both incidents must be live to merge them`);
    await tx.incidentSource.updateMany({ where: { incidentId: otherId }, data: { incidentId: id } });
    const after = await recomputeMergedCounts(tx, id);
    const merged = await tx.incident.update({
      where: { id: otherId },
      data: { deletedAt: new Date(), reviewedFields: [...new Set([...other.reviewedFields, "merged"])] },
    });
    await recordChange(tx, id, actor, "merge", incidentSnapshot(before), incidentSnapshot(after), `merged incident ${otherId} into this one`);
    await recordChange(tx, otherId, actor, "merge", incidentSnapshot(other), incidentSnapshot(merged), `merged into incident ${id}`);
    return after;
  });
}

type SourceRow = Prisma.IncidentSourceGetPayload<object>;

/** What a source split off starts as: its own account and figures; a source stored before accounts takes where and who from the incident. */
function splitOffData(before: IncidentRow, source: SourceRow): Prisma.IncidentUncheckedCreateInput {
  const account = readAccount(source.account);
  const shared = account ? accountColumns(account) : columnsOf(fieldValues(before, SHARED_ON_SPLIT), SHARED_ON_SPLIT);
  return {
    ...(shared as Prisma.IncidentUncheckedCreateInput),
    ...columnsOf(fieldValues(source, PER_SOURCE_FIELDS), PER_SOURCE_FIELDS),
    date: source.date ?? before.date,
    datePrecision: source.datePrecision ?? before.datePrecision,
    reviewedFields: account?.reviewed ?? [],
  };
}

/**
 * An incident left with one source takes that source's account and date again. A field an editor
 * corrected on the incident (reviewed, yet in no source's account as reviewed) keeps the correction.
 */
async function adoptSoleSource(tx: Tx, row: IncidentRow, sourcesBefore: SourceRow[], sourceId: number): Promise<void> {
  const left = sourcesBefore.filter((s) => s.id !== sourceId);
  const account = left.length === 1 ? readAccount(left[0]!.account) : null;
  if (!account) return;
  const fromAccounts = new Set(sourcesBefore.flatMap((s) => readAccount(s.account)?.reviewed ?? []));
  const corrected = new Set(row.reviewedFields.filter((f) => !fromAccounts.has(f)));
  const own = { ...accountColumns(account), date: left[0]!.date ?? row.date, datePrecision: left[0]!.datePrecision ?? row.datePrecision };
  const data = Object.fromEntries(Object.entries(own).filter(([column]) => !corrected.has(column)));
  const reviewedFields = [...new Set([...corrected, ...account.reviewed.filter((f) => !corrected.has(f))])];
  await tx.incident.update({ where: { id: row.id }, data: { ...data, reviewedFields } });
}

/** Takes one source out of an incident into a new incident of its own (undoing a wrong merge). */
export async function splitIncident(id: number, sourceId: number, actor: string) {
  return db().$transaction(async (tx) => {
    await lockIngestion(tx);
    const [before] = (await lockReal(tx, [id])) as [IncidentRow];
    if (before.deletedAt) throw conflict(`Incident ${id} is deleted; restore it first`);
    const sources = await tx.incidentSource.findMany({ where: { incidentId: id }, orderBy: { id: "asc" } });
    const source = sources.find((s) => s.id === sourceId);
    if (!source) throw invalid(`Source ${sourceId} is not a source of incident ${id}`, "sourceId");
    if (sources.length < 2) throw conflict("An incident with one source cannot be split");
    const created = await tx.incident.create({ data: splitOffData(before, source) });
    await tx.incidentSource.update({ where: { id: sourceId }, data: { incidentId: created.id } });
    await adoptSoleSource(tx, before, sources, sourceId);
    const after = await recomputeMergedCounts(tx, id);
    await recordChange(tx, id, actor, "split", incidentSnapshot(before), incidentSnapshot(after), `source ${sourceId} split off into incident ${created.id}`);
    await recordChange(tx, created.id, actor, "split", null, incidentSnapshot(created), `split off from incident ${id}`);
    return { incident: after, created };
  });
}

async function incidentHistoryUncached(id: number) {
  const rows = await readDb().incidentChange.findMany({ where: { incidentId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((r) => ({ id: r.id, actor: r.actor, action: r.action, before: r.before, after: r.after, note: r.note, at: r.createdAt.toISOString() }));
}

/** An incident's edits, newest first. */
export const incidentHistory = cachedRead("incidentHistory", incidentHistoryUncached);
