import "server-only";
import { readDb } from "@/lib/db/client";
import { replicaRead } from "@/lib/db/replica";
import type { DatePrecision } from "@/lib/incidents/vocab";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export interface ArticleSummary {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  incidents: number;
  tallies: number;
}

async function listArticlesQuery(limit: number, offset = 0): Promise<{ total: number; articles: ArticleSummary[] }> {
  const where = { synthetic: false };
  const [total, rows] = await Promise.all([
    readDb().article.count({ where }),
    readDb().article.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: limit,
      skip: offset,
      select: { id: true, title: true, source: true, url: true, publishedAt: true, _count: { select: { sources: true, tallies: true } } },
    }),
  ]);
  return {
    total,
    articles: rows.map((r) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      url: r.url,
      publishedAt: day(r.publishedAt),
      incidents: r._count.sources,
      tallies: r._count.tallies,
    })),
  };
}
export const listArticles = replicaRead(listArticlesQuery);

export interface ArticleDetail {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedFrom: string | null;
  text: string;
  incidents: {
    id: number;
    date: string | null;
    datePrecision: DatePrecision | null;
    place: string | null;
    province: string | null;
    killed: number | null;
    killedVague: boolean | null;
    perpetrator: string | null;
    evidenceStart: number;
    evidenceEnd: number;
  }[];
  tallies: (TallyBounds & { id: number; description: string; since: string | null; reportedBy: string | null; evidenceStart: number; evidenceEnd: number })[];
}

async function getArticleQuery(id: number): Promise<ArticleDetail | null> {
  const a = await readDb().article.findFirst({
    where: { id, synthetic: false },
    include: {
      sources: { orderBy: { evidenceStart: "asc" }, include: { incident: true } },
      tallies: { orderBy: { evidenceStart: "asc" } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    publishedAt: day(a.publishedAt),
    publishedFrom: a.publishedFrom,
    text: a.text,
    incidents: a.sources.map((s) => ({
      id: s.incidentId,
      date: day(s.date ?? s.incident.date),
      datePrecision: s.datePrecision ?? s.incident.datePrecision,
      place: s.incident.placeName,
      province: s.incident.province,
      killed: s.killed,
      killedVague: s.killedVague,
      perpetrator: s.incident.perpetrator,
      evidenceStart: s.evidenceStart,
      evidenceEnd: s.evidenceEnd,
    })),
    tallies: a.tallies.map((t) => ({
      id: t.id,
      ...boundsOf(t),
      description: t.description,
      since: day(t.since),
      reportedBy: t.reportedBy,
      evidenceStart: t.evidenceStart,
      evidenceEnd: t.evidenceEnd,
    })),
  };
}
export const getArticle = replicaRead(getArticleQuery);

/** A tally's count and how its text bounds it ("at least", "nearly", "about", a vague word). */
export interface TallyBounds {
  count: number;
  countLow: number | null;
  countHigh: number | null;
  countVague: boolean | null;
}
const boundsOf = (t: TallyBounds): TallyBounds => ({ count: t.count, countLow: t.countLow, countHigh: t.countHigh, countVague: t.countVague });

export interface TallyView extends TallyBounds {
  id: number;
  description: string;
  since: string | null;
  reportedBy: string | null;
  evidence: string;
  article: { id: number; title: string | null; source: string | null; publishedAt: string | null };
}

/** Running totals, newest report first (undated reports last); `articleIds` keeps those of these articles only. */
async function listTalliesQuery(limit = 200, articleIds?: number[]): Promise<TallyView[]> {
  const rows = await readDb().tally.findMany({
    where: { article: { synthetic: false, ...(articleIds ? { id: { in: articleIds } } : {}) } },
    orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { since: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    include: { article: { select: { id: true, title: true, source: true, publishedAt: true } } },
  });
  return rows.map((t) => ({
    id: t.id,
    ...boundsOf(t),
    description: t.description,
    since: day(t.since),
    reportedBy: t.reportedBy,
    evidence: t.evidence,
    article: { id: t.article.id, title: t.article.title, source: t.article.source, publishedAt: day(t.article.publishedAt) },
  }));
}
export const listTallies = replicaRead(listTalliesQuery);
