// Actor chips' counts against a real PostgreSQL: incidents and killed per perpetrator or target
// under the other filters (never the actor's own), the same from the rollup and from the rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { actorCounts } from "@/lib/db/incidents";
import { db, disconnectDb } from "@/lib/db/client";
import { withoutReadCache } from "@/lib/db/read-cache";
import { resetDatabase } from "@/lib/testing/db";

const rows = [
  { perpetrator: "Group A", target: "Army", province: "Homs", killed: 5 },
  { perpetrator: "Group A", target: "Army", province: "Raqqa", killed: 3 },
  { perpetrator: "Group A", target: "Civilians", province: "Homs", killed: 0 },
  { perpetrator: "Group B", target: "Civilians", province: "Homs", killed: 7 },
  { perpetrator: null, target: null, province: "Homs", killed: 1 },
];

const counts = (query: Record<string, string | string[]>, field: "perpetrator" | "target") =>
  withoutReadCache(() => actorCounts(filtersFromSearchParams({ dataset: "synthetic", ...query }), field));

beforeAll(async () => {
  await resetDatabase();
  await db().incident.createMany({
    data: rows.map((r, n) => ({
      ...r,
      // The synthetic set: its incidents need no article, and it reads the same rollups.
      synthetic: true,
      // One undated: the chips count it, as the cards do.
      date: n === 0 ? null : new Date("2020-03-01"),
      datePrecision: n === 0 ? null : ("day" as const),
      evidence: "Incident for the actor counts test.",
    })),
  });
});
afterAll(() => disconnectDb());

describe("actorCounts", () => {
  it("counts incidents and killed per perpetrator, most first, unnamed left out", async () => {
    expect(await counts({}, "perpetrator")).toEqual([
      { actor: "Group A", incidents: 3, killed: 8 },
      { actor: "Group B", incidents: 1, killed: 7 },
    ]);
  });
  it("follows the other filters", async () => {
    expect(await counts({ province: "Homs" }, "perpetrator")).toEqual([
      { actor: "Group A", incidents: 2, killed: 5 },
      { actor: "Group B", incidents: 1, killed: 7 },
    ]);
    expect(await counts({ target: "Civilians" }, "perpetrator")).toEqual([
      { actor: "Group A", incidents: 1, killed: 0 },
      { actor: "Group B", incidents: 1, killed: 7 },
    ]);
  });
  it("ignores the actor's own filter, so every chip stays", async () => {
    expect(await counts({ perpetrator: "Group B" }, "perpetrator")).toEqual(await counts({}, "perpetrator"));
    expect((await counts({ perpetrator: "Group B" }, "target")).map((a) => a.actor)).toEqual(["Civilians"]);
  });
  it("counts targets from the rows", async () => {
    expect(await counts({}, "target")).toEqual([
      { actor: "Army", incidents: 2, killed: 8 },
      { actor: "Civilians", incidents: 2, killed: 7 },
    ]);
  });
});
