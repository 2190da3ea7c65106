import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { incidentWhereInput, incidentWhereSql } from "@/lib/db/filters-sql";
import type { IncidentFilters } from "@/lib/api/filters";
import { GOVERNORATES, type DatePrecision } from "@/lib/extract/types";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export interface IncidentSourceView {
  articleId: number;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  killed: number | null;
}

export interface IncidentView {
  id: number;
  date: string | null;
  datePrecision: DatePrecision | null;
  place: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number | null;
  perpetrator: string | null;
  target: string | null;
  killed: number | null;
  killedLow: number | null;
  killedHigh: number | null;
  injured: number | null;
  attackersKilled: number | null;
  evidence: string;
  sources: IncidentSourceView[];
}

const incidentInclude = {
  sources: {
    orderBy: { id: "asc" },
    include: { article: { select: { id: true, title: true, source: true, url: true, publishedAt: true } } },
  },
} satisfies Prisma.IncidentInclude;

type IncidentRow = Prisma.IncidentGetPayload<{ include: typeof incidentInclude }>;

function toView(r: IncidentRow): IncidentView {
  return {
    id: r.id,
    date: day(r.date),
    datePrecision: r.datePrecision,
    place: r.placeName,
    province: r.province,
    lat: r.lat,
    lon: r.lon,
    geoPrecision: r.geoPrecision,
    perpetrator: r.perpetrator,
    target: r.target,
    killed: r.killed,
    killedLow: r.killedLow,
    killedHigh: r.killedHigh,
    injured: r.injured,
    attackersKilled: r.attackersKilled,
    evidence: r.evidence,
    sources: r.sources.map((s) => ({
      articleId: s.articleId,
      title: s.article.title,
      source: s.article.source,
      url: s.article.url,
      publishedAt: day(s.article.publishedAt),
      evidence: s.evidence,
      evidenceStart: s.evidenceStart,
      evidenceEnd: s.evidenceEnd,
      killed: s.killed,
    })),
  };
}

export async function listIncidents(filters: IncidentFilters, limit: number): Promise<{ total: number; incidents: IncidentView[] }> {
  const where = incidentWhereInput(filters);
  const [total, rows] = await Promise.all([
    db().incident.count({ where }),
    db().incident.findMany({
      where,
      include: incidentInclude,
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: limit,
    }),
  ]);
  return { total, incidents: rows.map(toView) };
}

export interface TimelinePoint {
  period: string; // YYYY-MM
  incidents: number;
  killed: number;
  injured: number;
}

export async function timeline(filters: IncidentFilters): Promise<TimelinePoint[]> {
  const rows = await db().$queryRaw<TimelinePoint[]>`
    SELECT to_char(date_trunc('month', i."date"), 'YYYY-MM') AS period,
           COUNT(*)::int AS incidents,
           COALESCE(SUM(i."killed"), 0)::int AS killed,
           COALESCE(SUM(i."injured"), 0)::int AS injured
    FROM "Incident" i
    WHERE i."date" IS NOT NULL AND ${incidentWhereSql(filters)}
    GROUP BY 1
    ORDER BY 1`;
  return rows;
}

export interface ProvinceSummary {
  province: string;
  incidents: number;
  killed: number;
  injured: number;
}

/** Every governorate, with zeros where nothing matched, so the map and lists stay complete. */
export async function provinceSummary(filters: IncidentFilters): Promise<ProvinceSummary[]> {
  const rows = await db().$queryRaw<ProvinceSummary[]>`
    SELECT i."province" AS province,
           COUNT(*)::int AS incidents,
           COALESCE(SUM(i."killed"), 0)::int AS killed,
           COALESCE(SUM(i."injured"), 0)::int AS injured
    FROM "Incident" i
    WHERE i."province" IS NOT NULL AND ${incidentWhereSql(filters)}
    GROUP BY 1`;
  const byName = new Map(rows.map((r) => [r.province, r]));
  return GOVERNORATES.map((g) => byName.get(g) ?? { province: g, incidents: 0, killed: 0, injured: 0 });
}

/** Years that have at least one dated incident, newest first (for the year filter). */
export async function incidentYears(): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM i."date")::int AS year
    FROM "Incident" i WHERE i."date" IS NOT NULL AND i."synthetic" = false
    ORDER BY 1 DESC`;
  return rows.map((r) => r.year);
}
