// The read cache against a real PostgreSQL: a result is reused only while no write has
// committed since, whoever wrote; failures are not kept; `Cache-Control: no-cache` reads afresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getProvinces } from "@/app/api/provinces/route";
import { disconnectDb } from "@/lib/db/client";
import { provinceSummary, timeline } from "@/lib/db/incidents";
import { cachedRead, readCacheStats, withoutReadCache } from "@/lib/db/read-cache";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { createIncident, resetDatabase } from "@/lib/testing/db";

const all = filtersFromSearchParams({});
const killedIn = async (province: string) => (await provinceSummary(all)).find((p) => p.province === province)!.killed;
const addIncident = (killed: number) =>
  createIncident({ evidence: `${killed} killed in Homs.`, province: "Homs", killed, date: new Date("2022-05-01"), datePrecision: "day" });

beforeAll(async () => {
  await resetDatabase();
  await addIncident(4);
});
afterAll(async () => {
  await disconnectDb();
});

describe("cachedRead", () => {
  it("answers a repeated read from memory while nothing is written", async () => {
    await timeline(all);
    const before = readCacheStats();
    const again = await timeline(all);
    expect(readCacheStats().hits).toBe(before.hits + 1);
    expect(again.reduce((s, p) => s + p.killed, 0)).toBe(4);
  });

  it("reads again as soon as a write has committed, through Prisma or any other connection", async () => {
    expect(await killedIn("Homs")).toBe(4);
    await addIncident(6);
    expect(await killedIn("Homs")).toBe(10);
    // Another connection, outside Prisma's pool bookkeeping: the snapshot still moves.
    const { Client } = await import("pg");
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query(`UPDATE "Incident" SET "killed" = 7 WHERE "killed" = 6`);
    await other.end();
    expect(await killedIn("Homs")).toBe(11);
  });

  it("shares one computation between concurrent identical reads", async () => {
    let runs = 0;
    const slow = cachedRead("test-slow", async (n: number) => {
      runs++;
      await new Promise((r) => setTimeout(r, 50));
      return n * 2;
    });
    expect(await Promise.all([slow(21), slow(21), slow(21)])).toEqual([42, 42, 42]);
    expect(runs).toBe(1);
    expect(await slow(22)).toBe(44);
    expect(runs).toBe(2);
  });

  it("does not keep a failure", async () => {
    let runs = 0;
    const flaky = cachedRead("test-flaky", async () => {
      if (++runs === 1) throw new Error("first call fails");
      return "ok";
    });
    await expect(flaky()).rejects.toThrow("first call fails");
    expect(await flaky()).toBe("ok");
    expect(runs).toBe(2);
  });

  it("computes afresh inside withoutReadCache, and for a request that says Cache-Control: no-cache", async () => {
    await provinceSummary(all);
    let before = readCacheStats();
    await withoutReadCache(() => provinceSummary(all));
    expect(readCacheStats().misses).toBe(before.misses + 1);

    await getProvinces(new Request("http://localhost/api/provinces"));
    before = readCacheStats();
    const cachedRes = await getProvinces(new Request("http://localhost/api/provinces"));
    expect(readCacheStats().hits).toBe(before.hits + 1);
    before = readCacheStats();
    const fresh = await getProvinces(new Request("http://localhost/api/provinces", { headers: { "Cache-Control": "no-cache" } }));
    expect(readCacheStats().misses).toBe(before.misses + 1);
    expect(await fresh.json()).toEqual(await cachedRes.json());
  });
});
