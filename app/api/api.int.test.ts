// The read API against a real PostgreSQL holding the seed articles.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/incidents.csv/route";
import { GET as getGeoJson } from "@/app/api/incidents.geojson/route";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { GET as getClusters } from "@/app/api/map/clusters/route";
import { GET as getProvinces } from "@/app/api/provinces/route";
import { GET as getTimeline } from "@/app/api/stats/timeline/route";
import { disconnectDb } from "@/lib/db/client";
import { getIncident } from "@/lib/db/incidents";
import { resetDatabase } from "@/lib/testing/db";
import { seedFolder } from "@/tools/cli/seed";

const call = async (handler: (r: Request) => Promise<Response>, query = "") => {
  const res = await handler(new Request(`http://localhost/api/x${query}`));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

type Incident = {
  id: number;
  province: string | null;
  date: string | null;
  killed: number | null;
  eventType: string | null;
  civilians: boolean | null;
  confidence: number | null;
  sources: { evidence: string }[];
};

// What the API shows of an incident and of each source (IncidentView in lib/db/incidents.ts).
const VIEW_FIELDS = [
  "attackersKilled",
  "civilians",
  "confidence",
  "date",
  "datePrecision",
  "deletedAt",
  "eventType",
  "evidence",
  "geoPrecision",
  "id",
  "injured",
  "injuredVague",
  "killed",
  "killedHigh",
  "killedLow",
  "killedVague",
  "lat",
  "lon",
  "perpetrator",
  "place",
  "province",
  "reviewed",
  "reviewedBy",
  "sources",
  "target",
  "updatedAt",
  "version",
];
const SOURCE_FIELDS = ["articleId", "evidence", "evidenceEnd", "evidenceStart", "killed", "publishedAt", "source", "sourceId", "title", "url"];

beforeAll(async () => {
  await resetDatabase();
  await seedFolder(path.resolve(__dirname, "../../seeds"), () => {});
});
afterAll(async () => {
  await disconnectDb();
});

describe("GET /api/incidents", () => {
  it("lists the seed incidents, newest first, each with its source sentence", async () => {
    const { status, body } = await call(getIncidents);
    expect(status).toBe(200);
    const incidents = body.incidents as Incident[];
    expect(body.total).toBeGreaterThanOrEqual(5);
    expect(incidents.length).toBe(body.total);
    const dates = incidents.map((i) => i.date ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const i of incidents) expect(i.sources[0]?.evidence.length).toBeGreaterThan(10);
  });

  it("filters by governorate (several) and by year", async () => {
    const homs = (await call(getIncidents, "?province=Homs")).body.incidents as Incident[];
    expect(homs.length).toBeGreaterThan(0);
    expect(homs.every((i) => i.province === "Homs")).toBe(true);
    expect(homs.some((i) => i.killed === 54)).toBe(true);

    const two = (await call(getIncidents, "?province=Homs&province=Raqqa")).body.incidents as Incident[];
    expect(new Set(two.map((i) => i.province))).toEqual(new Set(["Homs", "Raqqa"]));

    const y2024 = (await call(getIncidents, "?year=2024")).body.incidents as Incident[];
    expect(y2024.length).toBeGreaterThan(0);
    expect(y2024.every((i) => i.date?.startsWith("2024"))).toBe(true);
  });

  it("shows each incident as the detail route does: every field, every source, in the same form", async () => {
    const listed = (await call(getIncidents, "?limit=1000")).body.incidents as (Incident & { id: number; sources: Record<string, unknown>[] })[];
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const item of listed) {
      const detail = (await getIncident(item.id))!;
      const fields = Object.fromEntries(
        Object.keys(item)
          .filter((k) => k !== "sources")
          .map((k) => [k, detail[k as keyof typeof detail]]),
      );
      expect(item).toEqual({
        ...fields,
        sources: detail.sources.map((s) => Object.fromEntries(Object.keys(item.sources[0]!).map((k) => [k, s[k as keyof typeof s]]))),
      });
      expect(Object.keys(item).sort()).toEqual(VIEW_FIELDS);
      expect(item.sources.length).toBe(detail.sources.length);
      for (const s of item.sources) expect(Object.keys(s).sort()).toEqual(SOURCE_FIELDS);
    }
  });

  it("filters by event type, civilians among the dead and confidence", async () => {
    const all = (await call(getIncidents, "?limit=1000")).body.incidents as Incident[];
    const kinds = [...new Set(all.map((i) => i.eventType))].filter((k): k is NonNullable<Incident["eventType"]> => k !== null);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) {
      const some = (await call(getIncidents, `?limit=1000&eventType=${k}`)).body.incidents as Incident[];
      expect(some.map((i) => i.id).sort()).toEqual(
        all
          .filter((i) => i.eventType === k)
          .map((i) => i.id)
          .sort(),
      );
    }
    const civilians = (await call(getIncidents, "?limit=1000&civilians=true")).body.incidents as Incident[];
    expect(civilians.map((i) => i.id).sort()).toEqual(
      all
        .filter((i) => i.civilians === true)
        .map((i) => i.id)
        .sort(),
    );
    // the threshold is the highest confidence in the data, so the filter must drop the others
    const confidences = all.map((i) => i.confidence ?? 0);
    const top = Math.max(...confidences);
    expect(Math.min(...confidences)).toBeLessThan(top);
    const sure = (await call(getIncidents, `?limit=1000&minConfidence=${top}`)).body.incidents as Incident[];
    expect(sure.map((i) => i.id).sort()).toEqual(
      all
        .filter((i) => (i.confidence ?? 0) >= top)
        .map((i) => i.id)
        .sort(),
    );
    expect(sure.length).toBeLessThan(all.length);
  });

  it("honours limit", async () => {
    const { body } = await call(getIncidents, "?limit=2");
    expect((body.incidents as Incident[]).length).toBe(2);
    expect(body.total).toBeGreaterThan(2);
  });

  it.each([
    ["?province=Atlantis", "province"],
    ["?year=abc", "year"],
    ["?year=20245", "year"],
    ["?limit=0", "limit"],
    ["?limit=-5", "limit"],
    ["?from=2024-02-30", "from"],
    ["?provnce=Homs", "provnce"],
    ["?eventType=bombing", "eventType"],
    ["?civilians=maybe", "civilians"],
    ["?minConfidence=1.5", "minConfidence"],
    ["?reviewed=yes", "reviewed"],
  ])("answers %s with a 400 naming %s", async (query, param) => {
    const { status, body } = await call(getIncidents, query);
    expect(status).toBe(400);
    const error = body.error as { code: string; param: string; message: string };
    expect(error.code).toBe("bad_request");
    expect(error.param).toBe(param);
    expect(error.message).toContain(param);
  });
});

describe("values PostgreSQL cannot take", () => {
  const ROUTES = { list: getIncidents, timeline: getTimeline, provinces: getProvinces, clusters: getClusters, csv: getCsv, geojson: getGeoJson };
  const CLUSTERS = "bbox=35,32,42,37&zoom=6&";
  const cases = Object.keys(ROUTES).flatMap((name) => {
    const extra = name === "clusters" ? CLUSTERS : "";
    return [
      [name, `?${extra}perpetrator=%00`, "perpetrator"],
      [name, `?${extra}target=Syrian%00forces`, "target"],
      [name, `?${extra}from=0000-01-01`, "from"],
      [name, `?${extra}to=0000-01-01`, "to"],
    ];
  });
  const past32Bits = Buffer.from("i:4294967296").toString("base64url");

  it.each([...cases, ["list", `?cursor=${past32Bits}`, "cursor"]])("%s %s answers 400 naming %s", async (name, query, param) => {
    const res = await ROUTES[name as keyof typeof ROUTES](new Request(`http://localhost/api/x${query}`));
    const body = (await res.json().catch(() => null)) as { error?: { code: string; param: string } } | null;
    expect({ status: res.status, error: body?.error?.code, param: body?.error?.param }).toEqual({ status: 400, error: "bad_request", param });
  });
});

describe("GET /api/stats/timeline", () => {
  it("gives killed and incident counts per month that add up to the incident list", async () => {
    const { status, body } = await call(getTimeline, "?province=Homs");
    expect(status).toBe(200);
    const points = body.points as { period: string; incidents: number; killed: number }[];
    const list = (await call(getIncidents, "?province=Homs")).body.incidents as Incident[];
    expect(points.reduce((s, p) => s + p.incidents, 0)).toBe(list.filter((i) => i.date).length);
    expect(points.reduce((s, p) => s + p.killed, 0)).toBe(list.filter((i) => i.date).reduce((s, i) => s + (i.killed ?? 0), 0));
    expect(points.map((p) => p.period)).toContain("2024-12-01");
  });

  it("splits each month by event type, the parts adding up to the month", async () => {
    const whole = (await call(getTimeline)).body.points as { period: string; killed: number }[];
    const { status, body } = await call(getTimeline, "?split=eventType");
    expect(status).toBe(200);
    const parts = body.points as { period: string; group: string | null; killed: number }[];
    const list = (await call(getIncidents, "?limit=1000")).body.incidents as Incident[];
    expect(new Set(parts.map((p) => p.group))).toEqual(new Set(list.filter((i) => i.date).map((i) => i.eventType)));
    for (const m of whole) expect(parts.filter((p) => p.period === m.period).reduce((s, p) => s + p.killed, 0)).toBe(m.killed);
  });

  it("rejects a bad year", async () => {
    const { status, body } = await call(getTimeline, "?year=abc");
    expect(status).toBe(400);
    expect((body.error as { param: string }).param).toBe("year");
  });
});

describe("GET /api/provinces", () => {
  it("lists all 14 governorates with counts matching the incidents", async () => {
    const { status, body } = await call(getProvinces);
    expect(status).toBe(200);
    const rows = body.provinces as { province: string; incidents: number; killed: number }[];
    expect(rows).toHaveLength(14);
    const all = (await call(getIncidents)).body.incidents as Incident[];
    for (const row of rows) {
      const mine = all.filter((i) => i.province === row.province);
      expect(row.incidents).toBe(mine.length);
      expect(row.killed).toBe(mine.reduce((s, i) => s + (i.killed ?? 0), 0));
    }
    expect(rows.find((r) => r.province === "Homs")!.killed).toBeGreaterThanOrEqual(54);
  });

  it("rejects an unknown governorate", async () => {
    const { status, body } = await call(getProvinces, "?province=Narnia");
    expect(status).toBe(400);
    expect((body.error as { param: string }).param).toBe("province");
  });
});

describe("seeding", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = (await call(getIncidents)).body.total;
    const again = await seedFolder(path.resolve(__dirname, "../../seeds"), () => {});
    expect(again.created).toBe(0);
    expect(again.skipped).toBe(5);
    expect((await call(getIncidents)).body.total).toBe(before);
  });
});

describe("cursor pages", () => {
  it.each(["date_desc", "date_asc", "killed_desc", "updated_desc"])("walk every incident once, in order, with sort=%s", async (sort) => {
    const all = (await call(getIncidents, `?sort=${sort}&limit=1000`)).body.incidents as (Incident & { id: number })[];
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = (await call(getIncidents, `?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`)).body as {
        incidents: { id: number }[];
        nextCursor: string | null;
        total: number;
      };
      seen.push(...page.incidents.map((i) => i.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
  });
});
