import "server-only";
import { cachedRead } from "@/lib/db/read-cache";
import { Prisma, queryRows, readDb } from "@/lib/db/client";
import { readsOnPrimary, replicaRead } from "@/lib/db/replica";
import { incidentWhereSql, monthRollupSql, type BBox, type RowScope } from "@/lib/db/filters-sql";
import { FILTER_KEYS, FILTERS, filterColumn, type FilterKey, type FilterSpec, type IncidentFilters } from "@/lib/incidents/filters";
import { colOf, type Measure, ROLLUPS, rowSumsSql, storedSumsSql } from "@/lib/db/rollups";
import { fieldValues, selectFields } from "@/lib/db/field-sql";
import { fieldsIn, PER_SOURCE_FIELDS, type IncidentValues, type SourceValues } from "@/lib/incidents/fields";
import { GOVERNORATES } from "@/lib/incidents/vocab";

export interface IncidentSourceView {
  /** The source row's id (what POST /api/incidents/[id]/split takes). */
  sourceId: number;
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

/** An incident as the API lists it: its id, the fields of the "api" view, its sources. */
export type IncidentView = { id: number } & IncidentValues<"api"> & {
    /** Set on deleted incidents, which only a sync (updatedSince) returns. */
    deletedAt: string | null;
    updatedAt: string;
    /** Raised by every change; an edit names the version it was based on (PATCH, If-Match). */
    version: number;
    sources: IncidentSourceView[];
  };

const API_FIELDS = fieldsIn("api");
const DETAIL_FIELDS = fieldsIn("detail");

export const INCIDENT_SORTS = ["date_desc", "date_asc", "killed_desc", "updated_desc"] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentPage {
  total: number;
  incidents: IncidentView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const MAX_ID = 2_147_483_647;
export const encodeCursor = (id: number) => Buffer.from(`i:${id}`).toString("base64url");
/** The id a cursor points after; null when it is none of ours (ids are PostgreSQL int4s). */
export function decodeCursor(cursor: string): number | null {
  const m = /^i:(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return m && Number(m[1]) <= MAX_ID ? Number(m[1]) : null;
}

/** The number of incidents matching the filters: from the month rollup when it can answer. */
export async function countIncidents(filters: IncidentFilters, scope: RowScope = {}): Promise<number> {
  const rollup = scope.bbox || scope.updatedSince ? null : monthRollupSql(filters);
  if (rollup) {
    const [row] = await queryRows<{ n: number }>`SELECT COALESCE(SUM(r."incidents"), 0)::int AS n FROM ${rollup.from} WHERE ${rollup.where}`;
    return row?.n ?? 0;
  }
  const [row] = await queryRows<{ n: number }>`SELECT COUNT(*)::int AS n FROM "Incident" i WHERE ${incidentWhereSql(filters, scope)}`;
  return row?.n ?? 0;
}

/** How each sort orders rows, as keyset pagination needs it: the key column, its direction, and whether it can be null. */
const KEYSET: Record<IncidentSort, { col: string; type: string; dir: "ASC" | "DESC"; nullable: boolean }> = {
  date_desc: { col: "date", type: "date", dir: "DESC", nullable: true },
  date_asc: { col: "date", type: "date", dir: "ASC", nullable: true },
  killed_desc: { col: "killed", type: "int", dir: "DESC", nullable: true },
  updated_desc: { col: "updatedAt", type: "timestamp(3)", dir: "DESC", nullable: false },
};

/**
 * The ids of one page, by keyset: rows after the cursor row in (key, id) order, read straight
 * off the index at any depth. Rows whose key is null come last, ordered by id. (Prisma's own
 * cursor on a nullable order column reads every row after the cursor: prisma/orm#27094.)
 * `query` runs the reads (an export's run on its own connection).
 */
export async function pageIds(where: Prisma.Sql, sort: IncidentSort, limit: number, cursorId: number | null, query = queryRows): Promise<number[]> {
  const { col, type, dir, nullable } = KEYSET[sort];
  const key = Prisma.raw(`i."${col}"`);
  const order = Prisma.raw(dir === "DESC" ? `i."${col}" DESC NULLS LAST, i."id" DESC` : `i."${col}" ASC NULLS FIRST, i."id" ASC`);
  const after = Prisma.raw(dir === "DESC" ? "<" : ">");
  const idOrder = Prisma.raw(dir === "DESC" ? `i."id" DESC` : `i."id" ASC`);
  // The cursor row's key travels as text and is cast back to the column's type, so the
  // comparison stays on the index.
  let cursorKey: string | null = null;
  if (cursorId !== null) {
    const found = await query<{ k: string | null }>`SELECT ${key}::text AS k FROM "Incident" i WHERE i."id" = ${cursorId}`;
    if (!found.length) return [];
    cursorKey = found[0]!.k;
  }
  const ids: number[] = [];
  // Rows with a key, unless the cursor is already among the null-key rows.
  if (cursorId === null || cursorKey !== null) {
    const keyset = cursorId === null ? Prisma.sql`TRUE` : Prisma.sql`(${key}, i."id") ${after} (${cursorKey}::${Prisma.raw(type)}, ${cursorId})`;
    const found = await query<{ id: number }>`
      SELECT i."id" FROM "Incident" i
      WHERE ${where} AND ${key} IS NOT NULL AND ${keyset}
      ORDER BY ${order} LIMIT ${limit}`;
    ids.push(...found.map((r) => r.id));
  }
  if (nullable && ids.length < limit) {
    const keyset = cursorId !== null && cursorKey === null ? Prisma.sql`i."id" ${after} ${cursorId}` : Prisma.sql`TRUE`;
    const found = await query<{ id: number }>`
      SELECT i."id" FROM "Incident" i
      WHERE ${where} AND ${key} IS NULL AND ${keyset}
      ORDER BY ${idOrder} LIMIT ${limit - ids.length}`;
    ids.push(...found.map((r) => r.id));
  }
  return ids;
}

async function listIncidentsUncached(
  filters: IncidentFilters,
  limit: number,
  opts: { sort?: IncidentSort; cursorId?: number | null; bbox?: BBox; updatedSince?: string } = {},
): Promise<IncidentPage> {
  const scope = { bbox: opts.bbox, updatedSince: opts.updatedSince };
  const [total, ids] = await Promise.all([
    countIncidents(filters, scope),
    pageIds(incidentWhereSql(filters, scope), opts.sort ?? "date_desc", limit + 1, opts.cursorId ?? null),
  ]);
  const pageIdList = ids.slice(0, limit);
  const page = await incidentViews(pageIdList);
  const last = page[page.length - 1];
  return { total, incidents: page, nextCursor: ids.length > limit && last ? encodeCursor(last.id) : null };
}

const ISO_UTC = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/**
 * Row selection shared by the queries that return incidents by id: `ids` as rows `i`, in the
 * order given (`ORDER BY k.n`), and each incident's sources with their articles as a JSON
 * array of `json_build_object(fields)`, oldest source first.
 */
export const incidentsInOrder = (ids: number[]) => Prisma.sql`unnest(${ids}::int[]) WITH ORDINALITY AS k(id, n) JOIN "Incident" i ON i."id" = k.id`;
export const sourcesJson = (fields: Prisma.Sql) => Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(${fields}) ORDER BY s."id")
    FROM "IncidentSource" s JOIN "Article" a ON a."id" = s."articleId"
    WHERE s."incidentId" = i."id"
  ), '[]'::json)`;

/**
 * The incidents with these ids, in this order, as the API shows them (built by PostgreSQL in
 * one query): Prisma's findMany with its includes sent three
 * queries and decoded every row in JavaScript, most of the cost of a page computed afresh.
 */
export async function incidentViews(ids: number[]): Promise<IncidentView[]> {
  if (!ids.length) return [];
  const sources = sourcesJson(Prisma.sql`
    'sourceId', s."id", 'articleId', s."articleId", 'title', a."title", 'source', a."source", 'url', a."url",
    'publishedAt', to_char(a."publishedAt", 'YYYY-MM-DD'), 'evidence', s."evidence",
    'evidenceStart', s."evidenceStart", 'evidenceEnd', s."evidenceEnd", 'killed', s."killed"`);
  return queryRows<IncidentView>`
    SELECT i."id", ${selectFields(API_FIELDS)},
           to_char(i."deletedAt", ${ISO_UTC}) AS "deletedAt", to_char(i."updatedAt", ${ISO_UTC}) AS "updatedAt", i."version",
           ${sources} AS sources
    FROM ${incidentsInOrder(ids)}
    ORDER BY k.n`;
}
const listIncidentsCached = cachedRead("listIncidents", listIncidentsUncached);
/**
 * A page of incidents. A sync (`updatedSince`) reads the primary: a replica behind it would
 * hand out a high-water mark past changes it has not replayed, which the next sync would skip.
 */
export const listIncidents: typeof listIncidentsCached = (filters, limit, opts = {}) => {
  const read = () => listIncidentsCached(filters, limit, opts);
  return opts.updatedSince ? readsOnPrimary(read) : read();
};

/** An incident as its page shows it: every field, and each source with its own figures and its article's text. */
export type IncidentDetail = Omit<IncidentView, "sources"> &
  IncidentValues<"detail"> & {
    reviewedFields: string[];
    createdAt: string;
    sources: (IncidentSourceView & SourceValues & { articleText: string })[];
  };

async function getIncidentUncached(id: number): Promise<IncidentDetail | null> {
  const r = await readDb().incident.findFirst({
    where: { id, deletedAt: null },
    include: { sources: { orderBy: { id: "asc" }, include: { article: true } } },
  });
  if (!r) return null;
  return {
    id: r.id,
    ...(fieldValues(r, DETAIL_FIELDS) as IncidentValues<"detail">),
    deletedAt: null,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    reviewedFields: r.reviewedFields,
    createdAt: r.createdAt.toISOString(),
    sources: r.sources.map((s) => ({
      sourceId: s.id,
      articleId: s.articleId,
      title: s.article.title,
      source: s.article.source,
      url: s.article.url,
      publishedAt: s.article.publishedAt ? s.article.publishedAt.toISOString().slice(0, 10) : null,
      evidenceStart: s.evidenceStart,
      evidenceEnd: s.evidenceEnd,
      ...(fieldValues(s, PER_SOURCE_FIELDS) as SourceValues),
      articleText: s.article.text,
    })),
  };
}

/** One incident with its sources and their articles' text (a reviewer's page; merge and split answer with it). */
export const getIncident = cachedRead("getIncident", getIncidentUncached);

export const TIMELINE_INTERVALS = ["day", "week", "month", "year"] as const;
export type TimelineInterval = (typeof TIMELINE_INTERVALS)[number];
export const TIMELINE_SPLITS = ["none", "province", "perpetrator", "eventType"] as const;
export type TimelineSplit = (typeof TIMELINE_SPLITS)[number];

export interface TimelinePoint {
  /** Start of the period, YYYY-MM-DD (a Monday for weeks, the 1st for months, 1 January for years). */
  period: string;
  /** The governorate or perpetrator when split; absent otherwise. */
  group?: string | null;
  incidents: number;
  killed: number;
  injured: number;
  /** How many of the killed figures summed are vague words' floors: the sum is a floor when any is. */
  killedFloors: number;
  /** How many report an injured figure: with none, the injured 0 means "not reported". */
  injuredKnown: number;
}

async function timelineUncached(filters: IncidentFilters, interval: TimelineInterval = "month", split: TimelineSplit = "none"): Promise<TimelinePoint[]> {
  // The rollups have no event type key: that split reads the incident rows.
  const rollup =
    (interval === "month" || interval === "year") && split !== "eventType" ? monthRollupSql(filters, { byPerpetrator: split === "perpetrator" }) : null;
  const unit = Prisma.raw(`'${interval}'`);
  let rows: (TimelinePoint & { group: string | null })[];
  if (rollup && interval === "month" && split === "province" && rollup.keys.join() === "synthetic,month,province") {
    // The rollup's own grain: each row is already one point, read in key order, nothing to sum.
    rows = await queryRows`
      SELECT to_char(r."month", 'YYYY-MM-DD') AS period, NULLIF(r."province", '') AS "group",
             r."incidents"::int AS incidents, r."killed"::int AS killed, r."injured"::int AS injured,
             r."killedFloors"::int AS "killedFloors", r."injuredKnown"::int AS "injuredKnown"
      FROM ${rollup.from}
      WHERE r."month" > DATE '0001-01-01' AND r."incidents" > 0 AND ${rollup.where}
      ORDER BY r."month", NULLIF(r."province", '')`;
  } else if (rollup) {
    const group = split === "none" ? Prisma.sql`NULL::text` : Prisma.raw(`NULLIF(r."${split}", '')`);
    // Group on the raw month first and format the few result rows after (formatting every
    // rollup row was most of the cost); months need no truncation at all. Each rollup value
    // fits an int, and summing ints (into a bigint) is much cheaper than summing bigints
    // (into a numeric).
    const bucket = interval === "month" ? Prisma.sql`r."month"` : Prisma.sql`date_trunc(${unit}, r."month")::date`;
    rows = await queryRows`
      SELECT to_char(t.p, 'YYYY-MM-DD') AS period, t.g AS "group", t.incidents, t.killed, t.injured, t."killedFloors", t."injuredKnown"
      FROM (
        SELECT ${bucket} AS p, ${group} AS g,
               SUM(r."incidents"::int)::int AS incidents, SUM(r."killed"::int)::int AS killed, SUM(r."injured"::int)::int AS injured,
               SUM(r."killedFloors"::int)::int AS "killedFloors", SUM(r."injuredKnown"::int)::int AS "injuredKnown"
        FROM ${rollup.from}
        WHERE r."month" > DATE '0001-01-01' AND ${rollup.where}
        GROUP BY 1, 2
        HAVING SUM(r."incidents"::int) > 0
      ) t
      ORDER BY t.p, t.g`;
  } else {
    const group = split === "none" ? Prisma.sql`NULL::text` : Prisma.raw(`i."${split}"`);
    rows = await queryRows`
      SELECT to_char(date_trunc(${unit}, i."date"), 'YYYY-MM-DD') AS period,
             ${group} AS "group",
             ${Prisma.raw(rowSumsSql([...TOTALS, "killedFloors", "injuredKnown"], colOf("i")))}
      FROM "Incident" i
      WHERE i."date" IS NOT NULL AND ${incidentWhereSql(filters)}
      GROUP BY 1, 2
      ORDER BY 1, 2`;
  }
  return split === "none" ? rows.map(({ group: _g, ...p }) => p) : rows;
}
export const timeline = cachedRead("timeline", timelineUncached);

const TOTALS: Measure[] = ["incidents", "killed", "injured"];

export interface ProvinceSummary {
  province: string;
  incidents: number;
  killed: number;
  injured: number;
  /** How many of its killed figures are vague words' floors. */
  killedFloors: number;
}
const PROVINCE_SUMS: Measure[] = [...TOTALS, "killedFloors"];

/** Every governorate, with zeros where nothing matched, so the map and lists stay complete. */
async function provinceSummaryUncached(filters: IncidentFilters): Promise<ProvinceSummary[]> {
  const rollup = monthRollupSql(filters);
  const rows = rollup
    ? await readDb().$queryRaw<ProvinceSummary[]>`
        SELECT r."province" AS province, ${Prisma.raw(storedSumsSql(PROVINCE_SUMS, "r"))}
        FROM ${rollup.from}
        WHERE r."province" <> '' AND ${rollup.where}
        GROUP BY 1`
    : await readDb().$queryRaw<ProvinceSummary[]>`
        SELECT i."province" AS province, ${Prisma.raw(rowSumsSql(PROVINCE_SUMS, colOf("i")))}
        FROM "Incident" i
        WHERE i."province" IS NOT NULL AND ${incidentWhereSql(filters)}
        GROUP BY 1`;
  const byName = new Map(rows.map((r) => [r.province, r]));
  return GOVERNORATES.map((g) => byName.get(g) ?? { province: g, incidents: 0, killed: 0, injured: 0, killedFloors: 0 });
}
export const provinceSummary = cachedRead("provinceSummary", provinceSummaryUncached);

/** Years that have at least one dated incident, newest first (for the year filter). */
export const incidentYears = replicaRead(async (dataset: "real" | "synthetic" = "real"): Promise<number[]> => {
  const rows = await readDb().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM r."month")::int AS year
    FROM "IncidentProvinceMonthRollup" r
    WHERE r."month" > DATE '0001-01-01' AND r."synthetic" = ${dataset === "synthetic"} AND r."incidents" > 0
    ORDER BY 1 DESC`;
  return rows.map((r) => r.year);
});

/** The choices of each filter widget that has any (filters without choices are absent). */
export type FilterOptions = Partial<Record<FilterKey, string[]>>;

/**
 * A column's distinct values: from the smallest rollup keyed on it (empty string = none), else
 * by a loose index scan of the incidents (one index probe per value; DISTINCT would read every row).
 */
async function distinctValues(column: string, synthetic: boolean): Promise<string[]> {
  const rollup = ROLLUPS.find((t) => t.keys.some((k) => k.field === column));
  const c = Prisma.raw(`"${column}"`);
  const rows = rollup
    ? await queryRows<{ v: string }>`
        SELECT DISTINCT r.${c} AS v FROM ${Prisma.raw(`"${rollup.table}"`)} r
        WHERE r.${c} <> '' AND r."synthetic" = ${synthetic} AND r."incidents" > 0 ORDER BY 1`
    : await queryRows<{ v: string }>`
        WITH RECURSIVE t AS (
          SELECT min(i.${c}) AS v FROM "Incident" i WHERE i."synthetic" = ${synthetic} AND i.${c} IS NOT NULL AND i."deletedAt" IS NULL
          UNION ALL
          SELECT (SELECT min(i.${c}) FROM "Incident" i WHERE i."synthetic" = ${synthetic} AND i.${c} > t.v AND i."deletedAt" IS NULL)
          FROM t WHERE t.v IS NOT NULL
        )
        SELECT v FROM t WHERE v IS NOT NULL`;
  return rows.map((r) => r.v);
}

async function choicesOf(key: FilterKey, dataset: "real" | "synthetic"): Promise<string[]> {
  const choices = (FILTERS[key] as FilterSpec).choices;
  if (choices?.kind === "values") return [...choices.values];
  if (choices?.kind === "years") return (await incidentYears(dataset)).map(String);
  return distinctValues(filterColumn(key)!, dataset === "synthetic");
}

/** The values the filters can take: fixed lists, the years with incidents, the columns' values in the data. */
async function filterOptionsUncached(dataset: "real" | "synthetic" = "real"): Promise<FilterOptions> {
  const keys = FILTER_KEYS.filter((k) => (FILTERS[k] as FilterSpec).choices);
  const values = await Promise.all(keys.map((k) => choicesOf(k, dataset)));
  return Object.fromEntries(keys.map((k, n) => [k, values[n]]));
}
export const filterOptions = cachedRead("filterOptions", filterOptionsUncached);

/** A deleted (or rejected, or merged) incident, as its page shows it: enough to name it beside its history. */
export interface DeletedIncident {
  id: number;
  deletedAt: string;
  date: string | null;
  datePrecision: IncidentValues<"detail">["datePrecision"];
  place: string | null;
  province: string | null;
  killed: number | null;
  /** Whether a source still tells it: a merged incident's sources went to the one it was merged into. */
  hasSources: boolean;
}

async function deletedIncidentUncached(id: number): Promise<DeletedIncident | null> {
  const r = await readDb().incident.findFirst({
    where: { id, synthetic: false, deletedAt: { not: null } },
    include: { _count: { select: { sources: true } } },
  });
  if (!r?.deletedAt) return null;
  const v = fieldValues(r, ["date", "datePrecision", "place", "province", "killed"] as const) as IncidentValues<"detail">;
  return { id: r.id, deletedAt: r.deletedAt.toISOString(), ...v, hasSources: r._count.sources > 0 };
}

/** A deleted incident of the real dataset, or null when the id is live or unknown. */
export const deletedIncident = cachedRead("deletedIncident", deletedIncidentUncached);

export interface ActorCount {
  actor: string;
  incidents: number;
  killed: number;
}
export type ActorField = "perpetrator" | "target";

/**
 * Incidents and killed per perpetrator or target, most incidents first, under the filters but that
 * actor's own (so every choice shows what picking it would give). Perpetrators come from the
 * rollup keyed on them where the filters allow; targets always read the incident rows.
 */
async function actorCountsUncached(filters: IncidentFilters, field: ActorField): Promise<ActorCount[]> {
  const f = { ...filters, [field]: [] };
  const rollup = field === "perpetrator" ? monthRollupSql(f, { byPerpetrator: true }) : null;
  const rows = rollup
    ? await queryRows<ActorCount>`
        SELECT r."perpetrator" AS actor, ${Prisma.raw(storedSumsSql(["incidents", "killed"], "r"))}
        FROM ${rollup.from}
        WHERE r."perpetrator" <> '' AND ${rollup.where}
        GROUP BY 1
        HAVING SUM(r."incidents"::int) > 0`
    : await queryRows<ActorCount>`
        SELECT i.${Prisma.raw(`"${filterColumn(field)}"`)} AS actor, ${Prisma.raw(rowSumsSql(["incidents", "killed"], colOf("i")))}
        FROM "Incident" i
        WHERE i.${Prisma.raw(`"${filterColumn(field)}"`)} IS NOT NULL AND ${incidentWhereSql(f)}
        GROUP BY 1`;
  return rows.sort((a, b) => b.incidents - a.incidents || a.actor.localeCompare(b.actor));
}
export const actorCounts = cachedRead("actorCounts", actorCountsUncached);
