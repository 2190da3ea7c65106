// The rollup tables against a real PostgreSQL: every kind of write keeps them equal to the
// incident rows they sum, the sums the API reads from them (the per-governorate rollup when no
// perpetrator is asked for, the finer one otherwise) equal sums over the rows, and every filter
// of the filter table is either answered by a rollup exactly as by the rows, or left to the rows.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EMPTY_FILTERS,
  FILTER_KEYS,
  FILTERS,
  filterColumn,
  filtersFromSearchParams,
  type FilterKey,
  type FilterSpec,
  type FilterTest,
  type IncidentFilters,
} from "@/lib/incidents/filters";
import { db, disconnectDb, Prisma, queryRows } from "@/lib/db/client";
import { incidentWhereSql, rollupSql } from "@/lib/db/filters-sql";
import { colOf, ROLLUPS, rowSumsSql, storedSumsSql } from "@/lib/db/rollups";
import { dashboardSummary } from "@/lib/db/dashboard";
import { deleteIncident, mergeIncident, splitIncident, updateIncident } from "@/lib/db/incident-edits";
import { countIncidents, provinceSummary, timeline } from "@/lib/db/incidents";
import { withoutReadCache } from "@/lib/db/read-cache";
import { createIncident, resetDatabase, rollupDrift } from "@/lib/testing/db";
import { seedFolder } from "@/tools/cli/seed";

/** Sums to 4 decimals: the coordinate sums are floats added in another order. */
const rounded = (r: object) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(Number(v) * 1e4) / 1e4]));

/** Values to try for a filter, by how it tests: values in the data, aligned and unaligned dates. */
async function samplesFor(key: FilterKey): Promise<unknown[]> {
  const test: FilterTest = (FILTERS[key] as FilterSpec).test;
  switch (test.kind) {
    case "dataset":
      return ["real", "synthetic"];
    case "in": {
      const column = Prisma.raw(`"${filterColumn(key)}"`);
      const rows = await queryRows<{ v: string }>`SELECT DISTINCT i.${column}::text AS v FROM "Incident" i WHERE i.${column} IS NOT NULL ORDER BY 1 LIMIT 2`;
      return [rows.map((r) => r.v), ["no such value"]];
    }
    case "is":
    case "set":
      return [true, false];
    case "year":
      return [2021, 2022];
    case "from":
      return ["2021-01-01", "2021-03-01", "2021-03-10"];
    case "to":
      return ["2021-12-31", "2021-03-31", "2021-03-15"];
    case "atLeast":
      return [3];
    case "confident":
      return [0.5];
  }
}

type Row = { date: Date | null; province: string | null; perpetrator: string | null; killed: number | null; injured: number | null };

const add = (data: Partial<Row> & { killedLow?: number; killedHigh?: number; lat?: number; lon?: number; synthetic?: boolean }) =>
  createIncident({ evidence: "test incident", datePrecision: data.date ? "day" : null, ...data });

/** The naive way: every live row, summed in JavaScript. */
async function rowsFor(query: Record<string, string>): Promise<Row[]> {
  const f = filtersFromSearchParams(query);
  const rows = await db().incident.findMany({
    where: {
      deletedAt: null,
      synthetic: f.dataset === "synthetic",
      ...(f.province.length ? { province: { in: f.province } } : {}),
      ...(f.perpetrator.length ? { perpetrator: { in: f.perpetrator } } : {}),
      ...(f.year !== undefined ? { date: { gte: new Date(`${f.year}-01-01`), lt: new Date(`${f.year + 1}-01-01`) } } : {}),
    },
    select: { date: true, province: true, perpetrator: true, killed: true, injured: true },
  });
  return rows;
}

const month = (d: Date) => `${d.toISOString().slice(0, 8)}01`;

/** The API's answers, each computed afresh, against the same sums over the rows. */
async function expectSumsMatchRows(query: Record<string, string>) {
  const filters = filtersFromSearchParams(query);
  const rows = await rowsFor(query);
  const dated = rows.filter((r) => r.date);
  await withoutReadCache(async () => {
    expect(await countIncidents(filters)).toBe(rows.length);

    const summary = await dashboardSummary(filters);
    expect(summary.incidents).toBe(rows.length);
    expect(summary.killed).toBe(rows.reduce((s, r) => s + (r.killed ?? 0), 0));
    expect(summary.killedUnknown).toBe(rows.filter((r) => r.killed === null).length);

    const provinces = await provinceSummary(filters);
    for (const p of provinces) {
      const mine = rows.filter((r) => r.province === p.province);
      expect([p.province, p.incidents, p.killed, p.injured]).toEqual([
        p.province,
        mine.length,
        mine.reduce((s, r) => s + (r.killed ?? 0), 0),
        mine.reduce((s, r) => s + (r.injured ?? 0), 0),
      ]);
    }

    for (const split of ["none", "province", "perpetrator"] as const) {
      const expected = new Map<string, { incidents: number; killed: number }>();
      for (const r of dated) {
        const key = `${month(r.date!)}|${split === "none" ? "" : (r[split] ?? "")}`;
        const e = expected.get(key) ?? { incidents: 0, killed: 0 };
        expected.set(key, { incidents: e.incidents + 1, killed: e.killed + (r.killed ?? 0) });
      }
      const points = await timeline(filters, "month", split);
      const got = new Map(points.map((p) => [`${p.period}|${p.group ?? ""}`, { incidents: p.incidents, killed: p.killed }]));
      expect(got, `timeline split=${split} ${JSON.stringify(query)}`).toEqual(expected);
    }
  });
}

const QUERIES: Record<string, string>[] = [
  {},
  { province: "Homs" },
  { perpetrator: "Islamic State" },
  { year: "2021" },
  { province: "Aleppo", perpetrator: "Syrian government", year: "2022" },
  { dataset: "synthetic" },
];

beforeAll(async () => {
  await resetDatabase();
  await seedFolder(path.resolve(__dirname, "../../seeds"), () => {});
  await add({ date: new Date("2021-03-04"), province: "Homs", perpetrator: "Islamic State", killed: 5, injured: 2, lat: 34.7, lon: 36.7 });
  await add({ date: new Date("2021-03-20"), province: "Homs", perpetrator: null, killed: null, killedLow: 3, killedHigh: 9 });
  await add({ date: new Date("2022-07-01"), province: "Aleppo", perpetrator: "Syrian government", killed: 12, injured: 30, lat: 36.2, lon: 37.1 });
  await add({ date: null, province: "Idlib", perpetrator: "Islamic State", killed: 1 });
  await add({ date: new Date("2021-11-11"), province: null, perpetrator: "Islamic State", killed: 4 });
  await add({ date: new Date("2021-11-11"), province: "Raqqa", perpetrator: "Islamic State", killed: 2, synthetic: true, lat: 35.9, lon: 39.0 });
});
afterAll(async () => {
  await disconnectDb();
});

describe("rollups", () => {
  it("equal the rows after seeding and inserts, and the API's sums equal sums over the rows", async () => {
    expect(await rollupDrift()).toEqual([]);
    for (const q of QUERIES) await expectSumsMatchRows(q);
  });

  it("stay equal through edits that move an incident between months, governorates and perpetrators", async () => {
    const homs = await db().incident.findFirstOrThrow({ where: { province: "Homs", perpetrator: "Islamic State", synthetic: false } });
    await updateIncident(
      homs.id,
      { province: "Aleppo", date: "2022-07-15", perpetrator: "Syrian government", killed: 6, killedLow: 6, killedHigh: 8 },
      "test",
      "any",
    );
    const undated = await db().incident.findFirstOrThrow({ where: { date: null, synthetic: false, province: "Idlib" } });
    await updateIncident(undated.id, { date: "2021-01-02", killed: null }, "test", "any");
    expect(await rollupDrift()).toEqual([]);
    for (const q of QUERIES) await expectSumsMatchRows(q);
  });

  it("stay equal through delete, restore, merge and split", async () => {
    const a = await db().incident.findFirstOrThrow({ where: { synthetic: false, deletedAt: null, killed: { not: null } }, orderBy: { id: "asc" } });
    await deleteIncident(a.id, "test");
    expect(await rollupDrift()).toEqual([]);
    await expectSumsMatchRows({});
    await deleteIncident(a.id, "test", true);
    expect(await rollupDrift()).toEqual([]);

    const withSources = await db().incident.findMany({ where: { synthetic: false, deletedAt: null, sources: { some: {} } }, orderBy: { id: "asc" }, take: 2 });
    expect(withSources).toHaveLength(2);
    const merged = await mergeIncident(withSources[0]!.id, withSources[1]!.id, "test");
    expect(await rollupDrift()).toEqual([]);
    for (const q of QUERIES) await expectSumsMatchRows(q);

    const sources = await db().incidentSource.findMany({ where: { incidentId: merged.id }, orderBy: { id: "asc" } });
    await splitIncident(merged.id, sources[sources.length - 1]!.id, "test");
    expect(await rollupDrift()).toEqual([]);
    for (const q of QUERIES) await expectSumsMatchRows(q);
  });

  it("stay equal after a hard delete and a bulk update outside the app", async () => {
    await db().incident.deleteMany({ where: { province: "Raqqa", synthetic: true } });
    await db().$executeRaw`UPDATE "Incident" SET "injured" = COALESCE("injured", 0) + 1, "province" = 'Hama' WHERE "province" = 'Homs'`;
    expect(await rollupDrift()).toEqual([]);
    for (const q of QUERIES) await expectSumsMatchRows(q);
  });

  it("answer every filter of the filter table as the rows do, or decline it", async () => {
    let answered = 0;
    for (const key of FILTER_KEYS) {
      for (const value of await samplesFor(key)) {
        const filters = { ...EMPTY_FILTERS, [key]: value } as IncidentFilters;
        for (const t of ROLLUPS) {
          const rollup = rollupSql(filters, { time: t.time, groupBy: t.keys.map((k) => k.name) });
          if (!rollup) continue;
          answered++;
          const only = t.only ? Prisma.sql` AND ${Prisma.raw(t.only(colOf("i")))}` : Prisma.empty;
          const [fromRows] =
            await queryRows`SELECT ${Prisma.raw(rowSumsSql(t.measures, colOf("i"), "::float8"))} FROM "Incident" i WHERE ${incidentWhereSql(filters)}${only}`;
          const [fromRollup] = await queryRows`SELECT ${Prisma.raw(storedSumsSql(t.measures, "r", "::float8"))} FROM ${rollup.from} WHERE ${rollup.where}`;
          expect(rounded(fromRollup!), `${t.table} ${key}=${JSON.stringify(value)}`).toEqual(rounded(fromRows!));
        }
      }
    }
    expect(answered).toBeGreaterThan(FILTER_KEYS.length);
  });

  it("rebuild gives what the triggers kept", async () => {
    const snapshot = async () => db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "IncidentProvinceMonthRollup" WHERE "incidents" <> 0 ORDER BY 1, 2, 3`);
    const before = await snapshot();
    await db().$queryRaw`SELECT incident_rollup_rebuild(false)::text`;
    await db().$queryRaw`SELECT incident_rollup_rebuild(true)::text`;
    expect(await snapshot()).toEqual(before);
    expect(await rollupDrift()).toEqual([]);
  });
});
