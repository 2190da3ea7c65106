// Vague figures against a real PostgreSQL: "dozens killed", "several others wounded" and "nearly half a
// million" are stored with their marks, counted as floors in the sums (cards, charts, governorates), and
// shown by the API and the exports; a person's own figure drops the mark.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/incidents.csv/route";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { db, disconnectDb } from "@/lib/db/client";
import { dashboardSummary } from "@/lib/db/dashboard";
import { updateIncident } from "@/lib/db/incident-edits";
import { provinceSummary, timeline } from "@/lib/db/incidents";
import { saveExtraction } from "@/lib/db/save-article";
import { extractArticle } from "@/lib/extract/index";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { resetDatabase, rollupDrift } from "@/lib/testing/db";

const TEXT =
  "Gunmen attacked an army checkpoint near Palmyra on Sunday, killing dozens of soldiers, and several others were wounded, " +
  "the Syrian Observatory said.\n\nNearly half a million people have been killed since the war began in March 2011, according to the monitor.";
const EXACT = "Seven soldiers were killed and two wounded when their bus hit a landmine near Deir ez-Zor on Monday, the Syrian Observatory said.";

const all = filtersFromSearchParams({});
let vagueId = 0;

beforeAll(async () => {
  await resetDatabase();
  const x = extractArticle({ raw: TEXT, publishedAt: "2024-05-06", source: "Vague test", url: "https://example.org/vague" });
  const y = extractArticle({ raw: EXACT, publishedAt: "2024-05-07", source: "Exact test", url: "https://example.org/exact" });
  const saved = await saveExtraction(x, { actor: "test" });
  await saveExtraction(y, { actor: "test" });
  const source = await db().incidentSource.findFirstOrThrow({ where: { articleId: saved.articleId } });
  vagueId = source.incidentId;
});

afterAll(() => disconnectDb());

describe("vague figures", () => {
  it("are stored with their marks, on the incident and on its source", async () => {
    const i = await db().incident.findUniqueOrThrow({ where: { id: vagueId }, include: { sources: true } });
    expect([i.killed, i.killedVague, i.injured, i.injuredVague]).toEqual([12, true, 3, true]);
    expect([i.sources[0]!.killedVague, i.sources[0]!.injuredVague]).toEqual([true, true]);
  });

  it("make the sums floors: the cards, the governorates and the charts say how many", async () => {
    const s = await dashboardSummary(all);
    expect([s.killed, s.killedFloors, s.injured, s.injuredFloors]).toEqual([19, 1, 5, 1]);
    const homs = (await provinceSummary(all)).find((p) => p.province === "Homs")!;
    expect([homs.killed, homs.killedFloors]).toEqual([12, 1]);
    const months = await timeline(all, "month");
    expect(months.map((m) => m.killedFloors)).toEqual([1]);
    const perDay = await timeline(all, "day");
    expect(perDay.reduce((n, m) => n + m.killedFloors, 0)).toBe(1);
    expect(await rollupDrift()).toEqual([]);
  });

  it("are in the API and the CSV", async () => {
    const body = (await (await getIncidents(new Request("http://localhost/api/incidents"))).json()) as {
      incidents: { id: number; killedVague: boolean; injuredVague: boolean }[];
    };
    expect(body.incidents.find((i) => i.id === vagueId)).toMatchObject({ killedVague: true, injuredVague: true });
    const rows = parse(await (await getCsv(new Request("http://localhost/api/incidents.csv"))).text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.killed, r.killed_vague, r.injured_vague]).sort()).toEqual([
      // PostgreSQL's CSV writes booleans as t and f (as for civilians)
      ["12", "t", "t"],
      ["7", "f", "f"],
    ]);
  });

  it("keep 'nearly' as an upper bound on a tally", async () => {
    const t = await db().tally.findFirstOrThrow();
    expect([t.count, t.countLow, t.countHigh, t.countVague]).toEqual([500000, null, 500000, false]);
  });

  it("lose the mark when a person types the figure, and the sums follow", async () => {
    await updateIncident(vagueId, { killed: 40, killedLow: 40 }, "editor", "any");
    const i = await db().incident.findUniqueOrThrow({ where: { id: vagueId } });
    expect([i.killed, i.killedVague, i.injuredVague]).toEqual([40, false, true]);
    expect(i.reviewedFields).toContain("killedVague");
    const s = await dashboardSummary(filtersFromSearchParams({ province: "Homs" }));
    expect([s.killed, s.killedFloors, s.injuredFloors]).toEqual([40, 0, 1]);
    expect(await rollupDrift()).toEqual([]);
  });
});

describe("a killed figure a person typed", () => {
  it("is stored as counted, not as 'about n'", async () => {
    const { withPersonsCounts } = await import("@/lib/db/save-article");
    const base = extractArticle({ raw: EXACT, publishedAt: "2024-05-07" }).incidents[0]!;
    const typed = withPersonsCounts({ ...base, killed: 9, killedLow: null, killedHigh: null, reviewedFields: ["killed"] });
    expect([typed.killed, typed.killedLow, typed.killedHigh]).toEqual([9, 9, 9]);
    const about = withPersonsCounts({ ...base, killed: 20, killedLow: null, killedHigh: null, reviewedFields: [] });
    expect([about.killedLow, about.killedHigh]).toEqual([null, null]);
  });
});
