// Runs the current extractor over stored articles again. Values a person set (the incident's
// reviewedFields) are never touched; an incident a person deleted or rejected stays deleted.
// Each article is one transaction; a second run finds nothing to change.
import { db, type Prisma } from "@/lib/db/client";
import { incidentSnapshot, recordChange } from "@/lib/db/history";
import { saveIncidentsOfArticle, tallyBounds } from "@/lib/db/save-article";
import { extractArticle } from "@/lib/extract/index";
import type { ExtractedIncident } from "@/lib/extract/types";
import { columnsOf } from "@/lib/db/field-sql";
import { EXTRACTED_FIELDS, orderedCounts } from "@/lib/incidents/fields";
import { lockIncidents, lockIngestion } from "@/lib/db/locks";
import { refreshedAccount } from "@/lib/db/source-account";

type IncidentRow = Prisma.IncidentGetPayload<object>;

const ACTOR = "extractor";

/** The fields re-extraction rewrites: what the extractor sets, but the evidence, which stays the first source's sentence. */
const FIELDS = EXTRACTED_FIELDS.filter((k) => k !== "evidence");
/** The counts a merged incident recomputes from all its sources instead. */
const MERGED_COUNTS = new Set(["killed", "killedLow", "killedHigh", "killedVague", "injured", "injuredVague"]);

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

export interface ReextractStats {
  articles: number;
  updated: number;
  created: number;
  removed: number;
  unchanged: number;
}

/** What re-extraction changes on an incident: the extracted fields nobody reviewed, counts kept in order around reviewed ones. */
function freshValues(row: IncidentRow, inc: ExtractedIncident, onlySource: boolean): Record<string, unknown> {
  const reviewed = new Set(row.reviewedFields);
  const next: Record<string, unknown> = { ...row };
  for (const [column, value] of Object.entries(columnsOf(inc, FIELDS))) {
    if (reviewed.has(column)) continue;
    if (!onlySource && MERGED_COUNTS.has(column)) continue;
    next[column] = value;
  }
  Object.assign(next, orderedCounts(next as Parameters<typeof orderedCounts>[0], reviewed));
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => !same(v, (row as Record<string, unknown>)[k])));
}

export async function reextractArticle(articleId: number, stats: ReextractStats): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await lockIngestion(tx);
      // An editor's correction committed while we read would be undone by our write: lock first.
      await lockIncidents(
        tx,
        (await tx.incidentSource.findMany({ where: { articleId }, select: { incidentId: true } })).map((s) => s.incidentId),
      );
      const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: { sources: { include: { incident: true } } } });
      const x = extractArticle({
        raw: article.text,
        ...(article.title ? { title: article.title } : {}),
        ...(article.source ? { source: article.source } : {}),
        ...(article.url ? { url: article.url } : {}),
        ...(article.publishedAt ? { publishedAt: article.publishedAt.toISOString().slice(0, 10) } : {}),
      });
      const bySentence = new Map(article.sources.map((s) => [s.evidenceStart, s]));
      const fresh: ExtractedIncident[] = [];
      for (const inc of x.incidents) {
        const source = bySentence.get(inc.evidenceStart);
        if (!source) {
          fresh.push(inc);
          continue;
        }
        bySentence.delete(inc.evidenceStart);
        const row = source.incident;
        // Deleted or rejected by a person: leave it so.
        if (row.deletedAt) {
          stats.unchanged++;
          continue;
        }
        const onlySource = (await tx.incidentSource.count({ where: { incidentId: row.id } })) === 1;
        const data = freshValues(row, inc, onlySource);
        const sourceData: Prisma.IncidentSourceUpdateInput = {};
        if (source.killed !== inc.killed) sourceData.killed = inc.killed;
        if (source.killedLow !== inc.killedLow) sourceData.killedLow = inc.killedLow;
        if (source.killedHigh !== inc.killedHigh) sourceData.killedHigh = inc.killedHigh;
        if (source.injured !== inc.injured) sourceData.injured = inc.injured;
        if (source.killedVague !== (inc.killedVague ?? null)) sourceData.killedVague = inc.killedVague ?? null;
        if (source.injuredVague !== (inc.injuredVague ?? null)) sourceData.injuredVague = inc.injuredVague ?? null;
        const account = refreshedAccount(source.account, inc);
        if (account) sourceData.account = account;
        if (source.evidenceEnd !== inc.evidenceEnd) {
          sourceData.evidenceEnd = inc.evidenceEnd;
          sourceData.evidence = inc.evidence;
        }
        if (Object.keys(sourceData).length) await tx.incidentSource.update({ where: { id: source.id }, data: sourceData });
        if (!Object.keys(data).length) {
          stats.unchanged++;
          continue;
        }
        const after = await tx.incident.update({ where: { id: row.id }, data });
        await recordChange(tx, row.id, ACTOR, "reextract", incidentSnapshot(row), incidentSnapshot(after));
        stats.updated++;
      }
      // Sentences that no longer yield an incident: remove what nobody reviewed and no other article tells.
      for (const source of bySentence.values()) {
        const row = source.incident;
        if (row.deletedAt || row.reviewedFields.length) continue;
        const others = await tx.incidentSource.count({ where: { incidentId: row.id, NOT: { id: source.id } } });
        if (others) continue;
        const after = await tx.incident.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
        await recordChange(tx, row.id, ACTOR, "delete", incidentSnapshot(row), incidentSnapshot(after), "no longer extracted from its article");
        stats.removed++;
      }
      if (fresh.length) stats.created += (await saveIncidentsOfArticle(tx, articleId, fresh, ACTOR)).created;
      // Tallies a reviewer corrected or removed stay theirs; the extractor's are replaced when they differ.
      if (article.talliesReviewed) return;
      const tallies = await tx.tally.findMany({ where: { articleId }, orderBy: { evidenceStart: "asc" } });
      const key = (t: {
        count: number;
        evidenceStart: number;
        description: string;
        countLow?: number | null;
        countHigh?: number | null;
        countVague?: boolean | null;
      }) => `${t.count}(${t.countLow ?? ""}-${t.countHigh ?? ""}${t.countVague ? "~" : ""})@${t.evidenceStart}:${t.description}`;
      const next = [...x.tallies].sort((a, b) => a.evidenceStart - b.evidenceStart);
      if (tallies.map(key).join("|") !== next.map(key).join("|")) {
        await tx.tally.deleteMany({ where: { articleId } });
        await tx.tally.createMany({
          data: next.map((t) => ({
            articleId,
            count: t.count,
            ...tallyBounds(t),
            description: t.description,
            since: t.since ? new Date(`${t.since}T00:00:00Z`) : null,
            sincePrecision: t.sincePrecision,
            reportedBy: t.reportedBy,
            evidence: t.evidence,
            evidenceStart: t.evidenceStart,
            evidenceEnd: t.evidenceEnd,
          })),
        });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  stats.articles++;
}

export async function reextractAll(onProgress?: (done: number, total: number) => void): Promise<ReextractStats> {
  const ids = (await db().article.findMany({ where: { synthetic: false }, select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  const stats: ReextractStats = { articles: 0, updated: 0, created: 0, removed: 0, unchanged: 0 };
  for (const id of ids) {
    await reextractArticle(id, stats);
    onProgress?.(stats.articles, ids.length);
  }
  return stats;
}
