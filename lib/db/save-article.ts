// Writes one extracted article with its incidents and tallies in one transaction. The same
// article (same URL or same text) is stored once; an incident that another article already
// told becomes a second source of that incident (lib/extract/dedupe decides "the same").
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import { isSameIncident } from "@/lib/extract/dedupe";
import { allPlaces } from "@/lib/extract/places";
import type { ArticleExtraction, DatePrecision, ExtractedIncident, Governorate } from "@/lib/extract/types";
import type { EditableField } from "@/lib/api/incident-input";
import { incidentSnapshot, recordChange } from "@/lib/db/history";

export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

export type SaveResult =
  | { status: "created"; articleId: number; incidentsCreated: number; incidentsMerged: number; tallies: number }
  | { status: "duplicate"; articleId: number; reason: "url" | "content" };

type Tx = Prisma.TransactionClient;

const asDate = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
const asDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Serialises writers, so two articles telling the same incident cannot both create it. */
async function lockIngestion(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(7719001)::text`;
}

async function ensurePlace(tx: Tx, placeId: string | null): Promise<string | null> {
  if (!placeId) return null;
  const place = allPlaces().find((p) => p.id === placeId);
  if (!place) return null;
  await tx.place.upsert({
    where: { id: place.id },
    update: {},
    create: {
      id: place.id,
      name: place.name,
      alternateNames: place.alternateNames,
      governorate: place.governorate,
      lat: place.lat,
      lon: place.lon,
      kind: place.kind,
      population: place.population,
      source: place.source,
    },
  });
  return place.id;
}

/** A stored incident in the extractor's shape, for the duplicate test. */
function storedAsExtracted(r: Prisma.IncidentGetPayload<object>): ExtractedIncident {
  return {
    date: asDay(r.date),
    datePrecision: r.datePrecision,
    place: r.placeName,
    placeId: r.placeId,
    province: r.province as Governorate | null,
    lat: r.lat,
    lon: r.lon,
    geoPrecision: (r.geoPrecision as 1 | 2 | 3 | null) ?? null,
    perpetrator: r.perpetrator,
    perpetratorText: r.perpetratorText,
    target: r.target,
    targetText: r.targetText,
    killed: r.killed,
    killedLow: r.killedLow,
    killedHigh: r.killedHigh,
    injured: r.injured,
    attackersKilled: r.attackersKilled,
    claimedBy: r.claimedBy,
    reportedBy: r.reportedBy,
    evidence: r.evidence,
    evidenceStart: 0,
    evidenceEnd: 0,
  };
}

async function findStoredDuplicate(tx: Tx, inc: ExtractedIncident, articleId: number): Promise<number | null> {
  if (!inc.date) return null;
  const date = new Date(`${inc.date}T00:00:00Z`);
  // Candidates: real incidents within a year-wide window and a compatible governorate;
  // isSameIncident then applies the precise rule (dates within each other's precision, ...).
  const window = 366 * 24 * 3600 * 1000;
  const candidates = await tx.incident.findMany({
    where: {
      synthetic: false,
      date: { gte: new Date(date.getTime() - window), lte: new Date(date.getTime() + window) },
      ...(inc.province ? { OR: [{ province: inc.province }, { province: null }] } : {}),
      sources: { none: { articleId } },
    },
    take: 500,
  });
  const match = candidates.find((c) => isSameIncident(storedAsExtracted(c), inc));
  return match?.id ?? null;
}

/**
 * ACLED/UCDP: the merged best is the lowest best of the sources; low and high span them all.
 * Counts a person set stay as they are; the incident keeps the sentence of its first source.
 */
export async function recomputeMergedCounts(tx: Tx, incidentId: number) {
  const sources = await tx.incidentSource.findMany({ where: { incidentId }, orderBy: { id: "asc" } });
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId } });
  const reviewed = new Set(incident.reviewedFields);
  const known = (xs: (number | null)[]) => xs.filter((n): n is number => n !== null);
  const bests = known(sources.map((s) => s.killed));
  const data: Prisma.IncidentUpdateInput = {};
  if (bests.length) {
    if (!reviewed.has("killed")) data.killed = Math.min(...bests);
    if (!reviewed.has("killedLow")) data.killedLow = Math.min(...known(sources.map((s) => s.killedLow ?? s.killed)));
    if (!reviewed.has("killedHigh")) data.killedHigh = Math.max(...known(sources.map((s) => s.killedHigh ?? s.killed)));
  }
  const injured = known(sources.map((s) => s.injured));
  if (!reviewed.has("injured")) data.injured = injured.length ? Math.min(...injured) : null;
  if (sources[0]) data.evidence = sources[0].evidence;
  return tx.incident.update({ where: { id: incidentId }, data });
}

export interface ArticleMeta {
  fileName?: string | null;
  synthetic?: boolean;
  /** Who is saving: an editor's name, "token:<name>", or "seed"/"extractor". */
  actor?: string;
}

/** An incident to store: as extracted, plus what a reviewer did to it. */
export type IncidentToSave = ExtractedIncident & { reviewedFields?: EditableField[]; rejected?: boolean };

/**
 * Stores the incidents an article tells: each is either a new incident or, when another
 * article already told it, a further source of that incident.
 */
export async function saveIncidentsOfArticle(
  tx: Tx,
  articleId: number,
  incidents: IncidentToSave[],
  actor: string,
  synthetic = false,
): Promise<{ created: number; merged: number }> {
  let created = 0;
  let merged = 0;
  for (const inc of incidents) {
    const source = {
      articleId,
      evidence: inc.evidence,
      evidenceStart: inc.evidenceStart,
      evidenceEnd: inc.evidenceEnd,
      date: asDate(inc.date),
      datePrecision: inc.datePrecision as DatePrecision | null,
      killed: inc.killed,
      killedLow: inc.killedLow,
      killedHigh: inc.killedHigh,
      injured: inc.injured,
      reportedBy: inc.reportedBy,
    };
    const existingId = inc.rejected ? null : await findStoredDuplicate(tx, inc, articleId);
    if (existingId !== null) {
      const before = await tx.incident.findUniqueOrThrow({ where: { id: existingId } });
      await tx.incidentSource.create({ data: { ...source, incidentId: existingId } });
      await recomputeMergedCounts(tx, existingId);
      const after = await tx.incident.findUniqueOrThrow({ where: { id: existingId } });
      await recordChange(tx, existingId, actor, "merge", incidentSnapshot(before), incidentSnapshot(after), `source added: article ${articleId}`);
      merged++;
      continue;
    }
    const placeId = await ensurePlace(tx, inc.placeId);
    const createdIncident = await tx.incident.create({
      data: {
        date: asDate(inc.date),
        datePrecision: inc.datePrecision,
        placeName: inc.place,
        placeId,
        province: inc.province,
        lat: inc.lat,
        lon: inc.lon,
        geoPrecision: inc.geoPrecision,
        perpetrator: inc.perpetrator,
        perpetratorText: inc.perpetratorText,
        target: inc.target,
        targetText: inc.targetText,
        killed: inc.killed,
        killedLow: inc.killedLow,
        killedHigh: inc.killedHigh,
        injured: inc.injured,
        attackersKilled: inc.attackersKilled,
        claimedBy: inc.claimedBy,
        reportedBy: inc.reportedBy,
        evidence: inc.evidence,
        synthetic,
        reviewedFields: inc.rejected ? ["rejected"] : (inc.reviewedFields ?? []),
        // A rejected extraction is kept, deleted, so that re-extraction knows not to add it again.
        deletedAt: inc.rejected ? new Date() : null,
        sources: { create: source },
      },
    });
    await recordChange(tx, createdIncident.id, actor, inc.rejected ? "reject" : "create", null, incidentSnapshot(createdIncident), inc.reviewedFields?.length ? `reviewed: ${inc.reviewedFields.join(", ")}` : null);
    if (!inc.rejected) created++;
  }
  return { created, merged };
}

export async function saveExtraction(x: ArticleExtraction & { incidents: IncidentToSave[] }, meta: ArticleMeta = {}): Promise<SaveResult> {
  const actor = meta.actor ?? "extractor";
  const hash = contentHash(x.text);
  return db().$transaction(
    async (tx) => {
      await lockIngestion(tx);
      const sameUrl = x.url ? await tx.article.findUnique({ where: { url: x.url }, select: { id: true } }) : null;
      if (sameUrl) return { status: "duplicate", articleId: sameUrl.id, reason: "url" } as const;
      const sameText = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (sameText) return { status: "duplicate", articleId: sameText.id, reason: "content" } as const;

      const article = await tx.article.create({
        data: {
          source: x.source,
          url: x.url,
          title: x.title,
          publishedAt: asDate(x.publishedAt),
          publishedFrom: x.publishedFrom,
          fileName: meta.fileName ?? null,
          text: x.text,
          contentHash: hash,
          synthetic: meta.synthetic ?? false,
        },
      });

      const { created, merged } = await saveIncidentsOfArticle(tx, article.id, x.incidents, actor, meta.synthetic ?? false);

      if (x.tallies.length) {
        await tx.tally.createMany({
          data: x.tallies.map((t) => ({
            articleId: article.id,
            count: t.count,
            description: t.description,
            since: asDate(t.since),
            sincePrecision: t.sincePrecision,
            reportedBy: t.reportedBy,
            evidence: t.evidence,
            evidenceStart: t.evidenceStart,
            evidenceEnd: t.evidenceEnd,
          })),
        });
      }
      return { status: "created", articleId: article.id, incidentsCreated: created, incidentsMerged: merged, tallies: x.tallies.length } as const;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
