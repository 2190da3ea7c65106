// The map's clusters against a real PostgreSQL: single incidents when few are in view, grid
// cells when many are, from the cell rollup at low zoom; in every mode the counts and the
// killed add up to the incidents in view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { type MapClusters, mapClusters } from "@/lib/db/clusters";
import { db, disconnectDb } from "@/lib/db/client";
import { withoutReadCache } from "@/lib/db/read-cache";
import type { BBox } from "@/lib/db/filters-sql";
import { resetDatabase } from "@/lib/testing/db";

// A town with 2,400 incidents in a 0.04° square, half of them by one perpetrator, and a
// village 150 km away with 30.
const TOWN: BBox = [36.6, 34.65, 36.8, 34.8];
const VILLAGE: BBox = [37.9, 34.9, 38.1, 35.1];
const SYRIA: BBox = [35.5, 32.3, 42.4, 37.4];
const townRows = Array.from({ length: 2400 }, (_, n) => ({
  lat: 34.7 + (n % 40) * 0.001,
  lon: 36.68 + Math.floor(n / 40) * 0.0007,
  killed: n % 5,
  perpetrator: n % 2 ? "Perpetrator A" : "Perpetrator B",
}));
const villageRows = Array.from({ length: 30 }, (_, n) => ({ lat: 35.0 + n * 0.001, lon: 38.0, killed: 1, perpetrator: "Perpetrator B" }));

const clusters = (query: Record<string, string>, bbox: BBox, zoom: number) =>
  withoutReadCache(() => mapClusters(filtersFromSearchParams({ dataset: "synthetic", ...query }), bbox, zoom));
const sum = (xs: { incidents: number; killed: number }[]) => ({
  incidents: xs.reduce((s, c) => s + c.incidents, 0),
  killed: xs.reduce((s, c) => s + c.killed, 0),
});
const killedOf = (rows: { killed: number }[]) => rows.reduce((s, r) => s + r.killed, 0);

beforeAll(async () => {
  await resetDatabase();
  await db().incident.createMany({
    data: [...townRows, ...villageRows].map((r) => ({
      ...r,
      synthetic: true,
      province: "Homs",
      date: new Date("2016-05-01"),
      datePrecision: "day" as const,
      evidence: "Synthetic incident for the clusters test.",
    })),
  });
});
afterAll(async () => {
  await disconnectDb();
});

describe("map clusters", () => {
  it("gives grid cells when more than 2,000 incidents are in view, their counts adding up", async () => {
    const r = await clusters({}, TOWN, 11);
    expect(r.mode).toBe("cells");
    expect(r.cellSize).toBeCloseTo(32 / 2 ** 11);
    expect(sum(r.clusters)).toEqual({ incidents: 2400, killed: killedOf(townRows) });
    expect(r.clusters.length).toBeGreaterThan(1);
    for (const c of r.clusters) {
      expect(c.id).toBeUndefined();
      expect(c.lon).toBeGreaterThanOrEqual(TOWN[0]);
      expect(c.lat).toBeGreaterThanOrEqual(TOWN[1]);
      expect(c.lon).toBeLessThanOrEqual(TOWN[2]);
      expect(c.lat).toBeLessThanOrEqual(TOWN[3]);
    }
  });

  it("gives single incidents, with their ids, when 2,000 or fewer are in view", async () => {
    const village = await clusters({}, VILLAGE, 11);
    expect(village.mode).toBe("points");
    expect(village.clusters).toHaveLength(30);
    expect(village.clusters.every((c) => typeof c.id === "number" && c.incidents === 1 && c.perpetrator === "Perpetrator B")).toBe(true);

    // A filter can bring a crowded view under the limit: 1,200 of the town's incidents.
    const half = await clusters({ perpetrator: "Perpetrator A" }, TOWN, 11);
    expect(half.mode).toBe("points");
    expect(sum(half.clusters)).toEqual({ incidents: 1200, killed: killedOf(townRows.filter((r) => r.perpetrator === "Perpetrator A")) });
  });

  it("reads the cell rollup at low zoom, with the same totals as the rows", async () => {
    const r = await clusters({}, SYRIA, 6);
    expect(r.mode).toBe("cells");
    expect(sum(r.clusters)).toEqual({ incidents: 2430, killed: killedOf(townRows) + killedOf(villageRows) });
    expect(r.clusters.length).toBe(2);
  });

  it("counts a town from the fine rollup, cell for cell as the rows give it", async () => {
    const fromRollup = await clusters({}, TOWN, 11);
    // minKilled=0 keeps every town row (all have a figure) but no rollup can answer it: the rows path.
    const fromRows = await clusters({ minKilled: "0" }, TOWN, 11);
    expect(fromRows.mode).toBe("cells");
    const counts = (r: MapClusters) => r.clusters.map((c) => `${c.incidents}/${c.killed}`).sort();
    expect(counts(fromRollup)).toEqual(counts(fromRows));

    // And it is the rollup that answered: a change made to it alone shows.
    const cell = `"fineX" = ${Math.floor(36.68 * 64)} AND "fineY" = ${Math.floor(34.7 * 64)}`;
    const bump = `UPDATE "IncidentFineCellRollup" SET "killed" = "killed" + $1 WHERE ${cell}`;
    await db().$executeRawUnsafe(bump, 1000);
    try {
      expect(sum((await clusters({}, TOWN, 11)).clusters).killed).toBe(killedOf(townRows) + 1000);
    } finally {
      await db().$executeRawUnsafe(bump, -1000);
    }
  });

  it("gives the fine rollup's cells past its grain, and points once few are in view", async () => {
    const r = await clusters({}, TOWN, 13);
    expect(r.mode).toBe("cells");
    expect(r.cellSize).toBe(1 / 64);
    expect(sum(r.clusters)).toEqual({ incidents: 2400, killed: killedOf(townRows) });
    expect((await clusters({}, VILLAGE, 13)).mode).toBe("points");
  });

  it("finds nothing where nothing happened, and nothing of the real dataset", async () => {
    expect((await clusters({}, [40, 36, 40.1, 36.1], 11)).clusters).toEqual([]);
    expect(sum((await clusters({ dataset: "real" }, SYRIA, 6)).clusters).incidents).toBe(0);
  });
});
