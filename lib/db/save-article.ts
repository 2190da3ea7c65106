// Writes one extracted article with its incidents and tallies in one transaction. The same
// article (same URL or same text) is stored once; an incident that another article already
// told becomes a second source of that incident (lib/extract/dedupe decides "the same").
import { createHash } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";
import { isSameIncident } from "@/lib/extract/dedupe";
import { allPlaces } from "@/lib/extract/places";
import type { ArticleExtraction, ExtractedIncident, ExtractedTally } from "@/lib/extract/types";
import { columnsOf, fieldValues } from "@/lib/db/field-sql";
import { EXTRACTED_FIELDS, orderedCounts, PER_SOURCE_FIELDS } from "@/lib/incidents/fields";
import type { EditableField } from "@/lib/incidents/fields";
import { incidentSnapshot, recordChange } from "@/lib/db/history";
import { lockIncidents, lockIngestion } from "@/lib/db/locks";
import { accountOf } from "@/lib/db/source-account";

/**
 * The same article is the same text whatever invisible marks it carries: format characters
 * (Unicode Cf: zero-width spaces and joiners, BOMs, bidi marks) go, then composed and decomposed
 * accents become one (NFC), then runs of white space one space.
 */
export function contentHash(text: string): string {
  const normalised = text
    .replace(/\p{Cf}/gu, "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha256").update(normalised).digest("hex");
}

export type SaveResult =
  | { status: "created"; articleId: number; incidentsCreated: number; incidentsMerged: number; tallies: number }
  | { status: "duplicate"; articleId: number; reason: "url" | "content" };

type Tx = Prisma.TransactionClient;

const asDate = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

/** Stores the gazetteer entry an incident points to, once. */
export async function ensurePlace(tx: Tx, placeId: string | null): Promise<string | null> {
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
  return { ...(fieldValues(r, EXTRACTED_FIELDS) as Omit<ExtractedIncident, "evidenceStart" | "evidenceEnd">), evidenceStart: 0, evidenceEnd: 0 };
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
      // a deleted incident is not there to join: the new article's account must stay visible
      deletedAt: null,
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
 * The injured of an incident told by these sources: the figure it has while a source still gives it,
 * else the first source's that gives one; another source's figure never replaces one a source gave.
 */
export function mergedInjured(current: number | null, sources: { injured: number | null }[]): number | null {
  if (current !== null && sources.some((s) => s.injured === current)) return current;
  return sources.find((s) => s.injured !== null)?.injured ?? null;
}

/**
 * Whether a merged figure is a vague word's floor: it is when every source giving that very figure
 * says it with a vague word; a figure no source gives (a person's) keeps the mark it has.
 */
export function mergedVague(figure: number | null, current: boolean | null, sources: { figure: number | null; vague: boolean | null }[]): boolean | null {
  if (figure === null) return null;
  const same = sources.filter((s) => s.figure === figure);
  return same.length ? same.every((s) => s.vague === true) : current;
}

/**
 * ACLED/UCDP: the merged best is the lowest best of the sources; low and high span them all.
 * Injured: see mergedInjured. Counts a person set stay as they are; the incident keeps the sentence of its first source.
 */
export async function recomputeMergedCounts(tx: Tx, incidentId: number) {
  const [incident] = await lockIncidents(tx, [incidentId]);
  if (!incident) throw new Error(`No incident ${incidentId} to recompute`);
  const sources = await tx.incidentSource.findMany({ where: { incidentId }, orderBy: { id: "asc" } });
  const reviewed = new Set(incident.reviewedFields);
  const known = (xs: (number | null)[]) => xs.filter((n): n is number => n !== null);
  const bests = known(sources.map((s) => s.killed));
  const counts = { killed: incident.killed, killedLow: incident.killedLow, killedHigh: incident.killedHigh };
  if (bests.length) {
    if (!reviewed.has("killed")) counts.killed = Math.min(...bests);
    if (!reviewed.has("killedLow")) counts.killedLow = Math.min(...known(sources.map((s) => s.killedLow ?? s.killed)));
    if (!reviewed.has("killedHigh")) counts.killedHigh = Math.max(...known(sources.map((s) => s.killedHigh ?? s.killed)));
  }
  // A count a person set may sit outside the sources' range: the computed ones make room for it.
  const data: Prisma.IncidentUpdateInput = { ...orderedCounts(counts, reviewed) };
  if (!reviewed.has("injured")) data.injured = mergedInjured(incident.injured, sources);
  const final = { killed: data.killed as number | null, injured: (data.injured ?? incident.injured) as number | null };
  if (!reviewed.has("killedVague")) {
    data.killedVague = mergedVague(
      final.killed,
      incident.killedVague,
      sources.map((s) => ({ figure: s.killed, vague: s.killedVague })),
    );
  }
  if (!reviewed.has("injuredVague")) {
    data.injuredVague = mergedVague(
      final.injured,
      incident.injuredVague,
      sources.map((s) => ({ figure: s.injured, vague: s.injuredVague })),
    );
  }
  if (sources[0]) data.evidence = sources[0].evidence;
  return tx.incident.update({ where: { id: incidentId }, data });
}

/** How a tally's text bounds its count, as stored (null: not known, as for rows stored before it was read). */
export const tallyBounds = (t: ExtractedTally) => ({ countLow: t.countLow ?? null, countHigh: t.countHigh ?? null, countVague: t.countVague ?? null });

export interface ArticleMeta {
  fileName?: string | null;
  synthetic?: boolean;
  /** Who is saving: an editor's name, "token:<name>", or "seed"/"extractor". */
  actor?: string;
  /** The tallies are a reviewer's, not the extractor's. */
  talliesReviewed?: boolean;
  /** Who looked at the incidents before they were saved (the ingest page's editor, the seeds); absent: they wait for review. */
  reviewedBy?: string | null;
}

/**
 * The review state a save leaves on an incident: what someone looked at is reviewed by them; an
 * account merged in unseen makes the incident wait for review again, so the queue shows the merge.
 */
function reviewState(reviewedBy: string | null, merging: boolean): { reviewedAt: Date | null; reviewedBy: string | null } | null {
  if (reviewedBy) return merging ? null : { reviewedAt: new Date(), reviewedBy };
  return { reviewedAt: null, reviewedBy: null };
}

/** An incident to store: as extracted, plus what a reviewer did to it. */
export type IncidentToSave = ExtractedIncident & { reviewedFields?: EditableField[]; rejected?: boolean };

/**
 * A killed figure a person typed with no bounds is what they counted, not "about n": its low and
 * high are the figure itself (the extractor leaves both empty only for "about").
 */
export function withPersonsCounts<T extends IncidentToSave>(inc: T): T {
  const typed = inc.reviewedFields?.includes("killed") && !inc.reviewedFields.includes("killedLow") && !inc.reviewedFields.includes("killedHigh");
  if (!typed || inc.killed == null || inc.killedLow != null || inc.killedHigh != null) return inc;
  return { ...inc, killedLow: inc.killed, killedHigh: inc.killed };
}

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
  reviewedBy: string | null = null,
): Promise<{ created: number; merged: number }> {
  let created = 0;
  let merged = 0;
  for (const given of incidents) {
    const inc = withPersonsCounts(given);
    const source = {
      articleId,
      evidenceStart: inc.evidenceStart,
      evidenceEnd: inc.evidenceEnd,
      ...columnsOf(inc, PER_SOURCE_FIELDS),
      account: accountOf(inc, inc.reviewedFields),
    } as Prisma.IncidentSourceUncheckedCreateWithoutIncidentInput;
    const existingId = inc.rejected ? null : await findStoredDuplicate(tx, inc, articleId);
    if (existingId !== null) {
      const [before] = (await lockIncidents(tx, [existingId])) as [Prisma.IncidentGetPayload<object>];
      await tx.incidentSource.create({ data: { ...source, incidentId: existingId } });
      const review = reviewState(reviewedBy, true);
      if (review) await tx.incident.update({ where: { id: existingId }, data: review });
      const after = await recomputeMergedCounts(tx, existingId);
      await recordChange(tx, existingId, actor, "merge", incidentSnapshot(before), incidentSnapshot(after), `source added: article ${articleId}`);
      merged++;
      continue;
    }
    const placeId = await ensurePlace(tx, inc.placeId);
    const createdIncident = await tx.incident.create({
      data: {
        ...(columnsOf(inc, EXTRACTED_FIELDS) as Prisma.IncidentUncheckedCreateInput),
        ...orderedCounts(inc, new Set(inc.reviewedFields)),
        placeId,
        synthetic,
        ...reviewState(reviewedBy, false),
        reviewedFields: inc.rejected ? ["rejected"] : (inc.reviewedFields ?? []),
        // A rejected extraction is kept, deleted, so that re-extraction knows not to add it again.
        deletedAt: inc.rejected ? new Date() : null,
        sources: { create: source },
      },
    });
    await recordChange(
      tx,
      createdIncident.id,
      actor,
      inc.rejected ? "reject" : "create",
      null,
      incidentSnapshot(createdIncident),
      inc.reviewedFields?.length ? `reviewed: ${inc.reviewedFields.join(", ")}` : null,
    );
    if (!inc.rejected) created++;
  }
  return { created, merged };
}

export async function saveExtraction(x: ArticleExtraction & { incidents: IncidentToSave[] }, meta: ArticleMeta = {}): Promise<SaveResult> {
  const actor = meta.actor ?? "extractor";
  const hash = contentHash(x.text);
  return db().$transaction(
    async (tx) => {
      // Serialises writers, so two articles telling the same incident cannot both create it.
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
          talliesReviewed: meta.talliesReviewed ?? false,
        },
      });

      const { created, merged } = await saveIncidentsOfArticle(tx, article.id, x.incidents, actor, meta.synthetic ?? false, meta.reviewedBy ?? null);

      if (x.tallies.length) {
        await tx.tally.createMany({
          data: x.tallies.map((t) => ({
            articleId: article.id,
            count: t.count,
            ...tallyBounds(t),
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
